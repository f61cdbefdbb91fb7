"""'the four people found shot to death' gave no Killed claim: the parser hangs the counted
people on "found", a verb of no measure, and the death is in the participle after it (the fresh
hand audit of issue 14, docs/audits/attribution-dev-fresh.md). The participle a verb governs
("found … shot to death", "left … shot dead") now reads the figure too."""

from kg.extract import Extractor
from kg.model import Article


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in Extractor()(Article("a.txt", text), nlp(text)).claims]


def test_people_found_shot_to_death_are_killed(nlp):
    assert claims(nlp, "Deputies said the three men found shot to death had been missing.") == [("Killed", 3)]


def test_people_found_alive_are_no_figure(nlp):
    assert claims(nlp, "Deputies said the three men found hiding in a barn were unharmed.") == []
