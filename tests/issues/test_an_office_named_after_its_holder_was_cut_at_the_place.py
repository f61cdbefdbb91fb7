"""An office named after its holder with a possessive ("the Alder State Attorney's Office",
"the Vesper County Sheriff's Office") was cut at the place's name (a place 'Alder State' and
an organisation 'Office'), or typed a Place; its abbreviation ("VCSO") stayed apart. The
whole name, up to the institution's head noun the possessive governs, is one organisation,
which its initials then name too."""

from kg.extract import Extractor
from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article
from kg.resolve.actors import Resolver


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_a_state_before_an_office_is_part_of_its_name(nlp):
    found = kinds(nlp, "The case was sent to the Alder State Attorney's Office for review.")
    assert found == {"Alder State Attorney's Office": ORGANIZATION}


def test_a_sheriff_s_office_is_an_organisation_its_initials_name_too(nlp):
    text = "Deputies from the Vesper County Sheriff's Office arrested him. Dana Moss, spokesperson for VCSO, said."
    assert kinds(nlp, text).get("Vesper County Sheriff's Office") == ORGANIZATION
    actors, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    office = [a for a in actors if "Sheriff" in a.label]
    assert [(a.kind, len(a.evidence)) for a in office] == [(ORGANIZATION, 2)]


def test_a_person_s_council_is_no_office_of_his_name(nlp):
    found = kinds(nlp, "Dana Vole, a member of President Tom Brell's Council on Ethics, said the idea was sound.")
    assert "Tom Brell" in found
    assert not any("Brell's" in name for name in found)
