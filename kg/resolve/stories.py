"""Stories: which articles of a build report the same story.

A folder of news may hold several stories of one kind (two shootings, two
robberies in Paris a year apart). Named actors are the same across stories
("Paris", "Harry Winston"), but unnamed groups are not: the police of one
shooting are not the police of another, the robbers of 2008 not those of
2009. The resolver keeps groups apart by story.

Articles are grouped in one pass, in the order of their ids (so the result is
the same for the same input): each article joins the story whose articles it
is most similar to, if that similarity reaches ``THRESHOLD``, else starts a
story (an article that names nobody joins the largest story so far). An
article is a TF-IDF vector of the names it mentions (people,
organisations and places: not countries and groups, which every story of a
folder may share), compared by cosine with the story's summed vector. Only
stories sharing a name with the article are compared, so the pass is about
linear in the number of articles.

A group of the largest story with that group keeps its plain IRI
("group/security-forces"); the same group of another story is named after
the name that story mentions most ("group/security-forces-zurana-horton",
``story_names``), so that IRIs do not depend on the order of the articles.

The threshold was chosen on the ECB+ dev topics (each a mix of two stories of
one kind; ``bench/eval_ecbplus.py``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping

# Cosine between an article and a story at or above which the article joins the story.
THRESHOLD = 0.1


def stories(names: Mapping[str, Counter]) -> dict[str, int]:
    """Article id → story number (0, 1, …, by first article), from each article's name counts
    (any hashable name → number of mentions)."""
    documents = len(names)
    frequency: Counter = Counter(name for counts in names.values() for name in counts)
    # Smoothed inverse document frequency, so that two articles sharing every name still match.
    idf = {name: math.log((1 + documents) / (1 + df)) + 1.0 for name, df in frequency.items()}
    story_of: dict[str, int] = {}
    sums: list[dict[Hashable, float]] = []
    squares: list[float] = []
    norms: list[float] = []
    sizes: list[int] = []
    holding: dict[Hashable, set[int]] = defaultdict(set)  # name → stories that mention it
    for article in sorted(names):
        vector = _unit({name: (1.0 + math.log(count)) * idf[name] for name, count in names[article].items()})
        # Dot products with the stories sharing a name, accumulated name by name (in the
        # vector's order, so the sums are the same floats a story-by-story loop gives): the
        # work is the postings of the article's names, not every candidate story's vector.
        dots: dict[int, float] = {}
        for name, weight in vector.items():
            for story in holding[name]:
                dots[story] = dots.get(story, 0.0) + weight * sums[story][name]
        best, chosen = 0.0, None
        for story in sorted(dots):
            similarity = dots[story] / norms[story]
            if similarity > best:
                best, chosen = similarity, story
        if not vector and sums:
            chosen = max(range(len(sums)), key=lambda s: (sizes[s], -s))  # no name: the largest story
        elif chosen is None or best < THRESHOLD:
            chosen = len(sums)
            sizes.append(0)
            sums.append({})
            squares.append(0.0)
            norms.append(0.0)
        total = sums[chosen]
        for name, weight in vector.items():
            before = total.get(name, 0.0)
            squares[chosen] += weight * (2 * before + weight)  # the squared norm, kept as it grows
            total[name] = before + weight
            holding[name].add(chosen)
        norms[chosen] = math.sqrt(squares[chosen]) or 1.0
        sizes[chosen] += 1
        story_of[article] = chosen
    return story_of


def _unit(vector: dict[Hashable, float]) -> dict[Hashable, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {name: w / norm for name, w in vector.items()} if norm else {}


def story_names(names: Mapping[str, Counter], story_of: Mapping[str, int]) -> dict[int, Hashable]:
    """Story → the name that tells it apart: the one its articles mention most, rarer names in
    the build first on a tie, then the smallest (so the same articles give the same name)."""
    frequency: Counter = Counter(name for counts in names.values() for name in counts)
    totals: dict[int, Counter] = defaultdict(Counter)
    for article, counts in names.items():
        totals[story_of[article]].update(counts)
    return {story: min(counts, key=lambda name: (-counts[name], frequency[name], str(name)))
            for story, counts in totals.items() if counts}


def article_scopes(extractions, actor_of: Mapping[tuple[str, str], str], kinds: Mapping[str, str],
                   story_kinds: tuple[str, ...]) -> dict[str, str | None]:
    """Article id → the name of its story among ``extractions`` (from the resolved actors each
    article names: ``actor_of`` maps (article, mention) to an actor key, ``kinds`` an actor key to
    its kind, and only named mentions of ``story_kinds`` count), or None for the largest story,
    whose nodes keep plain IRIs as the groups of ``kg.resolve.actors`` do. An article that names
    nothing (which ``stories`` puts in the largest story) is its own story here."""
    names: dict[str, Counter] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        names[sid] = Counter(
            actor_of[(sid, m.key)] for m in extraction.entities
            if not (m.nominal or m.pronoun) and kinds.get(actor_of.get((sid, m.key), "")) in story_kinds)
    story_of = stories(names)
    named = story_names(names, story_of)
    size = Counter(story_of.values())
    largest = min(size, key=lambda s: (-size[s], s)) if size else None
    # An article that names nothing is a story of its own here: nothing ties it to the others.
    return {sid: f"article {sid}" if not names[sid] and len(names) > 1 else
            None if story == largest else str(named.get(story, story)) for sid, story in story_of.items()}
