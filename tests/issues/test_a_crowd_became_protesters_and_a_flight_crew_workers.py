"""Generic labels said more than the text (eighth hand audit): the crowd of a block party was
'protesters' and an airliner's "flight crew of six" was 'workers'. A crowd is a crowd, whatever
brought it together, and a crew is those who work one vessel or aircraft (kg/data/groups.yaml)."""

from kg.knowledge.groups import group


def test_a_crowd_is_no_protest(nlp):
    assert group("crowd").label == "crowds"
    assert group("crowd").sector == "CVL"
    assert group("demonstrators").label == "protesters"


def test_a_flight_crew_is_a_crew(nlp):
    assert group("flight crew").label == "crew"
    assert group("crew members").label == "crew"
    assert group("employees").label == "workers"
