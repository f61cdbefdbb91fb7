""""Despite his arrest on Friday, Jackson will play on Sunday" made the arrest a future event: a
noun in a prepositional phrase took the modality of the verb its phrase hangs on. The object of
"despite", "after", "following", "since" or "amid" is taken as having happened (presupposed),
whatever the clause says of its own verb; "before the election" is not."""

from test_events import events_of


def factuality(nlp, text):
    _, events, _ = events_of(nlp, text)
    return {e.trigger.text: e.factuality for e in events}


def test_an_arrest_after_despite_happened(nlp):
    assert factuality(nlp, "Despite his arrest on Friday, Jackson will play on Sunday.")["arrest"] == "asserted"


def test_charges_after_an_arrest_are_possible_the_arrest_happened(nlp):
    found = factuality(nlp, "After his arrest, he could face charges.")
    assert found["arrest"] == "asserted" and found["charges"] == "possible"


def test_an_election_before_which_he_will_resign_is_still_ahead(nlp):
    assert factuality(nlp, "He will resign before the election.")["election"] == "future"
