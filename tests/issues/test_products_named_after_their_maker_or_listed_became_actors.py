"""Products became Organization actors: two models the tagger read as one name ("the Volebook
and Volebook Pro", after "the new VoleBook line", whose case differs), and a product named after
its maker listed with a thing ("the Orbix phone and Kestrel TV"). A name and a longer name
starting with it, joined by "and", are two names; a product's name matches its models whatever
their case; a name listed with a thing noun is a thing."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_two_models_of_a_product_line_are_no_actors(nlp):
    found = names(nlp, "Kestrel Computer today introduced the new VoleBook line, which includes the Volebook and "
                       "Volebook Pro.")
    assert found == {"Kestrel Computer"}


def test_a_product_named_after_its_maker_listed_with_a_thing_is_no_actor(nlp):
    found = names(nlp, "Kestrel introduced the Orbix phone and Kestrel TV on Tuesday. Kestrel TV plays films.")
    assert "Kestrel TV" not in found


def test_a_person_listed_with_a_thing_stays_a_person(nlp):
    assert "Dana Vole" in names(nlp, "Police found a laptop and Dana Vole in the car.")
