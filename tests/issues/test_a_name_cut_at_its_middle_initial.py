"""A person's name written with spaces around the full stop of its middle initial ("Regina M .
Benjamin", as tokenised corpora print it) was cut by the tagger at the initial: "Regina M" became
an organisation of its own and "Frederick C" a person apart from "Frederick Calder Marlowe", so
ECB+ dev split one nominee and one scandal figure into several actors (issue 14: name variants
of one person)."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.ingest.metadata import complete_dates, infer_metadata
from kg.model import PERSON, Article
from kg.nlp.parse import parse
from kg.resolve.actors import Resolver


def build(nlp, texts):
    articles = complete_dates([infer_metadata(clean(Article(source_id=k, text=v))) for k, v in texts.items()])
    resolver = Resolver()
    extractions = resolver.recover_mentions([Extractor()(a, d) for a, d in parse(nlp, articles)])
    _, actor_of = resolver.resolve_actors(extractions)
    return {(e.article.source_id, m.span.text): (m, actor_of.get((e.article.source_id, m.key)))
            for e in extractions for m in e.entities}


def test_a_given_name_and_an_initial_before_a_spaced_full_stop_is_the_whole_name_of_a_person(nlp):
    found = build(nlp, {"a": "Obama is nominating Regina M . Benjamin , MD , a family physician ."})
    mention, _ = found["a", "Regina M"]
    assert (mention.name, mention.kind) == ("Regina M. Benjamin", PERSON)


def test_the_name_with_its_initial_joins_the_same_person_named_without_it_or_in_full(nlp):
    found = build(nlp, {
        "a": "Frederick C . Marlowe , a campaign official , died on Saturday in Elmford .",
        "b": "Frederick Calder Marlowe , who helped in the coverup , has died .",
        "c": "Obama is nominating Regina M . Benjamin , MD , a family physician .",
        "d": "Regina Benjamin , a family doctor from Alabama , was nominated on Monday ."})
    assert found["a", "Frederick C"][1] == found["b", "Frederick Calder Marlowe"][1]
    assert found["c", "Regina M"][1] == found["d", "Regina Benjamin"][1]


def test_an_initial_that_is_no_middle_name_s_keeps_two_people_apart(nlp):
    found = build(nlp, {"a": "John K . Walsh spoke on Monday .", "b": "John Peter Walsh spoke on Tuesday ."})
    assert found["a", "John K"][1] != found["b", "John Peter Walsh"][1]
