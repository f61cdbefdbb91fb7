"""A person's name that modifies a noun of a body formed around them: "the Hale administration",
"the Hale campaign", "the Hale team".

The body is an organisation, not the person: in "the Hale administration said", it is the
administration that says. A named mention followed right away by such a noun
(``kg/data/person_bodies.yaml``) that it modifies, in the singular, becomes an Organization
mention of the name and the noun, keeping its key (events and claims that point at it point at
the body); a person's mention that ends with such a noun (the tagger took it into the name)
becomes the body too. The name must be a person's: read as a person, or the surname of a person the
article names ("President Tom Hale … the Hale administration"), so that "the Ostrava
team" stays a mention of the place; the nouns of ``any_name`` ("administration") make a body
of any name but a country's, a person's whatever the tagger made of it ("the Hale
administration" with "Hale" read as a place) or a city's ("the Ostrava administration").
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from kg.knowledge.resources import data_yaml
from kg.model import COUNTRY, ORGANIZATION, PERSON, Article, EntityMention
from kg.nlp.parse import char_span

_BODIES = frozenset(data_yaml("person_bodies.yaml")["bodies"])
_ANY_NAME = frozenset(data_yaml("person_bodies.yaml")["any_name"])


def person_bodies(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """``entities`` with each person's name that modifies a body noun made the body (same order,
    same keys)."""
    surnames = {m.name.split()[-1] for m in entities
                if m.kind == PERSON and not (m.nominal or m.pronoun) and m.name.split()}
    out = []
    for m in entities:
        body = None
        words = m.span.text.split()
        if m.nominal or m.pronoun or not words:
            pass
        elif m.kind == PERSON and len(words) > 1 and words[-1].lower() in _BODIES:
            # the tagger took the noun into the person's name ("Hale administration")
            body = _body(m, m.span.end, article)
        elif m.kind != COUNTRY:
            person = m.kind == PERSON or m.name.split()[-1] in surnames
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            noun = doc[span.end] if span is not None and len(span) and span.end < len(doc) else None
            if noun is not None and noun.tag_ == "NN" and noun.lower_ in (_BODIES if person else _ANY_NAME) \
                    and span[-1].head.i == noun.i and span[-1].dep_ in ("compound", "nmod", "amod"):
                body = _body(m, noun.idx + len(noun.text), article)
        out.append(body or m)
    return out


def _body(m: EntityMention, end: int, article: Article) -> EntityMention:
    """The mention as the body it names, from its start to ``end``, named as written (the noun in
    lower case: "Hale Administration" and "Hale administration" are one body)."""
    written = article.text[m.span.start:end].split()
    return dataclasses.replace(m, span=char_span(m.span.start, end, article.text),
                               name=" ".join(written[:-1] + [written[-1].lower()]), kind=ORGANIZATION,
                               votes={ORGANIZATION: 1.0}, title=None, gender=None, country=None, sector=None)
