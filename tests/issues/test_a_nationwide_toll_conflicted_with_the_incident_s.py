"""A toll over a whole city or country was set against one shooting's toll: "across the country,
40 people were killed in shootings" against "three people were killed" at one mall. Both are
true; the scope words mark the wider figure (kg/data/figure_parts.yaml) and it conflicts with none."""

import json

from kg.pipeline.build import build

SHOOTING = {"id": "a", "title": "Gunman kills three at Millbrook mall", "date": "2021-03-06",
            "text": "A gunman opened fire at the Millbrook mall on Saturday, police said. Three people were killed "
                    "in the shooting. Police Chief Dana Reyes said the gunman fled."}


def conflicts(tmp_path, text):
    other = {"id": "b", "title": "Millbrook mall shooting", "date": "2021-03-06", "text": text}
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in (SHOOTING, other)), encoding="utf-8")
    return {(c.measure, c.value, tuple(c.articles)) for c in build([path]).resolved.claims if c.conflicts_with}


def test_a_nationwide_toll_does_not_contradict_one_shooting_s(tmp_path):
    assert conflicts(tmp_path, "A gunman opened fire at the Millbrook mall on Saturday, Police Chief Dana Reyes said. "
                               "Across the country, 40 people were killed in shootings.") == set()


def test_the_same_sentence_without_the_scope_words_conflicts(tmp_path):
    found = conflicts(tmp_path, "A gunman opened fire at the Millbrook mall on Saturday, Police Chief Dana Reyes said. "
                                "Forty people were killed in the shooting.")
    assert found == {("Killed", 3, ("a",)), ("Killed", 40, ("b",))}
