"""On a 800,000-character article, extract_events spent 21 s asking, for each trigger, whether
another matched phrase holds it, 25 s asking whether a trigger above it asks for something, and
more finding the paragraph start between a subject and its verb: each scanned every trigger or
every paragraph per trigger. They now look up token indices or bisect the paragraph starts, and
must answer what the scans answered; checked on Docs with random trees, not timed."""

from hypothesis import given, settings, strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.events import (_CONTENT_OF, _Found, _asking, _is_content, _outside_other_phrases,
                               _paragraph_starts, _within_paragraph)
from kg.knowledge.event_classes import plover_category

VOCAB = Vocab()
WORDS = ["Police", "said", "\n\n", "protesters", "asked", "for", "talks", "\n", "."]
TYPES = ["Request", "Agree", "Protest", "Assault", "Reject", "Threaten", "Die"]


@st.composite
def docs(draw, max_size=30):
    """A Doc of random words whose tree hangs every word on an earlier one (so it is a tree)."""
    size = draw(st.integers(1, max_size))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=size, max_size=size))
    heads = [0] + [draw(st.integers(0, i - 1)) for i in range(1, size)]
    deps = ["ROOT"] + draw(st.lists(st.sampled_from(["nsubj", "dobj", "prep", "ccomp", "conj", "pobj", "xcomp"]),
                                    min_size=size - 1, max_size=size - 1))
    spaces = [not word.isspace() for word in words]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps)


@st.composite
def triggers(draw):
    doc = draw(docs())
    found = []
    for i in draw(st.lists(st.integers(0, len(doc) - 1), max_size=8, unique=True)):
        rest = draw(st.lists(st.integers(0, len(doc) - 1), max_size=3))
        found.append(_Found(doc[i], None, [doc[i]] + [doc[j] for j in rest], draw(st.sampled_from(TYPES))))
    return doc, found


@settings(max_examples=200, deadline=None)
@given(triggers())
def test_the_triggers_inside_other_phrases_are_those_a_scan_of_every_phrase_finds(case):
    _, found = case
    scanned = [item for item in found if not any(item.token in other.matched[1:] for other in found if other is not item)]
    assert _outside_other_phrases(found) == scanned


@settings(max_examples=200, deadline=None)
@given(triggers())
def test_a_trigger_is_content_exactly_when_a_scan_of_every_trigger_says_so(case):
    _, found = case
    asking = _asking(found)
    for item in found:
        token, scanned = item.token, False
        for _ in range(3):
            if token.head == token or token.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
                break
            token = token.head
            if any(other.token == token and plover_category(other.type) in _CONTENT_OF for other in found):
                scanned = True
                break
        assert _is_content(item, asking) == scanned


@settings(max_examples=200, deadline=None)
@given(docs(), st.data())
def test_the_subject_within_the_verbs_paragraph_is_the_one_a_scan_of_every_paragraph_finds(doc, data):
    subject = doc[data.draw(st.integers(0, len(doc) - 1))]
    verb = doc[data.draw(st.integers(0, len(doc) - 1))]
    if subject.i > verb.i:
        expected = subject
    else:
        breaks = [i for i in _paragraph_starts(doc) if subject.i < i <= verb.i]
        inside = [t for t in subject.subtree if breaks and breaks[-1] <= t.i < verb.i and not t.is_space
                  and t.pos_ != "PUNCT"]
        expected = subject if not breaks else min(inside, key=lambda t: (sum(1 for _ in t.ancestors), t.i), default=None)
    assert _within_paragraph(subject, verb) == expected
