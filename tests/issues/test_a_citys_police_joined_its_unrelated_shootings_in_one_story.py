"""Two shootings of one city, reported by articles that each name the city's police force once and
then call it "police" again and again, became one story: the bare "police" joined the force's
node, every such word counted as a mention of its name, and the force, which the city's unrelated
shootings share, outweighed each story's own people and streets; their events could then merge
across the two incidents (GVA dev: merge precision 0.926 -> 0.889). Only mentions that are
themselves names count for grouping articles into stories (issue 15 item 2)."""

from tests.described_people_helpers import resolved

FIRST = ("Elmford Police said Ann Vole, Carl Dunmore and Tess Harlan were shot on Kestrel Road near "
         "Varden Park on Monday. Police said the shooter fled. Police found a car. Police asked for help. "
         "Police said police would patrol the area. Police thanked residents.")
SECOND = ("Elmford Police said Ben Rusk, Ida Marlowe and Joel Tenby were stabbed on Quarry Lane near "
          "Ashcombe Market on Friday. Police said a suspect fled. Police found a knife. Police asked for "
          "tips. Police said police would patrol the market. Police thanked witnesses.")


def test_two_shootings_a_citys_police_reports_are_two_stories(nlp):
    found, _ = resolved(nlp, FIRST, SECOND)
    assert len(found.stories) == 2
