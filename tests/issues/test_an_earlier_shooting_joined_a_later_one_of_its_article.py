"""An article told of "a fugitive wanted in a shooting" (an earlier shooting, set apart by the
extractor) and, a sentence later, of the fugitive firing at the police; the earlier shooting
joined the firing's node, because a bare mention set apart from its like was kept only from the
nodes its article had told of *before* it (issue 15, sixth audit's class, written as invented
mentions). Once its article has told of a happening with a participant, place or date, a bare
mention set apart joins no node holding a mention of its own article (``_set_apart``); in a
headline ("Town hit by another heist") it still may."""

from kg.model import GROUP, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

POLICE = "group/police"
ACTORS = [Actor(key=POLICE, label="police", kind=GROUP, sector="COP")]


def shootings(text: str, bare: str, firing: str, arrest: str | None = None) -> list:
    """The bare set-apart mention ``bare``, the firing at the police ``firing`` and the arrest of a
    man by the police ``arrest`` of ``text``: its shootings."""
    def mention(key: str, word: str, **more) -> EventMention:
        start = text.index(word)
        first = text.find(". ", 0, start)
        sentence = (first + 2, text.index(".", start) + 1) if first >= 0 else (0, text.index(".", start) + 1)
        return EventMention(key, "Shooting", Span(start, start + len(word), word),
                            Span(*sentence, text[sentence[0]:sentence[1]]), **more)

    mentions = [mention("v1", bare, distinct=True), mention("v2", firing, targets=["e1"])]
    if arrest:
        mentions.append(EventMention("v3", "Arrest", Span(text.index(arrest), text.index(arrest) + len(arrest), arrest),
                                     Span(0, text.index(".") + 1, text[:text.index(".") + 1]), agents=["e1"]))
    extraction = ArticleExtraction(Article("a", text), events=mentions)
    events, _ = merge_events([extraction], {("a", "e1"): POLICE}, ACTORS, story_of={"a": 0})
    return [event for event in events if event.type != "Arrest"]


def test_a_shooting_a_fugitive_is_wanted_in_is_not_his_firing_at_police():
    (firing,) = shootings("Police arrested a man at noon. They sought a fugitive wanted in a shooting. "
                          "He fired at police.", "shooting", "fired at", "arrested")
    assert firing.triggers == {"fired at"}


def test_another_shooting_in_a_headline_may_join_its_story():
    (shooting,) = shootings("Another shooting in town. A man fired at police.", "shooting", "fired at")
    assert shooting.triggers == {"shooting", "fired at"}
