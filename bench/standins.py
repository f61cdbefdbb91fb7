"""Stand-in actor mentions for the benchmarks and tests that run an extractor without the actor extractor.

``ner_mentions`` gives spaCy's named entities plus personal pronouns, so the
quote extractor can be scored on PolNeAR (``eval_polnear.py``) and tested on
its own (``tests/test_quotes.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.quotes import COLLECTIVE_PRONOUNS, PERSON_PRONOUNS
from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, Article, EntityMention
from kg.nlp.parse import span_of

NER_KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": COUNTRY, "NORP": GROUP}


def ner_mentions(doc: Doc, article: Article) -> list[EntityMention]:
    """Mentions straight from spaCy's named entities plus personal pronouns.

    A stand-in for the actor extractor where it has not run: PERSON → Person, ORG → Organization, GPE → Country,
    NORP → Group; third-person pronouns as ``pronoun=True`` mentions.
    """
    mentions = [
        EntityMention(key="", span=span_of(ent, article.text), name=ent.text, kind=NER_KINDS[ent.label_])
        for ent in doc.ents
        if ent.label_ in NER_KINDS
    ]
    for token in doc:
        word = token.lower_
        if token.pos_ == "PRON" and word in PERSON_PRONOUNS | COLLECTIVE_PRONOUNS:
            kind = PERSON if word in PERSON_PRONOUNS else ORGANIZATION
            mentions.append(
                EntityMention(key="", span=span_of(token, article.text), name=token.text, kind=kind, nominal=True, pronoun=True)
            )
    mentions.sort(key=lambda m: m.span)
    for number, mention in enumerate(mentions, start=1):
        mention.key = f"e{number}"
    return mentions
