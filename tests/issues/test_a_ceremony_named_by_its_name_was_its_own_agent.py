""""The Harbor Film Awards honored the best films of the year" made the Harbor Film Awards the agent of
the ceremony its own name is, and that agent kept the ceremony apart from reports naming its
host. A trigger inside a name names the happening: the name is no one who does it or undergoes
it."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.ingest.metadata import infer_metadata
from kg.model import Article
from kg.nlp.parse import parse


def ceremony_roles(nlp, text):
    article = infer_metadata(clean(Article(source_id="a", text=text)))
    (_, doc), = parse(nlp, [article])
    extraction = Extractor()(article, doc)
    names = {e.key: e.name for e in extraction.entities}
    return [([names[k] for k in e.agents], [names[k] for k in e.targets]) for e in extraction.events if e.type == "Ceremony"]


def test_the_awards_are_not_the_agent_of_their_own_ceremony(nlp):
    assert ceremony_roles(nlp, "The Harbor Film Awards honored the best films of the year.") == [([], [])]


def test_the_host_of_the_awards_is_still_their_agent(nlp):
    assert ceremony_roles(nlp, "Dana Vole hosted the Harbor Film Awards in Riverton.") == [(["Dana Vole"], [])]
