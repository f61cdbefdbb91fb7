"""A video player's prompt left in the page text ("Please enable Javascript to watch this
video") gave a Person 'Javascript', who took the pronouns of the story's boy: the prompt is
boilerplate (kg/data/boilerplate.yaml), masked before extraction."""

from kg.ingest.clean import clean
from kg.model import Article


def test_the_script_prompt_is_masked_and_the_story_kept():
    text = "Please enable Javascript to watch this video\nA boy, 4, shot himself in Elmford on Monday."
    masked = clean(Article("a.txt", text)).masked
    assert "Javascript" not in masked
    assert "A boy, 4, shot himself in Elmford on Monday." in masked


def test_a_sentence_about_scripts_is_kept():
    text = "Kestrel said users must enable JavaScript to use the new site, a spokesman said."
    assert clean(Article("a.txt", text)).masked == text
