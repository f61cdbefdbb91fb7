"""A city's police was generic "security forces": "Baltimore police" and "Detroit police" gave one
group with no city (the place's name was left out of the group), so the police of every city of
the build were one node. A place's name before a group noun makes the group that place's, and
the bare word later in the article ("Police said") is the same group."""

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups(nlp, text):
    return [(m.span.text, m.name, m.country) for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if m.kind == GROUP]


def test_the_police_of_a_city_is_that_city_s(nlp):
    found = groups(nlp, "Baltimore police said two teens were shot on Monday. Police are investigating.")
    assert found == [("police", "Baltimore police", "USA"), ("Police", "Baltimore police", "USA")]


def test_police_of_no_place_stay_the_group(nlp):
    assert groups(nlp, "Police said two teens were shot on Monday.") == [("Police", "Police", None)]


def test_bare_police_in_another_article_of_the_story_is_the_city_s(nlp):
    # Two reports of one shooting: the second says only "police".
    from kg.extract import Extractor
    from kg.resolve.actors import Resolver

    texts = ["Baltimore police said John Walsh was shot on Monday near Elm Street.",
             "John Walsh was shot on Monday near Elm Street. Police are looking for a gunman."]
    extractions = [Extractor()(Article(f"{i}.txt", t), nlp(t)) for i, t in enumerate(texts)]
    actors, _ = Resolver().resolve_actors(extractions)
    police = [a for a in actors if a.kind == GROUP and a.sector == "COP"]
    assert [(a.label, len(a.evidence)) for a in police] == [("Baltimore police", 2)]
