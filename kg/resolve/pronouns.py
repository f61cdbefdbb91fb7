"""Mentions that name nobody join the actor they stand for.

- office-holder descriptions ("the president") → the person the articles
  name with that title, unless ambiguous;
- "I" and "my" in a named person's quote → that person (``kg.extract.first_person``), "their"
  after "users" → that group (``kg.extract.group_pronouns``);
- pronouns → the person syntax makes their antecedent (the subject of their
  clause, of the clause theirs depends on, or of the sentence before: "Tam
  Bakewell, rumored to be John Doe, has died. He was 81." is Tam Bakewell) unless a
  noun next to that person's name shows the other gender ("Mrs Lark", "her
  son Kim Lark": ``kg.extract.genders``), else the person of their gender
  named last before them in their article (one whose gender the words before
  them show first), else the person it names most;
- role descriptions ("the gunman") → the person of the role's sector in their
  article, else the person it names most (not one of another sector), unless their
  sentence names the person ("Marek is the accused gunman", ``kg.extract.descriptions``)
  or a sentence close by ties the same noun to one ("The lawyer, Mark Jadd, said"); a
  role of one side of a harm ("the victim", "the suspect") is the one person the
  article's events put on that side, and never one they put only on the other
  (``kg.resolve.event_sides``); "the victim" is neither one who speaks and whom they
  do not harm ("Deputy Chief Ann Roe said the victim…").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict

from kg.model import PERSON, PRONOUN_GENDER, EntityMention
from kg.resolve.clusters import Clustering, MentionRef
from kg.resolve.event_sides import ACCUSED, HARMED, people_by_side, role_sides

# How far back (in characters) a pronoun looks for its person before falling back on the
# person the article names most (a few sentences).
_PRONOUN_REACH = 600

Clusters = dict[MentionRef, list[MentionRef]]  # root → its mentions
Root = MentionRef  # the mention that stands for a cluster (its union-find root)


def _genders(said: dict) -> dict:
    """root → "m" or "f" where the pronouns said of it are at least two to one of that gender."""
    return {root: c.most_common(1)[0][0] for root, c in said.items()
            if c and c.most_common(1)[0][1] >= 2 * (c.total() - c.most_common(1)[0][1])}


def is_role(m: EntityMention) -> bool:
    """A person described by their role ("the gunman"), not by an office ("the president"),
    nor a spokesperson (someone else than whom they speak for: kg.resolve.spokespeople)."""
    return m.nominal and not m.pronoun and m.kind == PERSON and m.title is None and m.speaks_for is None


def office_holders(c: Clustering, clusters: Clusters) -> None:
    """ "the president" → the person the articles name with that title: the one its own
    sentence names ("CEO, Daniel O' Brannagh,"), else the one in the same
    article if unique, else the one of the description's country or of the main country.
    Adds each description to its holder's cluster."""
    holders: dict[str, list] = defaultdict(list)  # title → [(root, country, source_id)]
    for root, refs in clusters.items():
        for ref in refs:
            m = c.mentions[ref]
            if m.kind == PERSON and m.title and not m.nominal:
                holders[m.title].append((root, m.country, ref[0]))
    root_of = {ref: root for root, refs in clusters.items() for ref in refs}
    for ref, m in sorted(c.mentions.items()):
        if not (m.nominal and m.kind == PERSON and not m.pronoun and m.title):
            continue
        named = root_of.get((ref[0], m.refers_to)) if m.refers_to else None
        if named is not None:
            # "Skyline CEO, Daniel O' Brannagh,": the sentence names the holder
            # (kg.extract.descriptions); another article's CEO is someone else.
            clusters[named].append(ref)
            continue
        candidates = holders.get(m.title, [])
        if m.country:
            candidates = [h for h in candidates if h[1] in (m.country, None)]
        roots = {h[0] for h in candidates}
        if len(roots) > 1:
            same_article = {h[0] for h in candidates if h[2] == ref[0]}
            by_country = {h[0] for h in candidates if h[1] == c.main_country}
            roots = same_article if len(same_article) == 1 else by_country
        if len(roots) == 1:
            clusters[next(iter(roots))].append(ref)


def _said_at(first_said: dict, root, sid: str, start: int) -> None:
    """Note that article ``sid`` shows the person's gender at ``start`` (the first offset kept)."""
    known = first_said.setdefault(root, {})
    known[sid] = min(known.get(sid, start), start)


def _pronoun_genders(c: Clustering, in_article: dict[str, list], root_of: dict, people: set,
                     first_said: dict | None = None) -> tuple[dict, dict]:
    """(root → gender the pronouns alone with it give, root → Counter of the genders said of it
    or bound to it by syntax). "Lena Ashcombe checked in; she…" makes Lena Ashcombe "she" for the whole
    cluster, so that "…her rep Colm Brackwith said he… she…" can skip the rep."""
    mentions = c.mentions
    said: dict = defaultdict(Counter)  # root → Counter of genders of the pronouns alone with it
    # The same, where a pronoun syntax binds to a name counts for that name instead ("Baker
    # announced his plan": Baker is "he"): to check a syntax antecedent, not to rank the others.
    said_or_bound: dict = defaultdict(Counter)
    for items in in_article.values():
        starts = [s for s, _ in items]
        for i, (start, ref) in enumerate(items):
            if not mentions[ref].pronoun or mentions[ref].name.lower() not in PRONOUN_GENDER:
                continue
            word = PRONOUN_GENDER[mentions[ref].name.lower()]
            near = {root_of[r] for s, r in items[_reach(starts, start):i] if r in root_of}
            alone = near.pop() if len(near) == 1 else None
            if alone is not None:
                said[alone][word] += 1
            bound = _bound_name(ref, mentions, root_of)
            if first_said is not None:
                for root in {alone, bound if bound in people else None} - {None}:
                    _said_at(first_said, root, ref[0], start)
            if bound in people or alone is not None:
                said_or_bound[bound if bound in people else alone][word] += 1
    return _genders(said), said_or_bound


def antecedents(c: Clustering, clusters: Clusters, root_of: dict[MentionRef, Root],
                sides: dict[MentionRef, set[str]] | None = None,
                speaking: set[MentionRef] = frozenset()) -> dict[MentionRef, Root]:
    """he/she → the person they stand for: the person syntax names (``EntityMention.antecedent``:
    the subject of their clause, of the clause theirs depends on or of the sentence before)
    unless a noun next to that person's name ("Mrs Vole", "her mother Ann Vole") or the
    article's other pronouns make that person the other gender; else the most
    recent person of their gender before them in the article (within a few sentences), one
    whose gender is known first, else the person the article names most. Role descriptions
    ("the gunman"): see ``_role_antecedent``.

    Only actors whose mentions vote Person are candidates, so a name NER took for a person
    in one article ("Ashdown Fire") does not catch pronouns once the cluster has outvoted
    it. A person's gender is what the pronouns say where no other person is near, else what
    two or more pronouns syntax binds to them say ("Chief Orlo Venn said that he … his"), and
    a pronoun does not join a person two or more pronouns before it already joined, of the
    other gender only ("Eli Marsh … he … himself … his. Her son…": not Eli Marsh).

    ``sides``: the sides of a harm the article's events put each mention on
    (``kg.resolve.event_sides``), for role descriptions of one side ("the victim").
    ``speaking``: the mentions that report speech (``event_sides.speaking_mentions``): a
    person the article mentions only so is not the victim it reports on.
    """
    mentions = c.mentions
    people = {root for root, refs in clusters.items() if c.kind_of(refs) == PERSON}
    in_article: dict[str, list] = defaultdict(list)
    for ref, m in mentions.items():
        if m.pronoun or root_of.get(ref) in people or is_role(m):
            in_article[ref[0]].append((m.span.start, ref))
    for items in in_article.values():
        items.sort()
    # root → source id → where the text first says the person's gender (a pronoun, a noun)
    first_said: dict[Root, dict[str, int]] = {}
    gender, said_or_bound = _pronoun_genders(c, in_article, root_of, people, first_said)
    for root in people:
        for ref in clusters[root]:
            if mentions[ref].gender:
                _said_at(first_said, root, ref[0], mentions[ref].span.start)

    def known_before(root: Root, sid: str, start: int) -> bool:
        """Whether the reader knows the person's gender at ``start`` of article ``sid``: from
        another article, or from words of this one before it."""
        where = first_said.get(root, {})
        return root in gender and (any(other != sid for other in where) or where.get(sid, start) < start)
    # Where no pronoun stands alone with a person, the ones syntax binds to them say their
    # gender ("Chief Orlo Venn has indicated that he…" makes Orlo Venn "he").
    for root, genders in _genders(said_or_bound).items():
        if said_or_bound[root].total() >= 2:
            gender.setdefault(root, genders)
    # What a noun next to a name says ("Mrs Vole", "her mother Ann Vole") beats what pronouns
    # near it say: a pronoun alone near a person may be someone else's.
    shown = _noun_genders(c, clusters, people)
    gender.update(shown)
    found: dict[MentionRef, Root] = {}
    joined: dict[Root, Counter] = defaultdict(Counter)  # root → genders of the pronouns given it so far

    def agrees(root: Root, wanted: str) -> bool:
        other = joined[root].total() - joined[root][wanted]
        return other < 2 or 2 * joined[root][wanted] > other
    for items in in_article.values():
        named = Counter(root_of[r] for _, r in items if r in root_of)
        on_side = people_by_side(((r, root_of[r]) for _, r in items if r in root_of), sides or {})
        most_named = named.most_common(1)[0][0] if named else None
        # the people of the article who speak and whom its events do not harm
        speakers = {root_of[r] for _, r in items if r in speaking and r in root_of} - on_side[HARMED]
        by_sector: dict[str, set[Root]] = defaultdict(set)  # the people of the article by sector
        for _, r in items:
            if r in root_of and mentions[r].sector:
                by_sector[mentions[r].sector].add(root_of[r])
        # "The lawyer of the family … The lawyer, Mark Jadd, said": a role noun the article's own
        # sentences tie to one named person (kg.extract.descriptions) within a few sentences
        # (_PRONOUN_REACH) is that person's there too; further away it may be another's.
        tied_roles: dict[str, list] = defaultdict(list)  # role noun → (offset, person) of each tie
        for s_, r in items:
            m = mentions[r]
            if is_role(m) and m.refers_to and (r[0], m.refers_to) in root_of:
                tied_roles[m.name.lower()].append((s_, root_of[(r[0], m.refers_to)]))
        starts = [s for s, _ in items]
        for i, (start, ref) in enumerate(items):
            if is_role(mentions[ref]):
                same = {root for s_, root in tied_roles.get(mentions[ref].name.lower(), [])
                        if abs(s_ - start) < _PRONOUN_REACH}
                root = next(iter(same)) if len(same) == 1 else _by_side(
                    mentions[ref], on_side, _role_antecedent(mentions[ref], by_sector, most_named), speakers)
                if root is not None:
                    found[ref] = root
                continue
            if not mentions[ref].pronoun:
                continue
            if mentions[ref].name.lower() not in PRONOUN_GENDER:
                # "I" in a named person's quote (kg.extract.first_person), "their" after "users"
                # (kg.extract.group_pronouns): the actor of the mention the extractor tied it to.
                tied = root_of.get((ref[0], mentions[ref].refers_to)) if mentions[ref].refers_to else None
                if tied is not None:
                    found[ref] = tied
                continue
            wanted = PRONOUN_GENDER[mentions[ref].name.lower()]
            syntax = _syntax_antecedent(ref, mentions, root_of, found, people)
            # "Tomas Brell shot him": not the subject of its own verb (kg.extract.actors); "“He
            # lied,” Tomas Brell said": not the speaker of its quote (kg.extract.first_person).
            barred = mentions[ref].disjoint
            barred = root_of.get((ref[0], barred), found.get((ref[0], barred))) if barred else None
            if (syntax is not None and syntax != barred and shown.get(syntax, wanted) == wanted
                    and agrees(syntax, wanted)):
                # Taken unless the article's other pronouns make it the other gender.
                others = said_or_bound.get(syntax, Counter()).copy()
                if _bound_name(ref, mentions, root_of) == syntax:
                    others[wanted] -= 1
                if _genders({syntax: +others}).get(syntax, wanted) == wanted:
                    found[ref] = syntax
                    joined[syntax][wanted] += 1
                    continue
            fits = sorted((root_of[r] for s, r in reversed(items[_reach(starts, start):i]) if r in root_of
                           and gender.get(root_of[r], wanted) == wanted and root_of[r] != barred
                           and agrees(root_of[r], wanted)),
                          key=lambda root: not known_before(root, ref[0], start))
            if not fits:
                fits = sorted((root for root in named if gender.get(root, wanted) == wanted and root != barred
                               and agrees(root, wanted)),
                              key=lambda root: -named[root])
            if fits:
                found[ref] = fits[0]
                joined[fits[0]][wanted] += 1
    return found


def _by_side(role: EntityMention, on_side: dict[str, set], chosen: Root | None,
             speakers: set[Root] = frozenset()) -> Root | None:
    """A role of one side of a harm ("the victim", "the suspect") is the one person the
    article's events put on that side, else ``chosen`` unless they put it on the other, or,
    for the harmed, unless ``chosen`` is one who speaks and whom they do not harm ("Deputy Chief
    Ann Roe said the victim…": Roe reports the harm)."""
    side = role_sides().get(role.name.lower().split()[-1]) if role.name else None
    if side is None:
        return chosen
    if len(on_side[side]) == 1:
        return next(iter(on_side[side]))
    opposite = on_side[ACCUSED if side == HARMED else HARMED] | (speakers if side == HARMED else set())
    return None if chosen in opposite else chosen


def _noun_genders(c: Clustering, clusters: Clusters, people: set) -> dict:
    """root → the gender the nouns next to its names show (``EntityMention.gender``), where
    they agree."""
    shown = {}
    for root in people:
        said = {c.mentions[ref].gender for ref in clusters[root] if c.mentions[ref].gender}
        if len(said) == 1:
            shown[root] = said.pop()
    return shown


def described(mentions: dict[MentionRef, EntityMention], root_of: dict[MentionRef, Root]) -> dict[MentionRef, Root]:
    """Role descriptions their own sentence ties to a named person ("Marek is the accused
    gunman"; ``kg.extract.descriptions``) join that person, whatever the story around says."""
    return {ref: root_of[(ref[0], m.refers_to)] for ref, m in mentions.items()
            if is_role(m) and m.refers_to and (ref[0], m.refers_to) in root_of}


def _bound_name(ref, mentions, root_of):
    """The actor of the name a pronoun's chain of syntax antecedents ends at ("Tam Bakewell …
    has died. He was 81. His body…": both are Tam Bakewell), or None."""
    for _ in range(20):
        key = mentions[ref].antecedent
        if key is None:
            return None
        ref = (ref[0], key)
        if ref in root_of:
            return root_of[ref]
        if ref not in mentions or not mentions[ref].pronoun:
            return None
    return None


def _syntax_antecedent(ref, mentions, root_of, found, people):
    """The person actor of the mention syntax names as a pronoun's antecedent (the subject of
    its clause or of the sentence before: ``EntityMention.antecedent``), if it is one."""
    key = mentions[ref].antecedent
    if key is None:
        return None
    target = (ref[0], key)
    root = root_of.get(target, found.get(target))
    return root if root in people else None


def _reach(starts: list[int], start: int) -> int:
    """The first of the article's mentions (``starts``: their offsets, in order) less than
    _PRONOUN_REACH characters before ``start``: found by bisection, not by a scan of all the
    article's mentions per pronoun (quadratic on a long article)."""
    return bisect_right(starts, start - _PRONOUN_REACH)


def _role_antecedent(role, by_sector, most_named):
    """ "the officer", "the actress" → the one person of the article with the role's sector
    (an officer the article names with a police title), else the person the article names
    most: a description by role is of someone the story is about, and the person named
    last before it is often a bystander quoted about them ("…her publicist said; the
    actress…"). Not when that person is of another sector ("the shooter" after
    Detective Ivo Sorell)."""
    same = by_sector.get(role.sector, set()) if role.sector else set()
    if len(same) == 1:
        return next(iter(same))
    if role.sector and any(most_named in people for sector, people in by_sector.items() if sector != role.sector):
        return None  # "the shooter" is not the detective the article names most
    return most_named
