"""A town's police under the generic label: "Police say…" in a story datelined in a town, or in a
story that names one town only, gave 'security forces' with no town, so that town's force was one
node with every other story's police. The bare word is that town's police when the text says
which town; it stays generic when the text names no town or several."""

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups(nlp, text):
    return [(m.span.text, m.name, m.country) for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if m.kind == GROUP]


def test_police_of_a_story_datelined_in_a_town_are_the_town_s(nlp):
    text = "TOLEDO, Ohio (AP) — Police say a 7-year-old boy was wounded on Tuesday."
    assert groups(nlp, text) == [("Police", "Toledo police", "USA")]


def test_police_of_a_story_that_names_one_town_are_the_town_s(nlp):
    text = "A Dayton teen was charged on Monday with the shooting, and police filed more charges."
    assert groups(nlp, text) == [("police", "Dayton police", "USA")]


def test_police_of_a_story_that_names_two_towns_stay_generic(nlp):
    text = "A Dayton teen was shot in Toledo on Monday, and police filed charges."
    assert [name for _, name, _ in groups(nlp, text)] == ["police"]
