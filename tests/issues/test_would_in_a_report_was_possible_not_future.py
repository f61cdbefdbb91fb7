""""It was announced that the chain would offer $5 million for the site" made the offer possible: a "would"
in what a reporting verb says is the report's "will" told in the past (the sequence of tenses),
so the event is future/planned. A "would" under a condition stays possible."""

from test_a_refused_act_was_possible_not_negated import factuality


def test_would_in_an_announcement_is_future(nlp):
    assert factuality(nlp, "It was announced that the chain would offer $5 million for the site.")["offer"] == "future"


def test_would_in_what_officials_said_is_future(nlp):
    assert factuality(nlp, "Officials said the army would withdraw from the town.")["withdraw"] == "future"


def test_would_under_a_condition_stays_possible(nlp):
    text = "He said the company would buy the firm if regulators agreed."
    assert factuality(nlp, text)["buy"] == "possible"
