"""A country became an organisation when a company frame stood before it: "Boeing allowed to bid
for U.S. space launch contracts" read "bid for U.S." as a takeover bid, and the United States
became a second node, typed Organization."""

from kg.extract.actors import ActorExtractor
from kg.model import COUNTRY, Article


def test_a_country_stays_a_country_in_a_company_frame(nlp):
    text = "Boeing allowed to bid for U.S. space launch contracts again, the Air Force said."
    found = {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert found["United States"].kind == COUNTRY
