"""Speakers described rather than named (kg/extract/speakers.py) and spokespeople as actors
(kg/resolve/spokespeople.py, kg:spokesFor)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article
from kg.rdf.mapping import to_graph
from kg.rdf.vocab import KG
from kg.resolve.resolution import resolve


def extract(nlp, text, source_id="a1"):
    article = Article(source_id=source_id, text=text)
    return Extractor()(article, nlp(article.masked))


def speakers_of(extraction):
    """(quoted words, the speaker mention's name, whom it speaks for) per quote."""
    names = {m.key: m for m in extraction.entities}
    result = []
    for quote in extraction.quotes:
        speaker = names.get(quote.speaker)
        employer = names.get(speaker.speaks_for) if speaker and speaker.speaks_for else None
        result.append((quote.span.text, speaker.name if speaker else None, employer.name if employer else None))
    return result


def test_a_spokesman_for_an_organisation_speaks_for_it(nlp):
    text = ("Acme Corp closed its plant in Leeds. "
            "A spokesman for Acme Corp said: “We regret the closure and will pay every worker.”")
    assert speakers_of(extract(nlp, text)) == [
        ("We regret the closure and will pay every worker.", "spokesperson for Acme Corp", "Acme Corp")]


def test_a_possessive_spokesman_is_not_the_person_he_speaks_for(nlp):
    text = ("Prime Minister Tony Blair met union leaders on Monday. "
            "“We will not change course on this at all,” Blair's official spokesman said.")
    # "Blair's" is the article's Tony Blair (a bare surname joins the article's one full name).
    assert speakers_of(extract(nlp, text)) == [
        ("We will not change course on this at all", "spokesperson for Tony Blair", "Tony Blair")]


def test_a_spokesman_of_no_one_named_is_not_the_person_named(nlp):
    text = "Prime Minister Tony Blair met union leaders. “We will not change course on this,” a spokesman said."
    (quote,) = resolve([extract(nlp, text)]).quotes
    assert quote.speaker is None


def test_a_titled_description_is_a_speaker_the_resolver_can_join(nlp):
    text = ("Sen. Dana Whitcombe spoke in Dayton on Monday. "
            "“We need to change the whole system now,” the Ohio senator said.")
    extraction = extract(nlp, text)
    assert speakers_of(extraction) == [("We need to change the whole system now", "Ohio senator", None)]
    resolved = resolve([extraction])
    (quote,) = resolved.quotes
    assert {a.key: a.label for a in resolved.actors}[quote.speaker] == "Dana Whitcombe"


def test_spokesperson_actor_links_to_its_employer_in_the_graph(nlp):
    text = ("The BBC defended its coverage of the election on Monday. "
            "“This was never discussed with us at any point,” a BBC spokeswoman said.")
    resolved = resolve([extract(nlp, text)])
    graph = to_graph(resolved)
    rows = list(graph.query(
        "SELECT ?label ?text WHERE { ?q kg:speaker/kg:spokesFor ?org ; kg:text ?text . ?org rdfs:label ?label }",
        initNs={"kg": KG}))
    assert [(str(label), str(words)) for label, words in rows] == [
        ("BBC", "This was never discussed with us at any point")]
    spokesperson = next(a for a in resolved.actors if a.speaks_for)
    assert spokesperson.kind == "Person" and spokesperson.label == "spokesperson for BBC"


def test_a_family_that_speaks_is_a_group_speaker(nlp):
    text = ("Officer Dale Myers shot Tom Reed on Friday. Reed's family has called on police to release the "
            'videos "as a matter of the greater good and transparency."')
    extraction = extract(nlp, text)
    assert speakers_of(extraction) == [("as a matter of the greater good and transparency.", "Reed's family", None)]
    (quote,) = extraction.quotes
    assert {m.key: m.kind for m in extraction.entities}[quote.speaker] == "Group"
    (resolved,) = resolve([extraction]).quotes  # the group is an actor of the graph, as "protesters" is
    assert {(a.label, a.kind) for a in resolve([extraction]).actors if a.key == resolved.speaker} == {
        ("Reed's family", "Group")}


def test_plural_aides_that_speak_are_a_group_speaker_not_the_person_they_serve(nlp):
    text = "Senator Dana Whitcombe toured the plant. “We will be back next month with a plan,” her aides said."
    assert speakers_of(extract(nlp, text)) == [("We will be back next month with a plan", "her aides", None)]


def test_people_alone_are_no_group_speaker(nlp):
    text = "The mill closed on Friday. “We will be back next month with a plan,” people said."
    assert speakers_of(extract(nlp, text)) == [("We will be back next month with a plan", None, None)]


def test_the_senator_after_a_surname_ner_typed_an_organisation_is_that_person(nlp):
    from kg.extract.speakers import described_speakers
    from kg.knowledge.gazetteer import Gazetteer
    from kg.model import ORGANIZATION, PERSON, EntityMention, Span

    text = ("Dana Whitcombe spoke in Dayton on Monday.\n\nAs for whether Whitcombe still hears anger at the plan, "
            "the Ohio senator acknowledged that “some people” still feel that way.")

    def at(word, start=0):
        i = text.index(word, start)
        return Span(i, i + len(word), word)

    article = Article(source_id="a1", text=text)
    entities = [EntityMention(key="e1", span=at("Dana Whitcombe"), name="Dana Whitcombe", kind=PERSON),
                EntityMention(key="e2", span=at("Whitcombe", text.index("whether")), name="Whitcombe",
                              kind=ORGANIZATION)]  # NER's slip: the surname typed an organisation
    (senator,) = described_speakers(nlp(text), article, entities, Gazetteer.load())
    assert (senator.name, senator.refers_to) == ("Ohio senator", "e1")


def test_the_subject_of_a_verb_whose_participle_reports_speech_is_a_group_speaker(nlp):
    text = ("In August, several environmental groups granted the mine an extension on a court order, saying its "
            '"start-up capital was less than expected."')
    assert speakers_of(extract(nlp, text)) == [
        ("start-up capital was less than expected.", "several environmental groups", None)]


def test_a_campaign_strategist_is_a_described_speaker(nlp):
    text = ("Senator Dana Whitcombe called on the governor to apologize. "
            "“My reaction, that was outrageous,” her former campaign strategist said in an interview.")
    assert speakers_of(extract(nlp, text)) == [
        ("My reaction, that was outrageous", "her former campaign strategist", None)]


def test_according_to_a_name_with_no_comma_leaves_the_speaker_to_the_noun_after_it(nlp):
    # "According to Vance police told her": the parse reads "Vance police" as one phrase and
    # gives "told" no subject; the police speak, as with a comma after the name.
    text = ("Rita Vance, the boy's aunt, spoke on Monday. According to Vance police told her, “you should "
            "call us at once if you see him again near the house.”")
    assert speakers_of(extract(nlp, text)) == [
        ("you should call us at once if you see him again near the house.", "police", None)]
