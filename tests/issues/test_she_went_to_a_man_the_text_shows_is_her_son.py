"""'She' went to the wrong person: in "Mrs Ada Lark waited at home while her son Kim Lark
walked to the party. Kim Lark was hit in the leg. She said…", the subject of the sentence
before is Kim Lark, whom the text calls her son, and "She" went to him. A noun next to a name
("Mrs", "her son", "the boy's mother": ``kg/data/gendered_nouns.yaml``) shows the person's
gender, and a pronoun of the other gender does not refer to them."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver

TEXT = ("Mrs Ada Lark waited at home while her son Kim Lark walked to the party. "
        "Kim Lark was hit in the leg. She said a friend called her at midnight.")


def test_she_is_the_mother_not_the_son_named_before(nlp):
    extraction = Extractor()(Article("a.txt", TEXT), nlp(TEXT))
    _, actor_of = Resolver().resolve_actors([extraction])
    actor = {m.span.start: actor_of.get(("a.txt", m.key)) for m in extraction.entities}
    assert actor[TEXT.index("She said")] == actor[TEXT.index("Ada Lark")]
    assert actor[TEXT.index("She said")] != actor[TEXT.index("Kim Lark was")]
