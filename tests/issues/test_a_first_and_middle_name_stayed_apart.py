"""A report that names a person by first and middle name ("Elena Mirta", in a story whose other
reports write "Elena Mirta Trevane") kept the two apart: the name rules joined a shorter name to a
longer one only on the same surname. A person's name that begins the longer names of one person
only joins them, unless its last word ends another person's name (then it may be a surname:
"Elena Mirta" and "Tomas Mirta"), or it names a place (kg/resolve/name_rules.py)."""

from kg.model import PERSON, Article, ArticleExtraction, EntityMention, Span
from kg.resolve.actors import Resolver


def person(key, text, name):
    start = text.index(name)
    return EntityMention(key=key, span=Span(start, start + len(name), name), name=name, kind=PERSON,
                         votes={PERSON: 1.0})


def actor_of(*texts_and_names):
    extractions = [ArticleExtraction(article=Article(f"a{i}.txt", text, masked=text),
                                     entities=[person(f"e{j}", text, name) for j, name in enumerate(names)])
                   for i, (text, names) in enumerate(texts_and_names)]
    return Resolver().resolve_actors(extractions)[1]


def test_a_first_and_middle_name_is_the_person_of_the_full_name():
    found = actor_of(("Elena Mirta Trevane was sworn in as mayor on Monday.", ["Elena Mirta Trevane"]),
                     ("Elena Mirta promised to repair the bridge.", ["Elena Mirta"]))
    assert found[("a1.txt", "e0")] == found[("a0.txt", "e0")]


def test_a_name_whose_last_word_is_a_surname_stays_apart():
    found = actor_of(("Elena Mirta Trevane was sworn in as mayor on Monday.", ["Elena Mirta Trevane"]),
                     ("Elena Mirta and Tomas Mirta ran the bakery.", ["Elena Mirta", "Tomas Mirta"]))
    assert found[("a1.txt", "e0")] != found[("a0.txt", "e0")]


def test_a_name_that_begins_two_people_s_names_stays_apart():
    found = actor_of(("Elena Mirta Trevane and Elena Mirta Odrow met on Monday.",
                      ["Elena Mirta Trevane", "Elena Mirta Odrow"]),
                     ("Elena Mirta promised to repair the bridge.", ["Elena Mirta"]))
    assert found[("a1.txt", "e0")] not in (found[("a0.txt", "e0")], found[("a0.txt", "e1")])


def test_a_headline_read_as_a_longer_name_takes_no_one():
    found = actor_of(("Elena Mirta on Leave", ["Elena Mirta on Leave"]),
                     ("Elena Mirta promised to repair the bridge.", ["Elena Mirta"]))
    assert found[("a1.txt", "e0")] != found[("a0.txt", "e0")]
