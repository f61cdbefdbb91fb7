"""A price's currency gave a country actor: "retailing for US $199" made the United States
an actor of a story about a phone, first in the article's own mentions, then again where
resolution looks for the names other articles found."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))}


def test_the_country_of_a_currency_sign_is_no_actor(nlp):
    assert "United States" not in names(nlp, "The phone will retail for US $199 and $299 respectively.")


def test_the_country_that_acts_is_still_an_actor(nlp):
    assert "United States" in names(nlp, "The US imposed sanctions worth $5 billion on Monday.")


def test_a_country_named_in_another_article_is_not_recovered_before_a_currency_sign(tmp_path):
    from kg.pipeline.build import build

    (tmp_path / "a.txt").write_text("Sanctions\n\nThe US imposed sanctions on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("New phone\n\nThe phone will sell for US $199 from June.\n", encoding="utf-8")
    resolved = build([tmp_path]).resolved
    us = next(a for a in resolved.actors if a.label == "United States")
    assert all(e.source_id.endswith("a.txt") for e in us.evidence)
