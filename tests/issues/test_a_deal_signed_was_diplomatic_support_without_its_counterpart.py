"""A company that "signed a deal with" another was coded as PLOVER Support (a diplomatic
signing) and the other company, the counterpart, was no role; "ordered ten jets from" a maker
was an order given to someone (Coerce). A deal or contract signed, or goods ordered, is a
Contract, and its "with" or "from" is the counterpart; treaties signed stay Support."""

from test_coordinated_passives_lost_the_killer_and_the_victim import roles

from event_dates import event_types


def test_a_deal_signed_with_a_company_is_a_contract_with_it(nlp):
    text = "Northwind Airlines signed a deal with Boeing on Monday."
    assert event_types(nlp, text)["signed a deal"] == "Contract"
    assert roles(nlp, text)["signed a deal"] == ({"Northwind Airlines"}, {"Boeing"})


def test_jets_ordered_from_a_maker_are_a_contract_with_the_maker(nlp):
    text = "Northwind Airlines ordered ten jets from Boeing."
    assert event_types(nlp, text)["ordered"] == "Contract"
    assert roles(nlp, text)["ordered"] == ({"Northwind Airlines"}, {"Boeing"})


def test_a_treaty_signed_is_still_support(nlp):
    assert event_types(nlp, "France and Germany signed a treaty in Paris.")["signed a treaty"] == "Support"
