"""Two weekend round-ups of one city's shootings were set against each other: "Of those
homicides, five people were killed within a three-hour period" against "nine people were killed
in city shootings" (another stretch of days). Neither counts one incident's dead: a figure whose
verb has a partitive before it, or whose people were killed "in shootings" (several incidents),
is a part or a round-up (``ClaimMention.part``) and conflicts with none."""

import json

from kg.pipeline.build import build

FIRST = {"id": "a", "title": "Weekend shootings in Millbrook", "date": "2021-03-07",
         "text": "A 19-year-old man was shot in a car on Jackson Avenue in Millbrook early Sunday, police said. "
                 "Police Chief Dana Reyes said the shooting was gang-related. "
                 "The man was one of 10 people shot dead in Millbrook since Saturday. "
                 "{}"}
SECOND = {"id": "b", "title": "Millbrook weekend shootings", "date": "2021-03-07",
          "text": "A 19-year-old man was shot in a car on Jackson Avenue in Millbrook early Sunday, Police Chief "
                  "Dana Reyes said. {}"}


def conflicts(tmp_path, first, second):
    path = tmp_path / "news.jsonl"
    articles = [dict(FIRST, text=FIRST["text"].format(first)), dict(SECOND, text=SECOND["text"].format(second))]
    path.write_text("".join(json.dumps(article) + "\n" for article in articles), encoding="utf-8")
    return {(c.measure, int(c.value)) for c in build([path]).resolved.claims if c.conflicts_with}


def test_a_part_and_a_round_up_of_other_days_do_not_conflict(tmp_path):
    assert conflicts(tmp_path, "Of those homicides, five people were killed within a three-hour period.",
                     "In another violent stretch, nine people were killed in city shootings.") == set()


def test_two_tolls_of_the_one_shooting_still_conflict(tmp_path):
    assert conflicts(tmp_path, "Five people were killed within a three-hour period.",
                     "Nine people were killed in the shooting.") == {("Killed", 5), ("Killed", 9)}


def test_each_marks_its_figure_a_part(nlp):
    from attribution_helpers import extraction

    def parts(text):
        return [(c.measure, int(c.value), c.part) for c in extraction(nlp, text)[0].claims]

    assert parts("Of those homicides, five people were killed within a three-hour period.") == [("Killed", 5, "of")]
    assert parts("Nine people were killed in city shootings on Monday.") == [("Killed", 9, "in shootings")]
    assert parts("Nine people were killed in the shooting on Monday.") == [("Killed", 9, None)]
