"""Which of several people of one article a shorter name they share stands for.

"Dana Cole … Her husband Marcus Cole … Their son Jaylen Cole died. Cole's friends told
deputies that he shot himself": "Cole" is one of three people of its article. A reader takes
the nearest full name before it that fits it: one whose gender is not the other one than the
surname's (its title, "Mrs Cole", ``EntityMention.gender``; the pronouns syntax binds to it,
``EntityMention.antecedent``), and whom the article's events do not put only on the other side
of a harm (``kg.resolve.event_sides``: "Cole was charged" is not the Cole who was shot). When no
such name comes before it, the one person of the article who fits it, if there is one; else
nothing decides and the surname stays its own mention, rather than joining a wrong person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from kg.model import PRONOUN_GENDER
from kg.resolve.clusters import ActorKey, Clustering, MentionRef

Choice = list[ActorKey]  # the keys of one person's longer names (kg.resolve.name_rules.People)


class SharedSurnames:
    """Chooses among the people of an article that a short name may be (see the module)."""

    def __init__(self, c: Clustering, refs_of: Mapping[ActorKey, Sequence[MentionRef]],
                 sides: Mapping[MentionRef, set[str]]) -> None:
        self.c = c
        self.sides = sides
        # (key, article) → the key's mentions there: a choice's mentions are looked at in the
        # surname's article only, not over every article of a person named across the corpus
        self.refs_in: dict[tuple[ActorKey, str], list[MentionRef]] = defaultdict(list)
        for key, refs in refs_of.items():
            for ref in refs:
                self.refs_in[key, ref[0]].append(ref)
        # mention → the genders of the pronouns whose syntax antecedent it is ("Cole … he")
        self.bound: dict[MentionRef, Counter] = defaultdict(Counter)
        for ref, m in c.mentions.items():
            if m.pronoun and m.antecedent and m.name.lower() in PRONOUN_GENDER:
                self.bound[(ref[0], m.antecedent)][PRONOUN_GENDER[m.name.lower()]] += 1

    def _gender(self, refs: Sequence[MentionRef]) -> str | None:
        """ "m" or "f": what the nouns next to the mentions say, else what the pronouns bound to
        them say at least two to one; None when nothing or both are said."""
        nouns = {self.c.mentions[ref].gender for ref in refs} - {None}
        if len(nouns) == 1:
            return nouns.pop()
        if nouns:
            return None
        said = sum((self.bound.get(ref, Counter()) for ref in refs), Counter())
        if not said:
            return None
        top, count = said.most_common(1)[0]
        return top if count >= 2 * (said.total() - count) else None

    def _fits(self, ref: MentionRef, gender: str | None, refs: Sequence[MentionRef]) -> bool:
        other = self._gender(refs)
        if gender and other and gender != other:
            return False
        mine = self.sides.get(ref, set())
        theirs = set().union(*(self.sides.get(r, set()) for r in refs))
        return not (mine and theirs and not mine & theirs)

    def choose(self, ref: MentionRef, here: list[Choice]) -> Choice | None:
        """Of the people ``here`` (each named in the article of ``ref``), the one ``ref`` stands
        for, or None."""
        sid, start = ref[0], self.c.mentions[ref].span.start
        gender = self._gender([ref])
        fitting = []
        for choice in here:
            refs = [r for k in choice for r in self.refs_in.get((k, sid), ())]
            if self._fits(ref, gender, refs):
                before = [self.c.mentions[r].span.start for r in refs if self.c.mentions[r].span.start < start]
                fitting.append((max(before, default=-1), choice))
        if not fitting:
            return None
        nearest = max(fitting, key=lambda found: found[0])
        if nearest[0] >= 0 and sum(1 for at, _ in fitting if at == nearest[0]) == 1:
            return nearest[1]
        return fitting[0][1] if len(fitting) == 1 else None
