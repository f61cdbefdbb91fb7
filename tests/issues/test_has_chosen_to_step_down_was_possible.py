""""The chairman has chosen to step down from his post" was a possible resignation, a node of its
own beside the asserted "resigns" and "resignation" of the same article (issue 15, fifth
audit's factuality and split classes): an infinitive under "choose" was read as an intent. A
choice told in the past or the perfect is told as the act (Karttunen's implicative verbs, and
the verbs of choosing: ``implicative_heads``), so the infinitive takes the factuality of its
head: asserted for "has chosen to", future for "will choose to", possible for "may opt to".
Asserted, it joins the article's other mentions of the resignation."""

import pytest

from described_people_helpers import resolved
from event_dates import _events


@pytest.mark.parametrize("text, factuality", [
    ("John Harlow has chosen to step down from his post as chief executive.", "asserted"),
    ("The minister opted to resign on Friday.", "asserted"),
    ("The rebels chose not to attack the town.", "negated"),
    ("The minister will choose to resign.", "future"),
    ("The minister may opt to resign.", "possible"),
    ("The minister decided to resign.", "future"),
])
def test_the_infinitive_of_a_choice_takes_the_choice_s_factuality(nlp, text, factuality):
    (event,) = [e for e in _events(nlp, text, None) if e.type in ("Resign", "Attack")]
    assert event.factuality == factuality


def test_the_chosen_step_down_and_the_resignation_are_one_node(nlp):
    found, labels = resolved(nlp, "Acme chief John Harlow resigns\n\nJohn Harlow, founder of Acme, has chosen to step "
                                  "down from his post as chief executive of the company. Harlow resigned in a letter "
                                  "to the board.")
    (resignation,) = [e for e in found.events if e.type == "Resign"]
    assert resignation.factuality == "asserted" and {labels[k] for k in resignation.agents} == {"John Harlow"}
    assert {"step down", "resigned"} <= resignation.triggers
