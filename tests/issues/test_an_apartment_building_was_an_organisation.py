"""A building became an organisation (GVA dev, eighth hand audit): "near the <Name> Apartments"
gave an Organization. A name ending in "Apartments" is a place, as one ending in "Road" or
"Hotel" is (kg/data/name_kinds.yaml, places)."""

from kg.extract import Extractor
from kg.model import PLACE, Article


def test_apartments_are_a_place(nlp):
    text = "Police were called to the Maplewood Terrace Apartments on Tuesday night after a man was shot."
    kinds = {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities}
    assert kinds["Maplewood Terrace Apartments"] == PLACE
