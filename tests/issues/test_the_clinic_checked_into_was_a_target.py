""""Mara Voss checked into the Orvale Recovery Center": the object of the phrase's particle
("into") was taken as the one the treatment happens to, as "paratroopers" in "called in
paratroopers" is whom one calls in. Reports of one stay in rehab naming the clinic in two ways
("the Orvale Recovery Center", "Orvale Clinic") then had two different targets and made two
nodes. A class that takes no target from a preposition (a treatment, an accident, an outage)
takes none from a phrase's particle either: the clinic is where, not whom."""

from kg.extract import Extractor
from kg.model import Article


def roles(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.span.text for m in extraction.entities}
    return [(e.type, [names.get(k) for k in e.agents], [names.get(k) for k in e.targets]) for e in extraction.events]


def test_the_clinic_one_checks_into_is_no_target(nlp):
    assert roles(nlp, "Actress Mara Voss checked into the Orvale Recovery Center on Friday.") == [
        ("Treatment", ["Mara Voss"], [])]


def test_troops_called_in_are_still_the_target(nlp):
    ((kind, agents, targets),) = roles(nlp, "The governor of Dorrin called in paratroopers on Friday.")
    assert targets == ["paratroopers"]
