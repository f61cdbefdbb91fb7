"""A product line made an organisation: "future Kestrel Orbix computers", in an article where the
company Kestrel speaks, gave the actor 'Kestrel Orbix' (and its short name 'Orbix' another). A
name that starts with the name of a company of the article and qualifies a thing noun is a
product; a company's name that ends in a company's word ("Kestrel Airways jets") stays one."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return [m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))]


def test_the_maker_s_model_line_is_no_actor(nlp):
    found = names(nlp, "Kestrel said on Monday that future Kestrel Orbix computers would use chips made by "
                       "Norvel. Orbix computers will be shipped in June.")
    assert "Kestrel Orbix" not in found and "Orbix" not in found
    assert "Kestrel" in found and "Norvel" in found


def test_a_company_named_after_another_stays_an_actor(nlp):
    found = names(nlp, "Kestrel said on Monday that Kestrel Airways jets would fly to Elmford.")
    assert "Kestrel Airways" in found
