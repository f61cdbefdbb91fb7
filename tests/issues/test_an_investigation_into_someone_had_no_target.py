"""'Regulators opened an investigation into Tarn Motors' gave no event: "into" was no preposition
of an accusation's target (only "of", "against", "to"), so the investigation had no role and was
dropped, and "open" was no light verb lending its subject to the noun it opens. What an
investigation, an inquiry or a probe is "into" is its target; whoever opens it is its agent."""

from described_people_helpers import resolved


def test_the_company_investigated_is_the_target_and_the_opener_the_agent(nlp):
    found, label = resolved(nlp, "Police in Millbrook opened an investigation into Tarn Motors on Monday.")
    investigation = next(e for e in found.events if e.type == "Accuse")
    assert [label[t] for t in investigation.targets] == ["Tarn Motors"]
    assert investigation.agents


def test_an_inquiry_into_a_happening_names_no_one(nlp):
    found, _ = resolved(nlp, "Officials began an inquiry into the fire on Monday.")
    assert all(not e.targets for e in found.events if e.type == "Accuse")
