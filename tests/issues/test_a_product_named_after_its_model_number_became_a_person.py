"""Products were people: "the first 787 Dreamliner", 'the 787 "Dreamliner"' and "the web browser
Safari" gave Person nodes on MEANTIME dev (9 of its 41 false person mentions were one airliner's
name). A name after a model number that qualifies it, or after a thing noun, names a thing
(kg/data/name_kinds.yaml, things); the company that makes it stays an organisation."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_name_after_its_model_number_is_no_actor(nlp):
    for text in ("Boeing unveils new 787 Dreamliner. Aircraft manufacturer Boeing have unveiled their new 787 "
                 "Dreamliner at their factory.",
                 'Boeing\'s newest commercial aircraft, the 787 "Dreamliner", made its first test flight.'):
        found = names(nlp, text)
        assert "Dreamliner" not in found
        assert found["Boeing"] == ORGANIZATION


def test_a_name_after_a_thing_noun_is_no_actor(nlp):
    found = names(nlp, "The release includes new versions of application software such as e-mail client Mail, "
                       "web browser Safari, and messaging client iChat.")
    assert "Safari" not in found



def test_a_thing_s_name_is_not_recovered_from_another_article():
    # The tagger took the name for a person in one article, another frames it as a thing: where
    # NER missed it in a third, no mention is recovered (kg.resolve.recovery), as "Dreamliner"
    # was in six MEANTIME dev articles.
    from kg.ingest.clean import clean
    from kg.model import PERSON, ArticleExtraction, EntityMention, Span
    from kg.resolve.recovery import recover_mentions

    texts = ["Skylark makes maiden flight.", 'The 797 "Skylark" flew.', "The Skylark will enter service in May."]
    articles = [clean(Article(f"{i}.txt", t)) for i, t in enumerate(texts)]
    tagged = EntityMention("e0", Span(0, 7, "Skylark"), "Skylark", PERSON)
    extractions = [ArticleExtraction(articles[0], entities=[tagged]),
                   ArticleExtraction(articles[1], things=["Skylark"]),
                   ArticleExtraction(articles[2])]
    assert recover_mentions(extractions)[2].entities == []
