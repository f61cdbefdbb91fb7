"""Trigger words read in a sense that names no event of their class (issue 15, third audit's
class, written from invented sentences): "gunfire erupted" was a natural disaster, "released
from hospital" a release of captives, "struck by a bullet" a labour strike, "airlifted to
hospital" a military airlift, "ordered ten planes" an order given to someone, "have met him
once" a meeting, "fighting back tears" a fight. The lexicon's selectional constraints (who or
what does the verb: ``subject:``; what it is done to: ``object:``) and ``not_senses`` pick the
sense; the event senses stay events of their class."""

import pytest

from event_dates import event_types


@pytest.mark.parametrize("text, word", [
    ("Gunfire erupted outside the bar shortly after midnight.", "erupted"),
    ("A fight erupted in the parking lot.", "erupted"),
    ("He was arrested upon his release from the hospital.", "release"),
    ("The victim was airlifted to a hospital in the city.", "airlifted"),
    ("I have met him once, the neighbour said.", "met"),
    ("The mother was fighting back tears as she spoke.", "fighting"),
])
def test_the_word_in_another_sense_is_no_event(nlp, text, word):
    assert word not in event_types(nlp, text)


@pytest.mark.parametrize("text, word, kind", [
    ("The woman was struck in the head by a stray bullet.", "struck", "Attack"),
    ("A cyclist was struck by a car on Main Street.", "struck", "Accident"),
    ("The earthquake struck the coastal region at dawn.", "struck", "Disaster"),
    ("The airline ordered 20 new planes from the manufacturer.", "ordered", "Contract"),
])
def test_the_word_is_read_in_the_sense_its_doer_or_object_says(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind


@pytest.mark.parametrize("text, word, kind", [
    ("The volcano erupted on Tuesday, covering the town in ash.", "erupted", "Disaster"),
    ("Thousands of nurses struck for better pay.", "struck", "Protest"),
    ("The army airlifted troops to the border.", "airlifted troops", "Mobilize"),
    ("The president ordered troops to leave the city.", "ordered", "Coerce"),
    ("The two presidents met in Geneva on Monday.", "met", "Consult"),
    ("Rebels fought government troops near the airport.", "fought", "Assault"),
])
def test_the_event_sense_stays_an_event(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind


@pytest.mark.parametrize("text, word", [
    ("The new plane offers 20 extra seats.", "offers"),
    ("The carrier charges an added cost for each bag.", "charges"),
])
def test_a_thing_offering_or_a_price_charged_is_no_event(nlp, text, word):
    assert word not in event_types(nlp, text)


@pytest.mark.parametrize("text, word, kind", [
    ("The company offered $5 billion for its rival.", "offered", "Contract"),
    ("Police charged the man with murder.", "charged", "Charge"),
    ("The airline agreed to purchase 60 new aircraft.", "purchase", "Contract"),
    ("Microsoft bought Skype in 2011.", "bought", "MergeOrg"),
    ("Aerobus has won an order from Northwind Airlines for ten jets.", "won an order", "Contract"),
])
def test_a_purchase_offer_or_charge_in_its_own_sense_stays_an_event(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind


@pytest.mark.parametrize("text, word", [
    ("The man suffered life-threatening injuries.", "threatening"),
    ("People ran to escape the danger, the press release said.", "release"),
    ("People ran to escape the danger, the press release said.", "escape"),
    ("They came beating on my door at midnight.", "beating"),
    ("He was later pronounced dead, the release stated.", "release"),
    ("The hunter accidentally walked into the line of fire.", "fire"),
    ("He had often talked about leaving the town.", "talked"),
])
def test_a_document_an_adjective_or_running_from_danger_is_no_event(nlp, text, word):
    assert word not in event_types(nlp, text)


@pytest.mark.parametrize("text, word, kind", [
    ("The rebels threatened the town.", "threatened", "Threaten"),
    ("Two inmates escaped from the county jail.", "escaped", "Escape"),
    ("The rebels announced the release of the hostages.", "release", "Release"),
    ("One of the officers returned fire.", "returned fire", "Attack"),
    ("The house caught fire on Sunday.", "caught fire", "Fire"),
    ("Rebels destroyed the bridge on Sunday.", "destroyed", "Assault"),
    ("A fire destroyed the barn on Sunday.", "destroyed", "Fire"),
    ("The storm destroyed dozens of homes.", "destroyed", "Disaster"),
    ("The two leaders talked in Geneva on Monday.", "talked", "Consult"),
])
def test_threats_escapes_and_releases_in_their_own_sense_stay_events(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind
