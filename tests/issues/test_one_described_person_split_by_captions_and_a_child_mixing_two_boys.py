"""People described but not named were split or mixed: a photo caption that repeated "a
5-year-old boy" made a second boy, "the boy's mother" in a caption a second mother after "his
mother", and "the child" of an article that had described two boys joined one of them. The
same indefinite words again are the same person unless set apart ("another", items of a
list); a relative of a
possessor of the same sex is the one relative so described; a generic noun that may describe
two of the article's people is neither (kg/resolve/described_people.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from described_people_helpers import resolved  # noqa: E402


def described(nlp, text):
    found, _ = resolved(nlp, text)
    return [[e.span.text for e in actor.evidence] for actor in found.actors if actor.described]


def test_a_caption_repeating_the_description_is_the_same_boy(nlp):
    text = ("A 5-year-old boy was shot on Saturday in Tarnby, police said.\n\n"
            "Caption: A 5-year-old boy was hurt in the shooting.")
    people = described(nlp, text)
    assert [p for p in people if "A 5-year-old boy" in p] == [["A 5-year-old boy", "A 5-year-old boy"]]


def test_the_same_words_in_items_of_a_list_are_different_people(nlp):
    text = ("Other cases in the county:\n\n"
            "• A 12-year-old boy was charged after a rifle went off at a home in Tarnby in 2010.\n\n"
            "• A 12-year-old boy was charged after a friend was shot in Elmford in 2001.")
    boys = [p for p in described(nlp, text) if "A 12-year-old boy" in p]
    assert boys == [["A 12-year-old boy"], ["A 12-year-old boy"]]


def test_another_boy_of_the_same_description_is_another_person(nlp):
    people = described(nlp, "A 5-year-old boy was shot on Saturday. Another 5-year-old boy was hurt by glass.")
    assert people == [["A 5-year-old boy"], ["Another 5-year-old boy"]]


def test_the_boy_s_mother_in_a_caption_is_his_mother(nlp):
    text = ("A 5-year-old boy was shot on Saturday. His mother said he was playing in the yard.\n\n"
            "Photo: The boy's mother speaks to reporters outside the hospital.")
    mothers = [p for p in described(nlp, text) if any("mother" in words for words in p)]
    assert mothers == [["mother", "The boy's mother"]]


def test_the_child_of_an_article_with_two_boys_joins_neither(nlp):
    text = ("A 7-year-old boy was shot on Saturday. The child was taken to a hospital. "
            "A 12-year-old boy was grazed by a bullet. The child was treated and released.")
    found, _ = resolved(nlp, text)
    second_child = text.rindex("The child")
    boys = {actor.label: [e.span.start for e in actor.evidence] for actor in found.actors if actor.described}
    # the first "the child" is the one boy described so far; the second may be either boy,
    # so it joins neither (it is kept apart)
    assert boys["a 7-year-old boy"] == [0, text.index("The child")]
    assert boys["a 12-year-old boy"] == [text.index("A 12-year-old boy")]
    assert boys.get("the child", [second_child]) == [second_child]
