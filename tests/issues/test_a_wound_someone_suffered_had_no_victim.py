"""A wound had no victim when the text says who bore it through a verb of undergoing or finding:
"a boy suffered a gunshot wound" and "a man was found with a gunshot wound" left the wound and
the shooting without the boy or the man as target (issue 15 item 5: victims are targets)."""

from __future__ import annotations

from described_people_helpers import resolved


def _targets(found, labels, kind):
    return [sorted(labels[k] for k in e.targets) for e in found.events if e.type == kind]


def test_the_one_who_suffered_a_gunshot_wound_is_its_target(nlp):
    found, labels = resolved(nlp, "A 12-year-old boy suffered a gunshot wound to his arm on Friday, police said.")
    assert _targets(found, labels, "Injure") == [["a 12-year-old boy"]]
    assert _targets(found, labels, "Shooting") == [["a 12-year-old boy"]]


def test_the_one_found_with_a_gunshot_wound_is_its_target(nlp):
    found, labels = resolved(nlp, "Officers found a woman with gunshot wounds inside a house in Marston.")
    assert _targets(found, labels, "Injure") == [["a woman"]]


def test_a_company_that_suffered_losses_is_no_victim(nlp):
    found, labels = resolved(nlp, "Brindle Foods suffered heavy losses last year.")
    assert all(not e.targets for e in found.events)


def test_one_found_suffering_from_gunshot_wounds_is_their_target(nlp):
    found, labels = resolved(nlp, "Deputies found Lena Marsh, 35, inside the house, suffering from gunshot wounds.")
    assert _targets(found, labels, "Injure") == [["Lena Marsh"]]


def test_a_company_suffering_from_weak_sales_is_no_victim(nlp):
    found, labels = resolved(nlp, "Brindle Foods is suffering from weak sales.")
    assert all(not e.targets for e in found.events)
