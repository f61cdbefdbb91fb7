"""'charged with two counts of Felony Child Neglect' gave the charge the target 'Felony Child
Neglect' (its capitals read as an organisation): the "of" that makes the accused a target of an
accusation ("an investigation of Acme") was taken from any depth of the trigger's phrases. An
"of" phrase on a noun deeper down qualifies that noun (the charge's wording, the victim of the
killing one is accused of) and names no target."""

from described_people_helpers import resolved


def targets(nlp, text: str, kind: str) -> list[str]:
    found, label = resolved(nlp, text)
    event = next(e for e in found.events if e.type == kind)
    return sorted(label[t] for t in event.targets)


def test_the_counts_of_a_charge_are_no_target(nlp):
    assert targets(nlp, "Mona Reed was arrested and charged with two counts of Felony Child Neglect.",
                   "Charge") == ["Mona Reed"]


def test_an_investigation_of_a_company_still_targets_it(nlp):
    assert targets(nlp, "Regulators opened an investigation of Tarn Motors in May.", "Accuse") == ["Tarn Motors"]


def test_whom_an_investigated_shooting_befell_is_not_investigated(nlp):
    found, label = resolved(nlp, "Police in Millbrook are investigating the shooting of Dana Holt.")
    investigation = next(e for e in found.events if e.type == "Accuse")
    assert "Dana Holt" not in [label[t] for t in investigation.targets]
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert [label[t] for t in shooting.targets] == ["Dana Holt"]
