"""'Ferro shot three men, Ilsa Marrow, Dina Kell and Abe Tosh' had only the group as target: a
list of names in apposition to a plural noun of people names its members, each of them shot.
And a name the parser hung on a subject from after the subject's verb ('Ferro is suspected of
killing Ned Voss, 38, and wounding Ilsa Marrow, 28; Dina Kell, 20') made the wounded the killers:
an apposition stands beside its noun, not after the noun's verb."""

from described_people_helpers import resolved


def _roles(found, label, kind):
    (event,) = [e for e in found.events if e.type == kind]
    return {label[a] for a in event.agents}, {label[t] for t in event.targets}


def test_each_name_in_apposition_to_a_count_of_people_is_a_target(nlp):
    found, label = resolved(nlp, "Ray Ferro shot three men, Ilsa Marrow, Dina Kell and Abe Tosh, on Friday.")
    agents, targets = _roles(found, label, "Shooting")
    assert agents == {"Ray Ferro"}
    assert {"Ilsa Marrow", "Dina Kell", "Abe Tosh"} <= targets


def test_the_wounded_listed_after_the_verb_are_no_agents(nlp):
    found, label = resolved(nlp, "Ray Ferro is suspected of killing Ned Voss, 38, and wounding three other people, "
                                 "Ilsa Marrow, 28; Dina Kell, 20; and Abe Tosh, 30.")
    agents, targets = _roles(found, label, "Kill")
    assert agents == {"Ray Ferro"}
    assert targets == {"Ned Voss"}
