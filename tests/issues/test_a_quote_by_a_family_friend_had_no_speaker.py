"""'"He loved basketball," a family friend said' gave a quote with no speaker: the friend is
described, not named. The speaker is now the described person, and never a person the article
names."""

from described_people_helpers import resolved


def test_the_family_friend_is_the_speaker(nlp):
    found, label = resolved(nlp, "Tom Hale was shot outside his home in Millbrook on Friday. "
                                 '"He loved basketball and his little sister," a family friend said.')
    [quote] = found.quotes
    assert label[quote.speaker] == "a family friend"
