"""PLOVER trigger words read in a business or everyday sense made events of the wrong kind
(MEANTIME dev audit, issue 15): "hails from" was praise (Support), "killed the deal" a killing,
"fought for the contract" a battle, "eliminating jobs" violence, "warned of extra costs" a
threat, "a nominal charge" a criminal charge, "will allow developers to" a concession. The
lexicon's ``not_senses`` and the object constraint on allow/permit say when a word names no
such event; the violent, threatening and yielding senses stay events."""

import pytest

from event_dates import event_types


@pytest.mark.parametrize("text, word", [
    ("The senator, who hails from Kansas, said the decision was wrong.", "hails"),
    ("The ministry killed the deal in 2006.", "killed"),
    ("The company fought for the contract for years.", "fought"),
    ("The merger ended up eliminating jobs at both plants.", "eliminating"),
    ("The company warned of extra costs for its customers.", "warned"),
    ("Users can download the game for a nominal charge.", "charge"),
    ("The service is free of charge.", "charge"),
    ("The new kit will allow developers to write applications for the phone.", "allow"),
    ("Internet calling applications are allowed on the store.", "allowed"),
])
def test_the_word_in_another_sense_is_no_event(nlp, text, word):
    assert word not in event_types(nlp, text)


@pytest.mark.parametrize("text, word, kind", [
    ("The police killed the gunman.", "killed", "Kill"),
    ("Rebels fought for control of the city.", "fought", "Assault"),
    ("The army warned of retaliation against the rebels.", "warned", "Threaten"),
    ("He was arrested on a murder charge.", "charge", "Charge"),
    ("The government allowed protests in the capital.", "allowed", "Concede"),
    ("Thousands hailed the ruling as a victory.", "hailed", "Support"),
])
def test_the_event_sense_stays_an_event(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind
