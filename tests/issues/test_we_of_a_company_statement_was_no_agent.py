"""'Brightwave Foods said: "We will continue to cooperate with the police"' gave the cooperation
no agent: "we" in an organisation's own words had no mention. "we", "us" and "our" in the
complement of a reporting verb whose subject is an organisation are that organisation, as "it"
is in "Brightwave said it would cooperate"."""

from described_people_helpers import resolved


def test_we_in_the_company_s_statement_is_the_company(nlp):
    found, label = resolved(nlp, 'Brightwave Foods said in a statement: "We will continue to cooperate with '
                                 'the police as they investigate this crime."')
    cooperation = next(e for e in found.events if e.type == "Cooperate")
    assert [label[a] for a in cooperation.agents] == ["Brightwave Foods"]


def test_we_of_a_person_s_words_is_no_organisation(nlp):
    found, label = resolved(nlp, 'Dana Holt said: "We will continue to cooperate with the police."')
    cooperation = next(e for e in found.events if e.type == "Cooperate")
    assert "Brightwave Foods" not in [label[a] for a in cooperation.agents]
