"""Products and software were still actors on dev news (issue 14, item 1): a name such as
"iPod Touch" that nothing else framed, "a new version of Quillbox", "This feature is called
Vantacall", "Norvela's 13-inch Helix Pro", a service listed after a model ("the Orbix 2 and
the Vantacloud"), and a phone's short name after its full name in apposition ("a cell phone,
the Kestrel Zorbo E1 … The Zorbo has"). Each is now a frame of a product
(kg/data/name_kinds.yaml, kg.extract.actor_types): a name written with one or two lower-case
letters then a capital, "version(s) of", a passive "is called", a size or capacity ("13-inch",
"2GB"), a name joined by "and" to a name framed as a product, a name inside a product's name
after its first word. And companies were dropped as products: "McAllan Dorrance jets" was a
product by its shape (a capital inside) and the noun it qualifies, though a capital after "Mc" is
a surname's. Invented names."""

from kg.extract import Extractor
from kg.model import Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_name_written_with_a_lower_case_letter_then_a_capital_is_a_product(nlp):
    found = names(nlp, "Norvela said the executive had been ousted over hardware issues, some related "
                       "to the eQuill Touch.")
    assert "eQuill Touch" not in found
    assert "Norvela" in found


def test_a_new_version_of_a_name_is_a_product(nlp):
    found = names(nlp, "Norvela also announced a new phone. A new version of Quillbox was also announced "
                       "at the event, bringing it to version 5.")
    assert "Quillbox" not in found


def test_what_a_feature_is_called_is_a_product(nlp):
    found = names(nlp, "Norvela said the phone has a camera on the front. This feature is called Vantacall, "
                       "and connects with other phones.")
    assert "Vantacall" not in found


def test_a_name_with_a_size_is_a_device(nlp):
    found = names(nlp, "Sales fell after the release of Norvela's 13-inch (33.02-cm) Helix Pro.")
    assert "Helix Pro" not in found


def test_a_name_joined_to_a_model_is_a_product(nlp):
    found = names(nlp, "Dana Whitcombe briefly made an appearance in March to unveil the Orbix 2 and the "
                       "Vantacloud, an online storage service.")
    assert "Vantacloud" not in found
    assert "Dana Whitcombe" in found


def test_the_short_name_of_a_phone_named_in_apposition_is_a_product(nlp):
    found = names(nlp, "Norvela also announced a cell phone, the Kestrel Zorbo E1, which will be available "
                       "from Cingwell Wireless. The Zorbo has a color display.")
    assert "Zorbo" not in found


def test_a_company_with_a_surnames_capital_is_no_product(nlp):
    found = names(nlp, "The last of the McAllan Dorrance jets left the plant in Long Beach, the original "
                       "home of McAllan Dorrance.")
    assert "McAllan Dorrance" in found

