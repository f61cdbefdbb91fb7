"""A sheriff's office the article names and its "police" were two actors (GVA dev, eighth hand
audit): "Police said" became generic 'security forces' beside "the Varden County Sheriff's
Office", where an article naming "Elmford Police" has its "police" join that force. An office
named after a police title (titles.yaml, sector COP) is a force too, and its generic words take
its kind."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article
from kg.resolve.actors import Resolver


def test_the_police_of_an_article_naming_a_sheriff_s_office_is_that_office(nlp):
    text = ("The Varden County Sheriff's Office said one woman was found dead in a car. "
            "Police closed off the road. Police said they had no suspect.")
    actors, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    police = [a for a in actors if any(e.span.text == "Police" for e in a.evidence)]
    assert [(a.label, a.kind) for a in police] == [("Varden County Sheriff's Office", ORGANIZATION)]
