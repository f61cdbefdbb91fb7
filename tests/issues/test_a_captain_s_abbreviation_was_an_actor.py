"""A title's abbreviation made an actor: "said Cpt. Tomas Brell" gave the actor 'Cpt' beside the
captain. "Cpt." is written for captain as "Capt." is (titles.yaml)."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def test_cpt_is_the_captain_s_title(nlp):
    text = '"We have no motive yet," said Cpt. Tomas Brell of the Elmford Police Department.'
    names = [m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))]
    assert "Cpt" not in names
    assert "Tomas Brell" in names
