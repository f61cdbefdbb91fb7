"""A description after "as" became someone new: "Hale described her as a dear friend" gave a
described person 'a dear friend' (issue 14 audit), joined to the speaker; "worked as a nurse"
gave a group of medics. A noun after "as" on a verb describes someone the sentence already has
(kg.extract.descriptions.as_description), like the complement of "be": no described person,
no group; a role noun there is a description of the subject. Invented names."""

from kg.extract import Extractor
from kg.model import GROUP, Article
from kg.resolve.actors import Resolver


def build(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, _ = Resolver().resolve_actors([extraction])
    return extraction, actors


def test_a_dear_friend_after_described_as_is_no_one_new(nlp):
    extraction, actors = build(nlp, "Jane Marlow died on Sunday at 54. "
                                    "Tom Hale described her as a dear friend and a generous neighbour.")
    assert not [m for m in extraction.entities if m.described]
    assert all("friend" not in (extraction.article.text[e.span.start:e.span.end]) for a in actors for e in a.evidence)


def test_worked_as_a_nurse_is_no_group(nlp):
    _, actors = build(nlp, "Tom Hale worked as a nurse in Elmford for ten years.")
    assert not [a for a in actors if a.kind == GROUP]
