"""A product's name the article itself framed as a thing ("Orbix users") came back there as an
actor: the tagger read it as an organisation in another article of the build, and recovery
looked it up in every article, this one too ("Macintosh users" gave Organization mentions on
MEANTIME dev). An article whose own text frames the name as a thing gets no recovered mention."""

from kg.ingest.clean import clean
from kg.model import ORGANIZATION, PERSON, PLACE, Article, ArticleExtraction, EntityMention, Span
from kg.resolve.recovery import recover_mentions


def test_a_name_the_article_frames_as_a_thing_is_not_recovered_there():
    # two articles where the tagger read it as an organisation outvote the one that frames it
    texts = ["Vantorix launched in May.", "Vantorix sold well.", "Vantorix users complained about the update."]
    articles = [clean(Article(f"{i}.txt", t)) for i, t in enumerate(texts)]
    extractions = [ArticleExtraction(articles[0], entities=[EntityMention("e0", Span(0, 8, "Vantorix"), "Vantorix",
                                                                          ORGANIZATION)]),
                   ArticleExtraction(articles[1], entities=[EntityMention("e0", Span(0, 8, "Vantorix"), "Vantorix",
                                                                          ORGANIZATION)]),
                   ArticleExtraction(articles[2], things=["Vantorix"])]
    assert recover_mentions(extractions)[2].entities == []


def test_a_name_framed_nowhere_in_the_article_is_still_recovered_there():
    texts = ["Vantorix said it would hire.", "Shares rose after Vantorix reported."]
    articles = [clean(Article(f"{i}.txt", t)) for i, t in enumerate(texts)]
    tagged = EntityMention("e0", Span(0, 8, "Vantorix"), "Vantorix", ORGANIZATION)
    extractions = [ArticleExtraction(articles[0], entities=[tagged]), ArticleExtraction(articles[1])]
    assert [m.span.text for m in recover_mentions(extractions)[1].entities] == ["Vantorix"]


def test_a_part_of_a_thing_s_name_is_not_recovered_as_a_person():
    # "Music Store" was a Person in one MEANTIME dev article, recovered inside "iTunes Music
    # Store" in another that framed the whole name as a thing
    texts = ["Sound Depot opened.", "Vantorix users left the Vantorix Sound Depot."]
    articles = [clean(Article(f"{i}.txt", t)) for i, t in enumerate(texts)]
    tagged = EntityMention("e0", Span(0, 11, "Sound Depot"), "Sound Depot", PERSON)
    extractions = [ArticleExtraction(articles[0], entities=[tagged]),
                   ArticleExtraction(articles[1], things=["Vantorix Sound Depot"])]
    assert recover_mentions(extractions)[1].entities == []


def test_a_place_in_a_thing_s_name_is_still_recovered():
    texts = ["Ravenholm welcomed visitors.", "Crowds came to the Ravenholm Air Show."]
    articles = [clean(Article(f"{i}.txt", t)) for i, t in enumerate(texts)]
    tagged = EntityMention("e0", Span(0, 9, "Ravenholm"), "Ravenholm", PLACE)
    extractions = [ArticleExtraction(articles[0], entities=[tagged]),
                   ArticleExtraction(articles[1], things=["Ravenholm Air Show"])]
    assert [m.span.text for m in recover_mentions(extractions)[1].entities] == ["Ravenholm"]
