"""A company's name took the first word of the title after it: "Boeing Executive Vice President
Scott Carson" gave an organisation "Boeing Executive" beside Boeing."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PERSON, Article


def test_the_title_is_cut_off_the_company_name(nlp):
    text = ("When asked whether the deal should be seen as a step towards a resolution of the rift, "
            "Boeing Executive Vice President Scott Carson replied, \"It represents a business "
            "relationship between our Company and Aeroflot.\"")
    found = {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert found["Boeing"].kind == ORGANIZATION
    assert found["Scott Carson"].kind == PERSON
    assert "Boeing Executive" not in found
