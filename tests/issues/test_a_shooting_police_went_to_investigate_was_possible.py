""""Officers responded to investigate a shooting" made the shooting possible (or future): the noun
took the modality of the purpose infinitive it is the object of. Investigating, condemning or
mourning something presupposes it happened (``presupposing_verbs`` of the trigger lexicon), so
the object of such a verb is asserted whatever the verb itself is under; a noun under a verb of
planning is not."""

from test_events import events_of


def factuality(nlp, text):
    _, events, _ = events_of(nlp, text)
    return {e.trigger.text: e.factuality for e in events}


def test_the_shooting_officers_went_to_investigate_happened(nlp):
    assert factuality(nlp, "Officers responded to investigate a shooting on Friday night.")["shooting"] == "asserted"


def test_reports_of_a_shooting_to_investigate_tell_it_happened(nlp):
    found = factuality(nlp, "Deputies were sent to investigate reports of a stabbing on Friday night.")
    assert found["stabbing"] == "asserted"


def test_an_attack_that_will_be_looked_into_happened(nlp):
    assert factuality(nlp, "The police will look into the attack.")["attack"] == "asserted"


def test_an_attack_he_will_launch_is_still_ahead(nlp):
    assert factuality(nlp, "He will attack the base on Friday.")["attack"] == "future"


def test_an_attack_an_alliance_will_respond_to_is_not_said_to_have_happened(nlp):
    assert factuality(nlp, "The alliance will respond to any attack on a member.")["attack"] == "future"
