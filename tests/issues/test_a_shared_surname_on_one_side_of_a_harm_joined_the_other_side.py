"""A surname two people of an article share went to the nearest one named before it even when
the article's events put them on opposite sides of a harm: in "Deputies arrested Pat Cole. They
said he shot his cousin Eli Cole. Cole was charged with murder", the charged Cole is not the
cousin shot, though the cousin is named last. And when neither fits, nothing decides: the
surname is no one's rather than a guess (kg.resolve.shared_surnames, on the mentions the
resolver would hold: the tagger reads such bare surnames inconsistently)."""

from kg.model import PERSON, EntityMention, Span
from kg.resolve.clusters import ActorKey, Clustering
from kg.resolve.event_sides import ACCUSED, HARMED
from kg.resolve.shared_surnames import SharedSurnames

TEXT = ("Deputies arrested Pat Cole. They said he shot his cousin Eli Cole. "
        "Cole was charged with murder.")


def _mention(key: str, name: str, start: int) -> EntityMention:
    return EntityMention(key=key, span=Span(start, start + len(name), name), name=name, kind=PERSON)


def _surnames(sides):
    pat, eli = TEXT.index("Pat Cole"), TEXT.index("Eli Cole")
    bare = TEXT.index("Cole was")
    mentions = {("a", "e0"): _mention("e0", "Pat Cole", pat), ("a", "e1"): _mention("e1", "Eli Cole", eli),
                ("a", "e2"): _mention("e2", "Cole", bare)}
    keys = {("a", "e0"): ActorKey("name", "pat cole"), ("a", "e1"): ActorKey("name", "eli cole"),
            ("a", "e2"): ActorKey("name", "cole")}
    c = Clustering(mentions, keys, {"a": 0}, {}, None)
    refs_of = {key: [ref] for ref, key in keys.items()}
    return SharedSurnames(c, refs_of, sides), [[keys["a", "e0"]], [keys["a", "e1"]]]


def test_the_charged_surname_is_not_the_cousin_shot_named_last():
    shared, people = _surnames({("a", "e0"): {ACCUSED}, ("a", "e1"): {HARMED}, ("a", "e2"): {ACCUSED}})
    assert shared.choose(("a", "e2"), people) == [ActorKey("name", "pat cole")]


def test_with_no_side_known_the_nearest_before_is_taken():
    shared, people = _surnames({})
    assert shared.choose(("a", "e2"), people) == [ActorKey("name", "eli cole")]


def test_a_surname_on_a_side_neither_is_on_is_no_one_s():
    shared, people = _surnames({("a", "e0"): {HARMED}, ("a", "e1"): {HARMED}, ("a", "e2"): {ACCUSED}})
    assert shared.choose(("a", "e2"), people) is None
