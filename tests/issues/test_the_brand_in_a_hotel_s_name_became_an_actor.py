"""The brand in a hotel's name became an actor: "the Four Gables by Westmark hotel" was read as
two names, 'Four Gables' and a place 'Westmark'. A venue's or a firm's name, "by" and another
name that together qualify a common noun (or that the "by" ties to the first name) are one name."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return [m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal]


def test_name_by_brand_before_hotel_is_one_name(nlp):
    text = "The fight happened outside the Four Gables by Westmark hotel on Elm Avenue."
    assert [e.text for e in nlp(text).ents][:2] == ["the Four Gables", "Westmark"]  # the tagger's reading
    found = names(nlp, text)
    assert "Four Gables by Westmark" in found
    assert "Westmark" not in found


def test_a_by_agent_after_a_name_stays_an_actor(nlp):
    assert "Norvela" in names(nlp, "Kestrel Corp was bought by Norvela in May.")
    assert "Norvela" in names(nlp, "The lawsuit against Kestrel Corp by Norvela was dismissed.")
