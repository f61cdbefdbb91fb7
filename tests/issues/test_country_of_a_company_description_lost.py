"""A company described by its country before its name got no country: "Russian flag carrier
Aeroflot" and "Russian manufacturer Sukhoi" were organisations of no country."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article


def test_the_description_before_the_name_gives_the_country(nlp):
    text = ("Russian flag carrier Aeroflot has agreed to buy 22 jets. Boeing also signed a deal "
            "with Russian manufacturer Sukhoi for marketing.")
    found = {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert (found["Aeroflot"].kind, found["Aeroflot"].country) == (ORGANIZATION, "RUS")
    assert found["Sukhoi"].country == "RUS"
    assert found["Boeing"].country != "RUS"
