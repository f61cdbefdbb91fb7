"""A criminal charge, capitalised as court news writes it ("charged with Felony Child
Endangerment and Negligent Manslaughter"), became an Organization actor: a name whose last
word is a charge's (``not_actors`` of kg/data/name_kinds.yaml) names no actor."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_charges_name_no_actor(nlp):
    found = names(nlp, "Dana Vole, 31, was charged with Felony Child Endangerment and Negligent Manslaughter.")
    assert "Dana Vole" in found
    assert not any("Endangerment" in name or "Manslaughter" in name for name in found)
