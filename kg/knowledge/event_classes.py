"""The event classes of the ontology and how they nest: the 16 PLOVER categories, Statement, and
the general-news classes aligned with ACE 2005 / Rich ERE (``ontology/newskg.ttl`` gives each its
ACE type). Knowledge the extractors and the resolver share with the RDF layer (``kg.rdf.vocab``).
"""

from __future__ import annotations

import functools

# The 16 PLOVER 2021 categories of the contract, plus Statement.
PLOVER_CATEGORIES = (
    "Agree", "Consult", "Support", "Concede", "Cooperate", "Aid", "Retreat", "Request",
    "Accuse", "Reject", "Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault",
)
# General-news event classes, aligned with the ACE 2005 / Rich ERE event types
# (ontology/newskg.ttl gives each its ACE type), each with the classes it
# specialises: the PLOVER category that applies ("an arrest is also Coerce"),
# or another of these classes ("a killing is a death"); none for happenings
# PLOVER does not code (a death, an earthquake, a product launch). The last
# nine (issue 15) cover ordinary news the first ones missed: ACE 2005
# Justice.Appeal and Life.Marry / Life.Divorce, and, where neither ACE, Rich ERE
# nor CAMEO/PLOVER has a type, a contest or match, a ceremony or award, medical
# treatment, a rule or law enacted, an outage of a service, and a theft. The
# fifth round added two more of no ACE, Rich ERE or PLOVER type: someone taken
# off duty or out of play for a time (suspended, placed on leave or on injured
# reserve), and an attack, crime or plot foiled.
NEWS_EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "Die": (), "Kill": ("Die", "Assault"), "Injure": (), "Attack": ("Assault",), "Shooting": ("Attack",),
    "Bombing": ("Attack",), "Explosion": (),
    "Arrest": ("Coerce",), "Charge": ("Accuse",), "Trial": (), "Convict": ("Accuse",), "Sentence": ("Coerce",),
    "Release": ("Retreat",), "Escape": (),
    "Elect": (), "Nominate": (), "StartPosition": (), "EndPosition": (), "Resign": ("EndPosition", "Retreat"),
    "Dismiss": ("EndPosition", "Coerce"),
    "MergeOrg": (), "Launch": (), "Contract": ("Agree",),
    "Disaster": (), "Fire": (), "Accident": (),
    "Appeal": (), "Marry": (), "Divorce": (),
    "Contest": (), "Ceremony": (), "Treatment": (), "Enact": (), "Outage": (), "Theft": (),
    "Suspension": (), "Foil": (),
}
EVENT_TYPES = PLOVER_CATEGORIES + ("Statement",) + tuple(NEWS_EVENT_CLASSES)


@functools.cache  # a fixed table: asked about the same few classes again and again when merging
def event_ancestors(event_type: str) -> tuple[str, ...]:
    """The event classes an event of ``event_type`` also belongs to, below kg:Event, in a fixed
    order: "Kill" → ("Die", "Assault")."""
    out: list[str] = []
    for parent in NEWS_EVENT_CLASSES.get(event_type, ()):
        for name in (parent, *event_ancestors(parent)):
            if name not in out:
                out.append(name)
    return tuple(out)


def plover_category(event_type: str) -> str | None:
    """The PLOVER category of an event class (itself for a PLOVER category), None when PLOVER codes
    no such happening (a death, a fire) or for kg:Statement."""
    return next((name for name in (event_type, *event_ancestors(event_type)) if name in PLOVER_CATEGORIES), None)
