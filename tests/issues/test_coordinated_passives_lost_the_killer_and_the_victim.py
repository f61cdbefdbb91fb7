"""In "Maria Lopez was shot and killed by Daniel Price", the "by" phrase hangs on "killed" and
the subject on "shot": the shooting had no shooter and the killing no victim. Coordinated
passives share both: the subject undergoes each verb, the "by" phrase does each."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse


def roles(nlp, text: str) -> dict[str, tuple[set[str], set[str]]]:
    """Trigger text → (names of its agents, names of its targets)."""
    article = clean(Article("a", text))
    (_, doc), = parse(nlp, [article])
    extraction = Extractor()(article, doc)
    name = {entity.key: entity.name for entity in extraction.entities}
    return {event.trigger.text: ({name[k] for k in event.agents}, {name[k] for k in event.targets})
            for event in extraction.events}


def test_shot_and_killed_by_someone_gives_both_verbs_the_killer_and_the_victim(nlp):
    found = roles(nlp, "Maria Lopez was shot and killed by Daniel Price on Sunday.")
    assert found["shot"] == ({"Daniel Price"}, {"Maria Lopez"})
    assert found["killed"] == ({"Daniel Price"}, {"Maria Lopez"})


def test_a_passive_with_no_by_phrase_still_has_no_agent(nlp):
    found = roles(nlp, "Maria Lopez was shot and killed on Sunday.")
    assert found["shot"] == (set(), {"Maria Lopez"}) and found["killed"] == (set(), {"Maria Lopez"})
