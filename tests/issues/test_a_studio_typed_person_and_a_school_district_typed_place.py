"""A studio was a person and a school district a place: "Kestrel, the animation studio, said"
gave no organisation frame (the apposition nouns knew firms, not studios, and a speaker the
tagger missed took no frame votes at all), so the tagger's Person vote of another mention won; and "Elmford County Schools", which the tagger read as a
facility, stayed a Place although its last word is an institution's (a district's schools,
plural, not one school building). The kinds of names are data: ``apposition`` in
``kg/data/name_kinds.yaml``, the heads of ``kg/data/sectors.yaml``."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article
from kg.resolve.actors import Resolver


def kinds(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, _ = Resolver().resolve_actors([extraction])
    return {a.label: a.kind for a in actors}


def test_a_studio_in_apposition_is_an_organisation_in_every_mention(nlp):
    text = ("Kestrel, the animation studio, said it would release the film in June. "
            "Kestrel also said sales were strong.")
    assert kinds(nlp, text)["Kestrel"] == ORGANIZATION


def test_a_county_s_schools_are_an_organisation(nlp):
    text = "Officials at Elmford County Schools said classes would resume on Monday."
    assert kinds(nlp, text)["Elmford County Schools"] == ORGANIZATION
