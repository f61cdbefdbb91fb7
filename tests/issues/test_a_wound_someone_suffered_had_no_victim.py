"""A wound had no victim when the text says who bore it through a verb of undergoing or finding:
"a boy suffered a gunshot wound", "a man was found with a gunshot wound" and "found … suffering
from gunshot wounds" left the wound and the shooting without the boy or the man as target
(issue 15 item 5: victims are targets)."""

from __future__ import annotations

import pytest

from described_people_helpers import resolved


def _targets(found, labels, kind):
    return [sorted(labels[k] for k in e.targets) for e in found.events if e.type == kind]


def test_the_one_who_suffered_a_gunshot_wound_is_its_target(nlp):
    found, labels = resolved(nlp, "A 12-year-old boy suffered a gunshot wound to his arm on Friday, police said.")
    assert _targets(found, labels, "Injure") == [["a 12-year-old boy"]]
    assert _targets(found, labels, "Shooting") == [["a 12-year-old boy"]]


@pytest.mark.parametrize("text, bearer", [
    ("Officers found a woman with gunshot wounds inside a house in Marston.", "a woman"),
    ("Deputies found Lena Marsh, 35, inside the house, suffering from gunshot wounds.", "Lena Marsh"),
])
def test_the_one_found_with_gunshot_wounds_is_their_target(nlp, text, bearer):
    found, labels = resolved(nlp, text)
    assert _targets(found, labels, "Injure") == [[bearer]]


@pytest.mark.parametrize("text", ["Brindle Foods suffered heavy losses last year.",
                                  "Brindle Foods is suffering from weak sales."])
def test_a_company_that_suffered_losses_is_no_victim(nlp, text):
    found, labels = resolved(nlp, text)
    assert all(not e.targets for e in found.events)
