""""He was captured two days later" was an Assault (capturing a town) and joined the story's
shooting as its most specific violent node: a person captured is arrested (ACE
Justice.Arrest-Jail), and an arrest never joins an attack."""

from event_dates import event_types


def test_a_man_captured_is_arrested(nlp):
    assert event_types(nlp, "He was captured two days later in a motel.")["captured"] == "Arrest"


def test_police_capturing_him_is_an_arrest(nlp):
    assert event_types(nlp, "Police captured him near the border.")["captured"] == "Arrest"


def test_a_town_captured_is_still_fighting(nlp):
    assert event_types(nlp, "Rebels captured the town after heavy fighting.")["captured"] == "Assault"
