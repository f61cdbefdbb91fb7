""""I" and "my" in a person's quote were no mention of anyone: the actor extractor keeps third-
person pronouns only, so in 'Dana Vole said: "I have always said my job was hard."' the graph
had the quote's speaker but no evidence that "I" is Dana Vole (MEANTIME marks every such
pronoun as a mention of the speaker: issue 14's pronoun misses). Now each first-person pronoun
of a named person's quote is a pronoun mention that refers to the speaker and joins their
actor; a described speaker's quote gives none."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver


def build(nlp, text):
    article = Article("a.txt", text)
    extraction = Extractor()(article, nlp(text))
    actors, actor_of = Resolver().resolve_actors([extraction])
    return extraction.entities, actors, actor_of


def test_i_and_my_in_a_named_person_s_quote_are_the_speaker(nlp):
    text = 'Dana Vole left Kestrel on Monday. "I have always said that my job was hard," Vole said.'
    entities, actors, actor_of = build(nlp, text)
    vole = next(m for m in entities if m.name == "Dana Vole")
    first = [m for m in entities if m.name in ("I", "my")]
    assert [text[m.span.start:m.span.end] for m in first] == ["I", "my"]
    assert all(actor_of[("a.txt", m.key)] == actor_of[("a.txt", vole.key)] for m in first)
    actor = next(a for a in actors if a.key == actor_of[("a.txt", vole.key)])
    assert {m.span for m in first} <= {e.span for e in actor.evidence}
    assert "I" not in actor.alt_labels


def test_a_described_speaker_s_i_stays_unknown(nlp):
    text = 'A Kestrel spokesman said: "I cannot comment on my colleagues."'
    entities, _, _ = build(nlp, text)
    assert not [m for m in entities if m.name in ("I", "my")]
