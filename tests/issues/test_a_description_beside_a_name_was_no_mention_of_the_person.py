"""A description written beside a person's name was no mention of that person: "Kestrel CEO
Dana Whitcombe" gave one mention, the name, with the title "ceo"; "Louis Marrow, the Kestrel
chief executive," and "Dana Whitcombe, founder of Kestrel," gave the name only, so the graph had
no evidence of the description "Kestrel CEO" (MEANTIME marks it as a mention of the person of its
own, beside the name and the whole phrase: issue 14, ~20 PER misses). A bare title before a name
("President Dana Whitcombe") stays part of the name. "chief executive officer" was read as
"officer" (police, COP) with two modifiers."""

from kg.extract.actors import ActorExtractor
from kg.knowledge.gazetteer import Gazetteer
from kg.model import PERSON, Article, ArticleExtraction
from kg.resolve.actors import Resolver


def descriptions(nlp, text):
    """description as written → the name of the person it refers to."""
    mentions = ActorExtractor()(nlp(text), Article("a.txt", text))
    by_key = {m.key: m for m in mentions}
    return {text[m.span.start:m.span.end]: by_key[m.refers_to].name if m.refers_to in by_key else None
            for m in mentions if m.kind == PERSON and m.nominal and not m.pronoun}


def test_a_title_with_a_company_before_the_name_is_a_mention_of_the_person(nlp):
    found = descriptions(nlp, "Kestrel CEO Dana Whitcombe said the plant in Elmford would close.")
    assert found == {"CEO": "Dana Whitcombe"}


def test_a_title_with_a_noun_before_the_name(nlp):
    found = descriptions(nlp, "During the event, company CEO Dana Whitcombe answered questions from reporters.")
    assert found == {"CEO": "Dana Whitcombe"}


def test_two_titles_joined_before_the_name_are_each_a_mention(nlp):
    found = descriptions(nlp, "Kestrel Computer CEO and co-founder Dana Whitcombe gave his annual keynote.")
    assert found == {"CEO": "Dana Whitcombe", "co-founder": "Dana Whitcombe"}


def test_a_titled_apposition_after_the_name_is_a_mention_of_the_person(nlp):
    found = descriptions(nlp, "Louis Marrow, the Kestrel chief executive, said the company expects cuts.")
    assert found == {"chief executive": "Louis Marrow"}
    found = descriptions(nlp, "Dana Whitcombe, founder of Kestrel, has chosen to step down from his post.")
    assert found == {"founder": "Dana Whitcombe"}


def test_a_bare_title_before_a_name_stays_part_of_the_name(nlp):
    assert descriptions(nlp, "President Dana Whitcombe said the plant would close.") == {}
    assert descriptions(nlp, "Chief executive Tom Hale said in a statement that orders were up.") == {}


def test_the_description_is_evidence_of_the_person(nlp):
    text = "Kestrel CEO Dana Whitcombe said the plant would close. Whitcombe spoke in Elmford."
    mentions = ActorExtractor()(nlp(text), Article("a.txt", text))
    actors, actor_of = Resolver().resolve_actors([ArticleExtraction(Article("a.txt", text), entities=mentions)])
    ceo = next(m for m in mentions if text[m.span.start:m.span.end] == "CEO")
    name = next(m for m in mentions if m.name == "Dana Whitcombe")
    assert actor_of[("a.txt", ceo.key)] == actor_of[("a.txt", name.key)]
    actor = next(a for a in actors if a.key == actor_of[("a.txt", name.key)])
    assert ceo.span in {e.span for e in actor.evidence}


def test_chief_executive_officer_is_a_business_title_of_its_own():
    info = Gazetteer.load().title("Chief Executive Officer")
    assert (info.title, info.sector, info.office) == ("chief executive officer", "BUS", True)
    info = Gazetteer.load().title("chief executive")
    assert (info.title, info.sector, info.office) == ("chief executive", "BUS", True)
