""""Russian warplanes struck the school" had an attack without its attacker: warplanes were no
group (only troops, soldiers and the like were), and "struck" was an attack only with a
projectile or troops as its subject. Military aircraft and warships are now aliases of the
armed forces (groups.yaml) and of the troops word class that makes "strike" an attack
(event_triggers.yaml): issue 15 asks for "forces standing for their state" such as
"government warplanes" as agents."""

from kg.extract import Extractor
from kg.model import GROUP, Article


def test_warplanes_that_struck_a_school_are_its_attackers(nlp):
    text = "Officials said Russian warplanes struck the school on Tuesday."
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    warplanes = [m for m in extraction.entities if m.name == "warplanes"]
    assert [m.kind for m in warplanes] == [GROUP]
    attack = next(e for e in extraction.events if e.trigger.text == "struck")
    assert attack.type == "Attack" and attack.agents == [warplanes[0].key]
