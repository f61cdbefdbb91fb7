"""'The victim' joined a deputy chief: in "A man was shot and killed on Friday. Deputy Chief Arlen
Voss said the victim might be 16 years old.", the role description went to the person the article
names most, the one who speaks, and a claim could make him the dead. A person the article's events
do not harm and who speaks (the agent of a statement, the speaker of a quote) is not the victim;
"the victim" is then the described man the events harm."""

from described_people_helpers import mentions_of, resolved



def test_the_victim_is_the_man_shot_not_the_deputy_chief(nlp):
    found, _ = resolved(nlp, "A man was shot and killed in Northbrook on Friday. Deputy Chief Arlen Voss said the "
                             "victim might be 16 years old. The victim was found on Pine Street. Voss said police "
                             "are looking for witnesses.")
    assert "victim" not in mentions_of(found, "Arlen Voss")
    assert mentions_of(found, "a man").count("victim") == 2


def test_a_named_victim_who_is_harmed_keeps_the_role(nlp):
    found, _ = resolved(nlp, "Nora Quill was shot on Friday in Northbrook. Quill was taken to a hospital. "
                             "Deputy Chief Arlen Voss said the victim was expected to survive.")
    assert "victim" not in mentions_of(found, "Arlen Voss")
