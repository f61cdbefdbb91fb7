"""Actor and place mentions in one parsed article.

Sources of mentions, in order of trust:

1. named entities (spaCy NER, plus the gazetteer's entity-ruler patterns),
   cleaned of determiners, possessives and titles, retyped by the gazetteer
   ("Nairobi" tagged ORG is a place; "Kenyatta" tagged ORG is a person when
   he is a person elsewhere — that vote happens in ``kg.resolve``);
2. organisation descriptions headed by an institution noun with a country
   modifier ("Kenya's Interior Ministry", "the Norwegian Defense Ministry",
   "US state department");
3. groups: noun phrases headed by a collective noun of the gazetteer
   ("protesters", "security forces", "armed criminals");
4. people described by their role ("the gunman", "the 33-year-old actress":
   ``kg/data/person_roles.yaml``), nominal, for resolution;
5. office holders by title ("the president", "Kenya's president"),
   kept as nominal mentions for resolution, and the descriptions written
   beside a name ("Kestrel CEO Dana Vole", "Dana Vole, founder of Kestrel"),
   nominal mentions that refer to that name (``name_descriptions``);
6. personal pronouns (he/she/him/his/her/himself/herself), linked to the most recent
   compatible person, and to the subject syntax makes their antecedent where it tells
   (``_pronoun_antecedents``); ``kg.resolve`` decides with the whole cluster.

Nothing here names an entity of any corpus: every word list comes from the
gazetteer (``kg.knowledge.gazetteer``) and its documented data files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LOWER, POS
from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.knowledge.gazetteer import Gazetteer, TitleInfo
from kg.knowledge import groups
from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, PRONOUN_GENDER, Article, EntityMention, Span
from kg.ingest.metadata import find_dateline, outlet_named
from kg.nlp.parse import char_span, positions_of
from kg.extract.actor_types import (FRAME_WEIGHT, acts_on_purpose, company_name_end, company_stems, device_nouns,
                                    family_plural, name_kinds, qualifying_noun, retype, title_acronym)
from kg.extract.descriptions import as_description, in_construct, link_descriptions, object_of_dangling_preposition
from kg.extract.figures import lexicon as figure_lexicon
from kg.extract.genders import gendered_nouns, set_genders
from kg.extract.quotes import attribution_cues
from kg.extract.short_names import expand_short_names
from kg.extract.shop_names import listed_with_shop, named_as_venue, shop_end, shop_kind
from kg.extract.headlines import NamePieces
from kg.extract.overlaps import MentionsByOffset, Ranges
from kg.extract.owners import apposition_owner
from kg.extract.name_repairs import repaired
from kg.extract.syntax import POSSESSIVE, SUBJECT_DEPS, clause_head, dotted_title_before_name, mention_at, subject_of
from kg.knowledge.resources import data_yaml
from kg.knowledge.text import CURRENCY_SIGNS, initials, is_acronym

NAMED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_LEADING_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_URLISH = re.compile(r"\.(?:com|org|net|co\.uk|gov|ru|de|fr|io|info)\b|www\.|https?://", re.IGNORECASE)
# A stock ticker with its exchange: "(CVX.N)", "(NYSE: XOM)", "(VOD.L)"; a bare "(NATO)" is an acronym.
_TICKER = re.compile(r"^\((?:[A-Z]{1,5}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX):[A-Z.]{1,6})\)$")
_ROLES: dict[str, str | None] = data_yaml("person_roles.yaml")["roles"]
# roles and jobs written before a name ("Comedian Lena Ashcombe", "Receptionist Dana Voss"): no part of it
_ROLES_AND_JOBS: dict[str, str | None] = {**_ROLES, **dict.fromkeys(data_yaml("person_roles.yaml")["jobs"])}
# The nouns that name a currency ("dollars", "euros"): a country right before one ("US dollars")
# names the currency, not an actor (kg/data/currencies.yaml, from the ISO 4217 names).
_CURRENCY_NOUNS = frozenset(data_yaml("currencies.yaml")["currencies"])
# The words a role can end with (the whole role, or what follows one of its spaces): only a
# token written as one of them can be a role noun, so ``roles`` looks at no other.
_ROLE_ENDS = frozenset(role[i + 1:] for role in _ROLES for i, char in enumerate(role) if char == " ") | set(_ROLES)
_DEFINITE = {"the", "this", "that"}
_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "from", "outside", "across", "around", "into", "to", "toward", "towards"}


class ActorExtractor:
    """Finds actor and place mentions in a Doc; one instance per process (holds the gazetteer)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()

    def __call__(self, doc: Doc, article: Article) -> list[EntityMention]:
        return self.extract(doc, article)[0]

    def extract(self, doc: Doc, article: Article) -> tuple[list[EntityMention], list[str], list[Span]]:
        """The mentions, the names the article frames as things (no actor), and the spans of
        company names that are part of a model's name (no mention there)."""
        found = _Collector(doc, article, self.gaz)
        found.publisher()
        found.named_entities()
        found.places_of_the_article_s_countries()
        found.institutions()
        found.name_descriptions()
        found.roles()
        found.groups()
        found.office_holders()
        found.pronouns()
        kept, things, makers = retype(doc, found.mentions())
        mentions = expand_short_names(doc, kept, self.gaz)
        set_genders(doc, mentions)
        # Again with the final kinds: a name NER took for a person and the votes made an
        # organisation ("a spokesman for Force Syndicale … he said", an invented name) is no antecedent of "he".
        _link_pronouns(mentions)
        of_two = link_descriptions(doc, mentions)
        # A description found beside a name is kept while that name is a person's; one of two
        # named people at once ("Ida Lenk and Tomas Brell, the driver and passenger,") is no one's.
        mentions = [m for m in mentions if id(m) not in of_two
                    and (id(m) not in found.beside_names or _described_person(m, mentions))]
        return mentions, things, makers


class _Collector:
    def __init__(self, doc: Doc, article: Article, gaz: Gazetteer) -> None:
        self.doc = doc
        self.text = article.text
        self.article = article
        self.gaz = gaz
        self.by_range: dict[tuple[int, int], EntityMention] = {}
        self.claimed: list[tuple[int, int]] = []  # token ranges already taken
        self.claimed_tokens: set[int] = set()  # the tokens in them
        self.claimed_inside: set[int] = set()  # the places between two tokens of one claimed range
        self.company_stems = company_stems(doc)  # "Kestrel" of "Kestrel Aircraft": the company alone
        # the initials of the organisations' names of the article ("Office of Budget Review" → OBR):
        # the article's acronym of those letters is that organisation, not a place of that name
        self.org_initials = frozenset(
            letters for ent in doc.ents if ent.label_ == "ORG"
            and len(letters := initials(ent.text)) >= 2 and len(ent) >= len(letters))
        # id of a description ``name_descriptions`` adds → the named person's mention it describes
        self.beside_names: dict[int, EntityMention] = {}

    # -- helpers ---------------------------------------------------------------

    def _add(self, start_tok: int, end_tok: int, name: str, kind: str, **fields) -> EntityMention | None:
        if start_tok >= end_tok:
            return None
        span = self.doc[start_tok:end_tok]
        if not span.text.strip() or span.text.isspace():
            return None
        key = (span.start_char, span.end_char)
        if key in self.by_range:
            return self.by_range[key]
        mention = EntityMention(
            key="",
            span=char_span(span.start_char, span.end_char, self.text),
            name=name,
            kind=kind,
            votes=fields.pop("votes", None) or {kind: 1.0},
            **fields,
        )
        self.by_range[key] = mention
        self.claimed.append((start_tok, end_tok))
        self.claimed_tokens.update(range(start_tok, end_tok))
        self.claimed_inside.update(range(start_tok + 1, end_tok))
        return mention

    def _taken(self, start_tok: int, end_tok: int) -> bool:
        """Whether a claimed range (never empty, see ``_add``) overlaps [start_tok, end_tok):
        looked up by token, not by scanning every claim (quadratic on a long article)."""
        if start_tok == end_tok:  # an empty range overlaps a claim that surrounds it
            return start_tok in self.claimed_inside
        if start_tok > end_tok:
            return any(s < end_tok and start_tok < e for s, e in self.claimed)
        return not self.claimed_tokens.isdisjoint(range(start_tok, end_tok))

    def mentions(self) -> list[EntityMention]:
        ordered = sorted(self.by_range.values(), key=lambda m: (m.span.start, m.span.end))
        for index, mention in enumerate(ordered):
            mention.key = f"e{index}"
        for mention in ordered:
            if id(mention) in self.beside_names:
                mention.refers_to = self.beside_names[id(mention)].key
        _link_pronouns(ordered)
        _pronoun_antecedents(self.doc, ordered)
        return ordered

    # -- 0. the publisher's credit -------------------------------------------------

    def publisher(self) -> None:
        """ "(Reuters)", "told DW", "Source: TRTWorld": the outlet that published the article."""
        span = self.article.publisher_span
        if span is None or not self.article.publisher:
            return
        tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None:
            return
        outlet = outlet_named(self.article.publisher)
        self._add(tokens.start, tokens.end, self.article.publisher, ORGANIZATION, votes={ORGANIZATION: 3.0},
                  sector="MED", country=outlet.country if outlet else None)

    # -- 1. named entities -------------------------------------------------------

    def named_entities(self) -> None:
        titles = {ent.start: self._title_of(ent) for ent in self.doc.ents if ent.label_ in ("PERSON", "ORG")}
        title_spans = [(t.start, t.end) for _, t in titles.values() if t is not None]
        inside_titles = Ranges(title_spans)
        pieces = NamePieces(self.doc, _ROLES_AND_JOBS, _doc_text(self.doc, self.article))
        alone = {ent.text for ent in self.doc.ents if ent.label_ in ("ORG", "PERSON")
                 and not any(t.tag_ == "POS" for t in ent)}  # the names the article writes alone
        joined = _brand_joins(self.doc)
        for ent in repaired(self.doc, _spaced_apostrophe_names(self.doc)):
            if ent.label_ not in NAMED_LABELS or ent.start in joined.values():
                continue  # "Velmont" of "Harbor Suites by Velmont" is the rest of one name
            if ent.start in joined:
                ent = SpacySpan(self.doc, ent.start, _whole_name_end(self.doc, joined[ent.start]), label=ent.label_)
            office = _possessive_office_end(self.doc, ent, self.gaz)
            if office is not None:  # "the Alder State Attorney's Office": one office, no state and 'Office'
                ent = SpacySpan(self.doc, ent.start, office, label="ORG")
            if inside_titles.holds(ent.start, ent.end):
                continue  # "State" in "Head of State Queen Elizabeth"
            cut = inside_titles.first_start_inside(ent.start, ent.end)
            if cut is not None:  # "Halvern Executive" in "Halvern Executive Vice President Dana Whitcombe"
                ent = SpacySpan(self.doc, ent.start, cut, label=ent.label_)
            if _job_before_person(self.doc, ent):
                continue  # "Hotel Receptionist" of "Hotel Receptionist Marta Olsen": her job, no employer's name
            cut = self._title_across_end(ent)
            if cut is not None:  # "EPD Public Information" of "Dana Voss, EPD Public Information Officer,"
                ent = SpacySpan(self.doc, ent.start, cut, label=ent.label_)
            for piece_start, piece_end in (part for piece in pieces(ent) for part in _variants(self.doc, *piece)):
                for start, end in self._owner_and_owned(ent, piece_start, piece_end, alone):
                    self._named_entity(ent, self.doc[start:end], titles)

    def _colour(self, surface: SpacySpan) -> bool:
        """Whether a one-word name is a colour's word (``colours`` in name_kinds.yaml) that does
        not act (no subject or possessor: "White said") and ends no longer name of the article
        (not the "Brown" of "Tom Brown"): the tagger reads a capitalised colour as a surname."""
        if len(surface) != 1 or surface[0].lower_ not in name_kinds().colours or _acts(surface):
            return False
        word = surface[0].text
        return not any(len(ent) > 1 and ent[-1].text == word for ent in self.doc.ents)

    def _title_across_end(self, ent: SpacySpan) -> int | None:
        """Where a title (titles.yaml) that the tagger cut in two begins inside an organisation's
        name: "Public Information" of "EPD Public Information" before "Officer" is the employer's
        office in a person's title, not part of the employer's name. The words of the title inside
        the name must head no institution ("Elmford Police" before "Officer" stays whole)."""
        if ent.label_ != "ORG" or len(ent) < 2:
            return None
        doc = self.doc
        for begin in range(ent.start + 1, ent.end):
            if any(groups.sector_of_head(t.text) is not None for t in doc[begin:ent.end]):
                continue
            for stop in range(ent.end + 1, min(ent.end + 2, len(doc)) + 1):
                if all(t.is_alpha for t in doc[ent.end:stop]) and self.gaz.title(doc[begin:stop].text) is not None:
                    return begin
        return None

    def _owner_and_owned(self, ent: SpacySpan, start: int, end: int, alone: set[str]) -> list[tuple[int, int]]:
        """ "Kestrel Computer's Orbix OS" read as one organisation's name: two names, the owner's and
        what it owns, where the article writes the owner's name alone too ("Kestrel Computer has
        been…"); "Elmford Children's Hospital" is one name ("Elmford Children" is never alone)."""
        if ent.label_ != "ORG":
            return [(start, end)]
        for i in range(start + 1, end - 1):
            token = self.doc[i]
            if token.tag_ == "POS" and self.doc[i + 1].text[:1].isupper() \
                    and self.doc[start:i].text in alone and self.doc[start:i].text != ent.text:
                return [(start, i), (i + 1, end)]
        return [(start, end)]

    def _named_entity(self, ent: SpacySpan, piece: SpacySpan, titles: dict) -> None:
        """One name of a NER entity (most entities are one name; see ``headlines.NamePieces``)."""
        start, end = _trim(piece)
        while end - start > 1 and self.doc[start].is_lower and self.doc[start].pos_ in ("ADJ", "NOUN", "VERB") \
                and self.doc[start + 1].pos_ == "PROPN":
            start += 1  # "unemployed Colm Brackwith": a lowercase word NER took into the name
        if piece.start != ent.start:
            while start < end and self.doc[start].pos_ in ("ADP", "DET", "CCONJ", "PART"):
                start += 1  # "Lena Ashcombe Checks Into Rehab" → "Rehab"
        title_info, title = titles.get(ent.start, (None, None)) if piece.start == ent.start else (None, None)
        title_span = title
        if title_span is not None and start < title_span.end < end:
            start = title_span.end  # "Lawyer Mark Heller": NER took the title into the name
        while start < end and dotted_title_before_name(self.doc, end - 1):
            # "Cpl. Ann Lark", "Elmford PD Sgt. Tom Brell": a title's dotted abbreviation (titles.yaml)
            # before a name is no name nor part of the employer's; not "the SEC."
            end = _without_function_words(self.doc, start, end - 1)  # "Elmford Police and Capt."
        if start >= end:
            return
        shop = shop_end(self.doc, start, end) if ent.label_ in ("PERSON", "ORG") else None
        if shop is not None:  # "from Brell's to …", "Harlan's Furniture": a shop, not its owner
            surface = self.doc[start:shop]
            kind = shop_kind(surface)
            self._add(start, shop, " ".join(surface.text.split()), kind, votes={kind: FRAME_WEIGHT})
            return
        if end - start == 1 and start > 1 and self.doc[start - 1].text == "The" and self.doc[start - 2].is_alpha \
                and not self.doc[start - 1].is_sent_start and ent.label_ in ("ORG", "PERSON") \
                and not self.doc[start].is_upper:  # an acronym's "The" is the sentence's ("told The FBI")
            start -= 1  # "according to The Courier": a title's own capitalised article, no name without it
        surface = self.doc[start:end]
        name = _name_of(surface)
        if ent.label_ in ("PERSON", "ORG") and name and listed_with_shop(surface):
            kind = shop_kind(surface)  # "between Vickery's and Best Value": a shop as the other
            self._add(start, end, name, kind, votes={kind: FRAME_WEIGHT})
            return
        if not name or _is_junk(surface, name, ent.label_) or _is_unit_or_term(self.doc, start, end, name):
            return
        if title_acronym(name):
            return  # "A PIO is responding": a job title's abbreviation (titles.yaml) names no one
        if title is None and self._colour(surface):
            return  # "It comes in two colors: Black … and White": a colour, capitalised, names no one
        if ent.label_ == "NORP":
            return  # a demonym alone is not an actor; it gives a country to what it modifies
        org_country = None
        if ent.label_ == "ORG":
            start, name, org_country = self._split_country(start, end, name)
        if ent.label_ in ("ORG", "PERSON"):  # the votes may make an organisation of a "person"
            org_country = org_country or self._possessor_country(start) or self._of_country(start, end) \
                or self._described_country(self.doc[start:end])
        kind, votes, fields = self._type_named(self.doc[start:end], name, ent.label_)
        if kind is None:
            return
        if kind == COUNTRY:
            name = self.gaz.countries[fields["country"]].name
        if org_country and kind in (ORGANIZATION, PERSON):  # a "person" the votes may retype
            fields["country"] = org_country
        if kind in (PERSON, ORGANIZATION) and _ticker_after(self.doc, end):
            kind = ORGANIZATION
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + 3.0
            fields["sector"] = "BUS"
        elif title is not None and kind in (PERSON, ORGANIZATION):
            kind = PERSON
            votes[PERSON] = votes.get(PERSON, 0.0) + 2.0
            fields["title"] = title_info.title if title_info.office and not title_info.modifiers else None
            fields["sector"] = title_info.sector or fields.get("sector")
            extent = _modifier_chain(title)
            institution = self._institution_in(extent)
            country = _country_in(self.gaz, extent) or (institution.country if institution else None)
            if country:
                fields["country"] = country
        if kind == PLACE:
            # What the text says beats the gazetteer's guess for a name many places share.
            country = apposition_owner(self.doc, start, end, self.gaz)
            if country:
                fields["country"] = country
        self._add(start, end, name, kind, votes=votes, **fields)

    def _split_country(self, start: int, end: int, name: str) -> tuple[int, str, str | None]:
        """ "Kenya's Interior Ministry" → start at "Interior", country KEN; "Norway Freight Lines"
        keeps its name, with the country SGP."""
        first = self.doc[start]
        word = POSSESSIVE.sub("", first.text)
        info = self.gaz.country(word) or self.gaz.demonym(word)
        if info is None or end - start < 2:
            return start, name, None
        rest = start + 1
        while rest < end and (self.doc[rest].tag_ == "POS" or self.doc[rest].text in ("'s", "’s", "'", "’")):
            rest += 1
        if rest >= end:
            return start, name, None
        if rest == start + 1 and not any(t.lower_ in groups.institution_heads() for t in self.doc[rest:end]):
            # "Norway Freight Lines", "Kenya Coastal Ferries": the country word is part of
            # a company's name; only a state body is named without it ("Norwegian Defense Ministry
            # Press Office").
            return start, name, info.code
        return rest, _name_of(self.doc[rest:end]), info.code

    def _possessor_country(self, start: int) -> str | None:
        """ "Norway's Defense Ministry": the country in the possessive right before a name."""
        if start >= 2 and self.doc[start - 1].tag_ == "POS":
            info = self.gaz.country(self.doc[start - 2].text)
            return info.code if info else None
        return None

    def _of_country(self, start: int, end: int) -> str | None:
        """ "Kestrel Leasing of Kuwait", "the Bank of Norvania": the country an organisation's name
        ends in after "of", in the name or right after it (the "of" hanging on the name)."""
        for i in range(start + 1, min(end + 1, len(self.doc))):
            token = self.doc[i]
            if token.lower_ != "of" or not start <= token.head.i < end:
                continue
            place = next((child for child in token.children if child.dep_ == "pobj"), None)
            return self._country_named(place) if place is not None else None
        return None

    def _described_country(self, surface: SpacySpan) -> str | None:
        """ "Russian flag carrier Volgair", "Russian manufacturer Kestrel", "Chinese airlines
        Lotus Air and Skyvane": the country of a description right before a name or its list,
        headed by an organisation noun (the ``apposition`` nouns of ``kg/data/name_kinds.yaml``)."""
        noun = qualifying_noun(surface, name_kinds().frames[ORGANIZATION].apposition)
        if noun is None:
            return None
        begin = noun.i
        while begin > 0 and noun.i - begin < 4 and not self.doc[begin - 1].is_punct \
                and self.doc[begin - 1].pos_ in ("ADJ", "NOUN", "PROPN"):
            begin -= 1
        return _country_in(self.gaz, self.doc[begin:noun.i])

    def _type_named(self, surface: SpacySpan, name: str, label: str):
        """Kind, type votes and known fields for a named entity, gazetteer first."""
        country = self.gaz.country(name)
        if country is not None and label != "PERSON":
            return COUNTRY, {COUNTRY: 3.0}, {"country": country.code}
        if self.gaz.demonym(name) is not None and len(surface) == 1:
            return None, {}, {}  # "Kenyan" alone is an adjective, not an actor
        ner_kind = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}[label]
        if ner_kind == PERSON and any(ch.isdigit() for ch in name):
            ner_kind = ORGANIZATION  # "told Kestrel9News": no one's name has a digit; a station's or a firm's may
        votes: dict[str, float] = {ner_kind: 1.0}
        fields: dict = {}
        actor = self.gaz.actor(name)
        if actor is not None and self.gaz.country(actor.name) is None:
            code = actor.code_at(self.article.date)
            votes[actor.kind] = votes.get(actor.kind, 0.0) + 2.0
            fields.update(country=code.country if code else None, sector=code.sector if code else None)
        if actor is None and label != "PERSON" and is_acronym(name) and name.replace(".", "") in self.org_initials:
            # "the NTB" after "the National Transport Board": the organisation's initials,
            # not the gazetteer's place spelt with those letters, nor its country
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + 2.0
            return ORGANIZATION, votes, fields
        stem = name in self.company_stems and label in ("PERSON", "ORG")
        if stem and _acts(surface):
            # "Kestrel said" where the article names "Kestrel Aircraft": a subject or possessor
            # the tagger read as a person or an organisation is the company, not the gazetteer's
            # place or capital of that name (kg/data/name_kinds.yaml, name_ends).
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + _COMPANY_NAME_WEIGHT
            kind = max(votes, key=lambda k: (votes[k], k))
            return kind, votes, {**fields, "sector": groups.sector_of_head(name)} if kind == ORGANIZATION else fields
        if stem:
            # "the Kestrel 797" where the article names "Kestrel Aircraft": leans to the company;
            # a place's name the tagger read as a person keeps the gazetteer's place vote (2).
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + _COMPANY_NAME_WEIGHT
        capital = self.gaz.capital_of(name)
        if capital is not None and _acts(surface):
            # Metonymy: "Moscow said", "Moscow's deployment", "a Moscow-led alliance" name the state.
            return COUNTRY, {COUNTRY: 3.0}, {"country": capital.code}
        # "a restaurant called Toledo", "at Toledo restaurant": a venue's name, not the town's
        place = self.gaz.place(name) if not named_as_venue(surface) else None
        if place is not None and (label in ("GPE", "LOC", "FAC") or not place.needs_place_tag):
            # Thousands of one-word place names are also surnames ("Manning", "Chester"): where NER
            # reads such a word as a person, the gazetteer only leans, and the votes of the other
            # mentions of the name decide in kg.resolve. "Varnok province" is no one's name.
            surname_like = label == "PERSON" and len(surface) == 1 and not _placed(surface)
            votes[PLACE] = votes.get(PLACE, 0.0) + (0.5 if surname_like else 2.0)
            fields.setdefault("country", place.country)
        outlet = outlet_named(name)
        if outlet is not None:
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + 3.0
            fields.update(sector="MED", country=outlet.country)
        if ner_kind in (PERSON, PLACE) and len(surface) > 1 and "sector" not in fields:
            head_sector = groups.sector_of_head(surface[-1].text)
            last = surface[-1].lower_
            plural = last.endswith("s") and groups.sector_of_head(last[:-1]) is not None
            if ner_kind == PLACE and (head_sector not in _PLACE_HEAD_SECTORS
                                      or (head_sector == "EDU" and not plural)):
                # "Harlow General Hospital", "Elmford High School": where things happen too; not a
                # plural ("Elmford County Schools", a district)
                head_sector = None
            if head_sector is not None:
                # "Edwin Marsh Calloway Foundation", "Harlow General Hospital": an institution's head noun
                # ends the name, whatever NER made of the founder's name before it or of the
                # place's name in it ("Elmford County Herald", "Elmford County Schools").
                votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + 2.0
                fields["sector"] = head_sector
        if ner_kind in (PERSON, PLACE) and "sector" not in fields and company_name_end(surface):
            # "Douglas Aircraft", "Norvela Airways" tagged a person or a place: a company's name
            # ending; less than a frame, so "the new Kestrel Jet" is still a product.
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + _COMPANY_NAME_WEIGHT
        if ner_kind == ORGANIZATION and "sector" not in fields:
            fields["sector"] = groups.sector_of_head(name)
        if ner_kind != PERSON and _given_and_family(surface, self.gaz) and _person_context(surface) \
                and fields.get("sector") is None and actor is None and outlet is None:
            # "Dana Whitcombe, 23," tagged a place: a known given name, then one or two
            # capitalised words no institution's or place's head ends, where a person stands
            # (an age, a speech verb, a kinship noun, a person's name beside it), is a person.
            votes[PERSON] = votes.get(PERSON, 0.0) + _GIVEN_NAME_WEIGHT
        if label in ("PERSON", "ORG") and _the_plural_name(surface) and family_plural(surface[0]):
            # "the Varleys" where the article names "Ann Varley": the family, people, no band or firm
            return GROUP, {GROUP: 3.0}, {}
        if label == "PERSON" and (_the_plural_name(surface) or surface[0].text == "The"):
            # "the Vantorels", "we love the Corvells": no one person's name takes "the" and a
            # plural, nor a capitalised "The" of its own ("fans of The Dravens"); a band, a team
            # or a firm of that name (MEANTIME, after ACE: an organisation).
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + _PLURAL_NAME_WEIGHT
        if ner_kind == PLACE and place is None and capital is None and actor is None and outlet is None \
                and acts_on_purpose(surface):
            # "Corvex has promised a fix", "Corvex sued Kestrel": what the tagger alone read as a place
            # and the gazetteer does not know acts on purpose, as organisations do, not towns
            votes[ORGANIZATION] = votes.get(ORGANIZATION, 0.0) + 2.0
        kind = max(votes, key=lambda k: (votes[k], k))
        if stem and kind == ORGANIZATION and place is not None and actor is None:
            fields.pop("country", None)  # the place's country is not the company's
        return kind, votes, fields

    def _title_before(self, start: int) -> tuple[object, SpacySpan | None]:
        """The title right before a name and what the gazetteer knows of it:
        "Deputy Foreign Minister", "Head of State", "spokesman"."""
        best = None
        begin = start
        while begin > 0 and start - begin < 6:
            token = self.doc[begin - 1]
            if token.is_punct or token.is_space or token.lower_ in _LEADING_DETERMINERS or token.tag_ == "POS":
                break
            if token.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON", "NUM") or (token.pos_ == "ADP" and token.lower_ != "of"):
                break
            begin -= 1
            info = self.gaz.title(self.doc[begin:start].text) if self.doc[begin].lower_ != "of" else None
            if info is not None:
                best = (info, self.doc[begin:start])
        return best if best is not None else (None, None)

    def _title_of(self, ent: SpacySpan) -> tuple[object, SpacySpan | None]:
        """A title before the name, or at the start of a PERSON span that NER stretched over it."""
        start, end = _trim(ent)
        # "Spokeswoman Jane Doe said": a title that opens a sentence is capitalised like a name,
        # and the tagger may take the whole for an organisation; an institution's name
        # ("Queen Mary University") keeps its first word.
        opening_title = ent.label_ == "ORG" and self.doc[start].is_sent_start and end - start >= 3 \
            and groups.sector_of_head(self.doc[end - 1].text) is None
        if ent.label_ == "PERSON" or opening_title:
            for cut in range(end - 2, start, -1):  # leave at least two words of name
                info = self.gaz.title(self.doc[start:cut].text)
                if info is not None:
                    return info, self.doc[start:cut]
        return self._title_before(start)

    # -- 2. institutions ----------------------------------------------------------

    def institutions(self) -> None:
        """Ministries, departments, governments… named by a head noun with modifiers.

        "the interior ministry", "Norway's Defense Ministry", "US state
        department": the head noun's sector comes from the gazetteer; a leading
        country or demonym gives the country and is not part of the name.
        """
        # only a head noun of the gazetteer's institutions can head one (``_institution_at``)
        for token in (self.doc[i] for i in positions_of(self.doc, LOWER, groups.institution_heads())):
            if token.pos_ not in ("NOUN", "PROPN") or self._taken(token.i, token.i + 1):
                continue
            self._institution_at(token)

    def _institution_in(self, phrase: SpacySpan) -> EntityMention | None:
        found = None
        for token in phrase:
            found = self._institution_at(token, within=phrase) or found
        return found

    def _institution_at(self, token: Token, within: SpacySpan | None = None) -> EntityMention | None:
        if token.lower_ not in groups.institution_heads():
            return None
        lower = within.start if within is not None else 0
        start = token.i
        while start > lower and self.doc[start - 1].dep_ in ("compound", "amod", "nmod", "poss", "case") \
                and not self.doc[start - 1].is_punct and self.doc[start - 1].lower_ not in _LEADING_DETERMINERS \
                and self.doc[start - 1].tag_ != "PRP$":
            start -= 1
        if start == token.i:
            return None
        begin, name, country = self._split_country(start, token.i + 1, self.doc[start:token.i + 1].text)
        modifiers = self.doc[begin:token.i]
        # "his government", "the Russian-led agency" name no institution; "interior ministry",
        # "state department", "Ruto government" do: a noun or name must modify the head.
        if not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nmod") for t in modifiers) \
                and not (" " in name and groups.known_institution(name)):
            return None
        if groups.group(name) is not None or self._taken(begin, token.i + 1):
            return None
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if following is not None and following.ent_type_ in ("ORG", "PERSON") and following.ent_iob_ == "B":
            return None  # "news agency Interfax": a description of the name that follows
        sector = groups.sector_of_head(name)
        if sector is None:
            return None
        proper = any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in self.doc[begin:token.i + 1])
        return self._add(start if country else begin, token.i + 1, _title_case_institution(name), ORGANIZATION,
                         votes={ORGANIZATION: 2.0}, country=country, sector=sector,
                         nominal=country is None and not proper)

    # -- 3. groups ------------------------------------------------------------------

    def groups(self) -> None:
        """Collectives of ``groups.yaml``. A group a place's name qualifies ("Elmford police") is
        that place's, named so, with the place's country; the bare word later in the article
        ("police said") is the same group when the article qualifies it by one place only."""
        placed: dict[str, set[tuple[str, str | None]]] = {}  # label → the article's (place-qualified name, country)
        for chunk in _noun_phrases(self.doc):
            start, end = _trim(chunk)
            if start >= end:
                continue
            phrase = self.doc[start:end]
            info = self._group_of(phrase)
            if info is None:
                continue
            group, group_start = info
            if self._taken(group_start, end):
                continue
            country = _country_in(self.gaz, self.doc[start:group_start]) if group_start > start else None
            country = country or self._country_of_origin(phrase.root)
            place = None
            if self._taken(start, group_start):
                # "Elmford police": a place's name qualifies the group, which is that place's.
                # Another mention before it ("Springfield Times reporters") leaves the group its
                # own words, still placed by the words before them.
                place = self._place_before(start, group_start)
                start = group_start
            surface = self.doc[group_start:end]
            if group_start == start and _unqualified(surface):
                continue  # "reminded people to call": people nobody says which of
            if _negated(surface.root) or _idiom_of_manner(surface) or _plural_of_an_alternative(surface.root):
                continue  # "no officers will be sent", "the law remained in force": nobody
            if _capacity(surface.root) or _rate(surface.root):
                # "the jet can carry up to 640 people": what it holds, nobody of the story; a
                # mention of people still (MEANTIME marks it), but a description, which makes no actor
                self._add(group_start, end, surface.text.strip("“”\"' "), GROUP, votes={GROUP: 2.0},
                          sector=group.sector, nominal=True)
                continue
            if place is not None:
                mention = self._add(group_start, end, f"{place.name} {surface.text.strip()}", GROUP,
                                    votes={GROUP: 2.0}, country=place.country, sector=group.sector)
                if mention is not None:
                    placed.setdefault(group.label, set()).add((mention.name, mention.country))
                continue
            if groups.group_member(surface.text) is not None and (
                    _definite(phrase.root) or in_construct(phrase.root) or as_description(phrase.root)):
                # "the employee", "the gunman": one member, a person of the story described by
                # role like "the actress" (see ``roles``); "a gunman" stays with the group,
                # unless its sentence says whom it describes ("Dana Voss, a suspended employee",
                # "Voss was a fired worker": ``kg.extract.descriptions``).
                self._add(surface.start, surface.end, surface.text.lower(), PERSON, votes={PERSON: 0.5},
                          sector=group.sector, country=country, nominal=True)
                continue
            self._add(group_start if country is None else start, end, surface.text.strip("“”\"' "), GROUP,
                      votes={GROUP: 2.0}, country=country, sector=group.sector)

        home: list[tuple[str, str | None] | None] = []  # the story's town, once asked
        for mention in self.by_range.values():
            info = groups.group(mention.name) if mention.kind == GROUP and not mention.country else None
            if info is not None and len(placed.get(info.label, ())) == 1:
                mention.name, mention.country = next(iter(placed[info.label]))
            elif info is not None and not placed.get(info.label) and groups.local_force(mention.name):
                home = home or [self._home_town()]
                if home[0] is not None:
                    town, country = home[0]
                    mention.name, mention.country = f"{town} {mention.name.lower()}", country

    def places_of_the_article_s_countries(self) -> None:
        """A place's name that several countries have is the one in a country the article's other
        places are in, when only one of them is: "Valencia" in a story that also names a town
        only one country has. The places whose names one country has tell the article's countries."""
        places = [m for m in self.by_range.values() if m.kind in (PLACE, COUNTRY) and not m.nominal]
        countries = {m.name: {p.country for p in self.gaz.places(m.name)} for m in places}
        sure = {m.country for m in places if m.country and countries[m.name] == {m.country}}
        for mention in places:
            if mention.kind == PLACE and mention.country not in sure:
                options = countries[mention.name] & sure
                if len(options) == 1:
                    mention.country = options.pop()

    def _home_town(self) -> tuple[str, str | None] | None:
        """The town a story is told from, with its country: its dateline's ("ELMFORD (AP) —"),
        or, with no dateline, the only town the article names; None when that is no town (a
        country, a region) or when the article names several."""
        dateline = find_dateline(self.article.text)
        if dateline is not None:
            name, _, rest = re.split(r"[(]", dateline.span.text)[0].partition(",")
            name = name.strip().title()
            towns = [p for p in self.gaz.places(name) if p.kind == "city"]
            where = self.gaz.place(rest.strip()) if rest.strip() else None  # "ELMFORD, Ohio"
            if where is not None:
                towns = [p for p in towns if p.country == where.country]
            countries = {p.country for p in towns}
            return (name, countries.pop() if len(countries) == 1 else None) if towns else None
        towns = {(m.name, m.country) for m in self.by_range.values()
                 if m.kind == PLACE and not m.nominal and _town_of(self.gaz, m.name, m.country)}
        return next(iter(towns)) if len(towns) == 1 else None

    def _country_of_origin(self, noun: Token) -> str | None:
        """ "officials from Norvania", "residents of the Republic of Norvania": the country an
        "of" / "from" phrase on a group's noun names, the whole object a country's name."""
        for prep in noun.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
                continue
            place = next((child for child in prep.children if child.dep_ == "pobj"), None)
            country = self._country_named(place) if place is not None else None
            if country is not None:
                return country
        return None

    def _country_named(self, head: Token) -> str | None:
        """The country the phrase a noun heads names, whole ("the Republic of Norvania")."""
        words = self.doc[head.left_edge.i:head.right_edge.i + 1]
        info = self.gaz.country(words[1:].text if words[0].dep_ == "det" and len(words) > 1 else words.text)
        return info.code if info else None

    def _place_before(self, start: int, group_start: int) -> EntityMention | None:
        """The place mention that is all of the words before a group noun ("Elmford police")."""
        if group_start <= start:
            return None
        span = self.doc[start:group_start]
        mention = self.by_range.get((span.start_char, span.end_char))
        if mention is None:  # "Elmford's police"
            while group_start - 1 > start and self.doc[group_start - 1].tag_ == "POS":
                group_start -= 1
            span = self.doc[start:group_start]
            mention = self.by_range.get((span.start_char, span.end_char))
        return mention if mention is not None and mention.kind == PLACE and not mention.nominal else None

    def _group_of(self, phrase: SpacySpan):
        """The longest suffix of the phrase that the gazetteer knows as a group ("armed criminals", "police")."""
        tokens = [t for t in phrase if not t.is_punct and t.text not in "“”\"'"]
        if not tokens:
            return None
        for i in range(len(tokens)):
            candidate = " ".join(t.text for t in tokens[i:])
            info = groups.group(candidate)
            if info is not None:
                return info, tokens[i].i
        return None

    # -- 3b. people described by their role --------------------------------------------

    def roles(self) -> None:
        """ "the gunman", "the 26-year-old actress", "the police officer": one person of the story,
        described by a role noun of ``person_roles.yaml`` in the singular after "the". A nominal
        Person mention with the role's sector; kg.resolve finds who it is. "a gunman" introduces
        someone new and "her publicist" someone else, so neither is taken."""
        devices = None  # the role nouns this article uses of a device ("a media player"), once asked
        for token in (self.doc[i] for i in positions_of(self.doc, LOWER, _ROLE_ENDS)):
            if token.tag_ not in ("NN", "NNP") or self._taken(token.i, token.i + 1):
                continue
            if token.lower_ in name_kinds().things.also_people:
                devices = device_nouns(self.doc) if devices is None else devices
                if token.lower_ in devices:
                    continue  # "the player" after "a portable media player": the device
            before = self.doc[token.i - 1].lower_ if token.i > 0 else ""
            role = f"{before} {token.lower_}" if f"{before} {token.lower_}" in _ROLES else token.lower_
            if role not in _ROLES:
                continue
            if not _definite(token):
                continue
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON":
                continue  # "the actress Lena Ashcombe": a title, handled with the name
            start = next(child.i for child in token.lefts if child.dep_ == "det") + 1
            if self._taken(start, token.i + 1):
                start = token.i
            self._add(start, token.i + 1, role, PERSON, votes={PERSON: 0.5}, sector=_ROLES[role], nominal=True)

    # -- 4. office holders ----------------------------------------------------------

    def office_holders(self) -> None:
        """Descriptions like "the president", "Kenya's president": nominal Person mentions."""
        titles: dict[str, TitleInfo | None] = {}  # each noun's title, looked up once per article

        def title(text: str) -> TitleInfo | None:
            if text not in titles:
                titles[text] = self.gaz.title(text)
            return titles[text]

        for token in (self.doc[i] for i in positions_of(self.doc, POS, ("NOUN", "PROPN"))):
            if self._taken(token.i, token.i + 1):
                continue
            if not token.text[:1].isalpha() or "." in token.text or (token.i > 0 and self.doc[token.i - 1].like_num):
                continue  # "3:00 p.m." is no prime minister
            info = title(token.text)
            if info is None or not info.office or info.modifiers:
                continue
            if token.tag_ in ("NNS", "NNPS") or (token.lower_.endswith("s") and title(token.text[:-1]) == info):
                continue  # "senators", "Princes Street": several people or a name, not one office holder
            # A title directly before a name belongs to the name (handled in named_entities).
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON":
                continue
            start = token.i
            while start > 0 and (self.doc[start - 1].dep_ in ("compound", "amod", "poss", "case") or self.doc[start - 1].tag_ == "POS") and self.doc[start - 1].head.i in (token.i, start):
                start -= 1
            while start < token.i and self.doc[start].lower_ in _LEADING_DETERMINERS:
                start += 1
            phrase = self.doc[start:token.i + 1]
            if self._taken(start, token.i + 1):
                start = token.i
                phrase = self.doc[start:token.i + 1]
            self._add(start, token.i + 1, phrase.text, PERSON, votes={PERSON: 0.5},
                      title=info.title, country=_country_in(self.gaz, phrase), sector=info.sector, nominal=True)

    # -- 4b. descriptions a name carries --------------------------------------------------

    def name_descriptions(self) -> None:
        """A description written beside a person's name is a mention of that person of its own:

        - a title with a modifier of its own before the name: "Kestrel CEO Dana Vole" (the
          description "Kestrel CEO"), "company CEO Dana Vole", "CEO and co-founder Dana Vole";
        - a noun phrase headed by a title in apposition to the name: "Dana Vole, founder of
          Kestrel,", "Dana Vole, the Kestrel chief executive,".

        The mention holds the title's words ("CEO", "chief executive", "founder"): a name
        before them ("Kestrel") is a mention of its own. A bare title before a name
        ("President Dana Vole", "Russian President Dana Vole") is part of the name, as the title of
        its mention. The description ``refers_to`` the name's mention (kept only while that
        is a named person's)."""
        people = [m for m in self.by_range.values() if m.kind == PERSON and not m.nominal and not m.pronoun]
        for person in people:
            name = self.doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
            if name is None or not len(name):
                continue
            info, title = self._title_before(name.start)
            title = _hyphenated(title) if title is not None else None
            if title is not None and self._titled_modifier(title):
                self._description(title.start, title.end, self.gaz.title(title.text) or info, person)
            for child in name.root.children:
                if child.dep_ == "appos" and child.i >= name.end and child.pos_ in ("NOUN", "PROPN") \
                        and not object_of_dangling_preposition(name.root):
                    self._apposed_title(child, person)

    def _titled_modifier(self, title: SpacySpan) -> bool:
        """Whether a title before a name has a modifier of its own: a noun or a name before it
        ("Kestrel CEO", "company CEO"), or another title it is joined to ("CEO and co-founder")."""
        doc = self.doc
        if title.start >= 2 and doc[title.start - 1].lower_ in ("and", "&") \
                and self.gaz.title(doc[title.start - 2].text) is not None:
            return True
        chain = _modifier_chain(title)
        return any(t.pos_ in ("NOUN", "PROPN") and self.gaz.title(t.text) is None
                   and self.gaz.country(POSSESSIVE.sub("", t.text)) is None for t in doc[chain.start:title.start])

    def _apposed_title(self, head: Token, person: EntityMention) -> None:
        """ "founder of Kestrel", "the Kestrel chief executive": the title words of a noun phrase in
        apposition to a name, when the gazetteer knows them as a title."""
        start = head.i
        while start > 0 and self.doc[start - 1].dep_ in ("compound", "amod") and self.doc[start - 1].head.i >= start \
                and not self.doc[start - 1].is_punct and not self._taken(start - 1, start):
            start -= 1
        for begin in range(start, head.i + 1):  # the longest title that ends at the head
            info = self.gaz.title(self.doc[begin:head.i + 1].text)
            if info is not None:
                self._description(begin, head.i + 1, info, person)
                return

    def _description(self, start: int, end: int, info, person: EntityMention) -> None:
        while start < end and self._taken(start, start + 1):
            start += 1  # "Kestrel CEO": the company's name is a mention of its own
        if start >= end or self._taken(start, end) or info.honorific:
            return
        mention = self._add(start, end, self.doc[start:end].text, PERSON, votes={PERSON: 0.5}, title=info.title,
                            country=_country_in(self.gaz, self.doc[start:end]), sector=info.sector, nominal=True)
        if mention is not None:
            self.beside_names[id(mention)] = person

    # -- 5. pronouns ------------------------------------------------------------------

    def pronouns(self) -> None:
        for token in (self.doc[i] for i in positions_of(self.doc, LOWER, PRONOUN_GENDER.keys())):
            if token.pos_ == "PRON" and not self._taken(token.i, token.i + 1):
                self._add(token.i, token.i + 1, token.text, PERSON, votes={PERSON: 0.1}, nominal=True, pronoun=True)


# -- module helpers ---------------------------------------------------------------------


def _spaced_apostrophe_names(doc: Doc) -> list[SpacySpan]:
    """The named entities, with a surname written with a space after its apostrophe joined
    back: NER reads "Daniel O' Brannagh" as a person "Daniel O'" and a place "Brannagh"."""
    ents = list(doc.ents)
    joined: list[SpacySpan] = []
    skip: set[int] = set()
    for ent in ents:
        if ent.start in skip:
            continue
        end = ent.end
        if ent.label_ == "PERSON" and end - ent.start >= 2 and end < len(doc) \
                and doc[end - 1].text in ("'", "’") and not doc[end - 2].whitespace_ \
                and doc[end - 2].is_title and len(doc[end - 2].text) <= 2 \
                and doc[end].is_title and doc[end].is_alpha:
            ent = SpacySpan(doc, ent.start, end + 1, label=ent.label_)
            skip.add(end)  # the entity NER made of the surname
        joined.append(ent)
    return joined


def _job_before_person(doc: Doc, ent: SpacySpan) -> bool:
    """An organisation's name the tagger made of a job written before a person's name ("Hotel
    Receptionist Marta Olsen"): it ends in a role or a job of ``person_roles.yaml`` and no word of it
    heads an institution ("Elmford Police Officer Dana Voss" keeps "Elmford Police")."""
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].ent_type_ != "PERSON" \
            or doc[ent.end].ent_iob_ != "B" or doc[ent.end - 1].lower_ not in _ROLES_AND_JOBS:
        return False
    return not any(groups.sector_of_head(token.text) is not None for token in ent)


def _brand_joins(doc: Doc) -> dict[int, int]:
    """ "Harbor Suites by Velmont": a venue's or a firm's name, then "by" and a brand's name that
    the "by" ties to the first name itself (no verb or event noun before it, no comma): one name,
    a brand's line ("<Name> by <Brand>"), not two actors. Maps the first name's start to the
    brand's start (a name written from one to the other is one name)."""
    starts = {ent.start: ent for ent in doc.ents}
    joins = {}
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or ent.end + 1 >= len(doc):
            continue
        by = doc[ent.end]
        brand = starts.get(ent.end + 1)
        if by.lower_ != "by" or brand is None or brand.label_ not in ("ORG", "PERSON", "GPE", "FAC"):
            continue
        # the "by" hangs on the first name, or the whole qualifies a common noun after it
        # ("the Harbor Suites by Velmont hotel")
        ties = by.dep_ == "prep" and ent.start <= by.head.i < ent.end
        qualifies = brand.end < len(doc) and doc[brand.end].pos_ == "NOUN" and doc[brand.end].is_lower \
            and brand.root.dep_ == "compound" and brand.root.head.i == brand.end
        if ties or qualifies:
            joins[ent.start] = brand.start
    return joins


def _variants(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a span the tagger read as one that lists a name and a longer name starting
    with it ("the Volebook and Volebook Pro": two models, each a name); a name with "and" in it
    that repeats no such start ("Marks and Spencer") stays whole."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in ("and", "or"):
            continue
        first = [t.text for t in doc[start:i] if t.lower_ not in _LEADING_DETERMINERS]
        second = [t.text for t in doc[i + 1:end]]
        if first and len(second) > len(first) and second[:len(first)] == first:
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _possessive_office_end(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> int | None:
    """Where the name of an office named after its holder ends, when the entity is, or starts,
    one: a place's name, capitalised words ending in a title (titles.yaml), a possessive, then
    an institution's head noun (groups.yaml) the possessive governs ("the Vesper County
    Sheriff's Office", "the Alder State Attorney's Office", "the Elmford Mayor's Office").
    The tagger cuts such a name at the place ('Alder State') or types it a place; it is an
    organisation. None otherwise (a person's "President Vole's Council")."""
    i = ent.end - 1 if doc[ent.end - 1].tag_ == "POS" else ent.end
    if any(t.tag_ == "POS" for t in doc[ent.start:i]):
        i = next(t.i for t in doc[ent.start:i] if t.tag_ == "POS")  # the whole office in one entity
    else:
        while i < len(doc) and i - ent.end < 3 and doc[i].is_title and doc[i].is_alpha:
            i += 1
    if i == ent.start or i + 1 >= len(doc) or doc[i].tag_ != "POS":
        return None
    head = doc[i + 1]
    if not (head.is_title and head.lower_ in groups.institution_heads() and doc[i - 1].head.i == head.i
            and gaz.title(doc[i - 1].text) is not None):
        return None
    return i + 2 if ent.end <= i + 2 else None


def _whole_name_end(doc: Doc, brand_start: int) -> int:
    """The end of the entity that starts at ``brand_start``."""
    return next(ent.end for ent in doc.ents if ent.start == brand_start)


def _doc_text(doc: Doc, article: Article) -> str | None:
    """The Doc's text without joining its tokens: the ``Article.masked`` it was parsed from
    (``kg.nlp.parse``), when their lengths agree (None otherwise: the Doc knows its text)."""
    last = doc[-1] if len(doc) else None
    length = last.idx + len(last.text_with_ws) if last is not None else 0
    return article.masked if len(article.masked) == length else None


def _modifier_chain(title: SpacySpan) -> SpacySpan:
    """The title and the nouns, names and adjectives before it that modify it:
    "US state department spokesman" for the title "spokesman"."""
    doc, begin = title.doc, title.start
    while begin > 0 and doc[begin - 1].dep_ in ("compound", "amod", "nmod", "npadvmod") \
            and not doc[begin - 1].is_punct and doc[begin - 1].lower_ not in _LEADING_DETERMINERS:
        begin -= 1
    return doc[begin:title.end]


def _unqualified(surface: SpacySpan) -> bool:
    """A bare noun of ``groups.yaml``'s ``qualified_only`` ("people") with nothing that says which
    people: no number, adjective, noun, "of" phrase or clause on it."""
    if not groups.qualified_only(surface.text):
        return False
    if surface[0].text[:1].isupper() and not surface[0].is_sent_start:
        return False  # "her rep told People": a name (a magazine), whatever kind it is
    root = surface.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _counts(root.head.head):
        return False  # "dozens of people", "two of the people"
    return not any(child.dep_ in ("nummod", "amod", "compound", "poss", "prep", "relcl", "acl", "appos")
                   for child in root.children)


def _town_of(gaz: Gazetteer, name: str, country: str | None) -> bool:
    """Whether ``name`` may be a town's (of ``country`` when that is known): no country's name, and
    a town of the gazetteer ("Toledo", which is also a region's name)."""
    readings = gaz.places(name)
    return bool(readings) and readings[0].kind != "country" \
        and any(p.kind == "city" and country in (None, p.country) for p in readings)


def _negated(noun: Token) -> bool:
    """A group noun under "no" ("no officers will be sent"): the text says there is nobody."""
    return any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children)


def _plural_of_an_alternative(noun: Token) -> bool:
    """ "the gunman or gunmen": the plural offered as the other reading of the singular before it,
    one description of whoever did it (the singular's mention), not a second group."""
    head = noun.head
    if noun.dep_ != "conj" or not any(child.lower_ == "or" for child in head.children):
        return False
    member = groups.group_member(head.text)
    return member is not None and member == groups.group(noun.text)


def _idiom_of_manner(surface: SpacySpan) -> bool:
    """A bare collective singular that is a preposition's whole object ("in force", "into force",
    "by force"): an idiom of manner or validity, not the group the noun names elsewhere ("the
    force said")."""
    root = surface.root
    return len(surface) == 1 and root.tag_ == "NN" and root.dep_ == "pobj" \
        and groups.collective_singular(root.text) and not any(True for _ in root.children)


def _capacity(noun: Token) -> bool:
    """A counted group noun that says a capacity (``capacity`` in groups.yaml): the object of
    "seat", "accommodate"; of "carry", "fly", "hold"… said as an ability ("can carry 640
    people") or a maximum ("up to 640 people", however the parser hangs "up to"); in a "with"
    phrase on a verb of ability ("can fly 9,000 miles with 212 passengers onboard"); after
    "capacity of/for"; or joined to one of these, or an alternative to it ("640 people in one
    class, or 450 people in three").
    """
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and _capacity(noun.head):
        return True
    words = groups.capacity()
    # "will seat between 210 and 330 passengers": a range of what it holds (the noun the object
    # of "between", or joined to its first number)
    between = noun.head if noun.dep_ == "pobj" else \
        noun.head.head if noun.dep_ == "conj" and noun.head.like_num and noun.head.dep_ == "pobj" else None
    if between is not None and between.lower_ == "between" and between.head.pos_ == "VERB" \
            and any(child.like_num for child in between.children):
        verb = between.head
        return verb.lemma_.lower() in words["verbs"] or verb.lemma_.lower() in words["carrying_verbs"] and _able(verb)
    number = next((child for child in noun.children if child.dep_ == "nummod" and child.like_num), None)
    if number is None:
        return False
    doc = noun.doc
    if number.i > 0 and doc[number.i - 1].lower_ == "or" and any(
            token.lower_ == noun.lower_ and _capacity(token) for token in doc[noun.sent.start:number.i]):
        return True  # "up to 640 people in one class, or 450 people in three": the other layout's
    most = number.i >= 2 and doc[number.i - 2].lower_ == "up" and doc[number.i - 1].lower_ == "to"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "for") and noun.head.head.lemma_.lower() in words["nouns"]:
        return True
    with_phrase = noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ in ("VERB", "AUX")
    up_to = noun.dep_ == "pobj" and noun.head.lower_ == "to" and most and noun.head.head.pos_ == "VERB"
    if noun.dep_ != "dobj" and not with_phrase and not up_to:
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in words["verbs"]:
        return True
    if with_phrase:
        return _able(verb)
    return lemma in words["carrying_verbs"] and (_able(verb) or most)


def _able(verb: Token) -> bool:
    """Whether a verb is said as an ability: with a modal of ``capacity.modals`` ("can carry") or
    as the infinitive of an adjective of ``capacity.abilities`` ("is able to carry")."""
    words = groups.capacity()
    return any(child.dep_ == "aux" and child.lower_ in words["modals"] for child in verb.children) \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words["abilities"]


def _rate(noun: Token) -> bool:
    """ "20 percent less fuel per passenger": the unit of a rate, no one of the story."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "per"


def _counts(token: Token) -> bool:
    """A number or a word of quantity ("dozens", "hundreds", "many"; figures.yaml's vague words)."""
    return token.like_num or token.lower_ in figure_lexicon().vague


def _country_in(gaz: Gazetteer, phrase: SpacySpan) -> str | None:
    """The country a word of the phrase names or is the demonym of."""
    for token in phrase:
        word = POSSESSIVE.sub("", token.text)
        info = gaz.country(word) or gaz.demonym(word)
        if info is not None:
            return info.code
    return None


def _noun_phrases(doc: Doc) -> Iterable[SpacySpan]:
    try:
        yield from doc.noun_chunks
    except ValueError:  # a pipeline without a parser has no noun chunks
        return


def _definite(noun: Token) -> bool:
    """ "the gunman", "that employee": a definite determiner before the noun."""
    return any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in noun.lefts)


# The sectors whose head noun makes a name NER read as a place an organisation ("Elmford County
# Herald", "Elmford County Schools"); the others' institutions are also venues or states
# ("Harlow General Hospital", "Elmford High School", "Soviet Union").
_PLACE_HEAD_SECTORS = frozenset({"MED", "BUS", "COP", "LAB", "EDU"})

# What a known given name before a family name weighs: more than the tagger's one vote, less
# than a frame or the gazetteer (kg.extract.actor_types.FRAME_WEIGHT, 3).
_GIVEN_NAME_WEIGHT = 1.5
# What a company's name ending ("Kestrel Aircraft", "Norvela Airways") weighs: more than the
# tagger's one vote, less than a frame of a thing (kg.extract.actor_types spares a name of 2 votes).
_COMPANY_NAME_WEIGHT = 1.5


# What "the" before a plural name weighs: more than the tagger's one vote for a person.
_PLURAL_NAME_WEIGHT = 1.5


def _the_plural_name(surface: SpacySpan) -> bool:
    """ "the Vantorels": a one-word name ending in "s" that "the" determines."""
    if len(surface) != 1:
        return False
    token = surface[0]
    return token.text.endswith("s") and token.text[:1].isupper() and not token.text.isupper() \
        and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def _given_and_family(surface: SpacySpan, gaz: Gazetteer) -> bool:
    """ "Dana Whitcombe", "Dana J. Whitcombe": a given name of the ``nicknames`` list, then one or
    two capitalised words (an initial may stand between), none a head of an institution, a
    place or a thing (name_kinds.yaml), the last not a company suffix's or a place's name."""
    words = [t for t in surface if not (len(t.text) <= 2 and t.text.endswith("."))]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words):
        return False
    if not gaz.is_given_name(words[0].text) or gaz.country(words[0].text) is not None \
            or any(t.tag_ == "NNPS" for t in words):
        return False  # "Georgia Vance" may be a place's; "Kestrel Eagles" a team
    last = words[-1].lower_
    kinds = name_kinds()
    if groups.sector_of_head(words[-1].text) is not None or last in kinds.places or last in kinds.not_actors \
            or last in kinds.things.nouns or last in kinds.things.events:
        return False
    return gaz.country(words[-1].text) is None and gaz.place(words[-1].text) is None


def _person_context(surface: SpacySpan) -> bool:
    """Whether a name stands where a person does: an age after it ("Dana Vole, 23,"), a speech
    verb it is the subject of, a gendered noun next to it ("her son Dana Vole"), or a person's
    name joined to it ("Dana Vole and Ann Lark")."""
    doc = surface.doc
    after = doc[surface.end : surface.end + 3]
    if len(after) >= 2 and after[0].text == "," and after[1].like_num and after[1].text.isdigit() \
            and 0 < int(after[1].text) < 120 and (len(after) < 3 or after[2].text in (",", ".", "and")):
        return True
    root = surface.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in attribution_cues().speech_verbs:
        return True
    nouns = gendered_nouns()
    if surface.start > 0 and doc[surface.start - 1].lower_ in nouns and doc[surface.start - 1].pos_ == "NOUN":
        return True
    if root.dep_ == "appos" and root.head.lower_ in nouns:
        return True
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [child for child in root.children if child.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in joined)


def _trim(span: SpacySpan) -> tuple[int, int]:
    """Token range without leading determiners/punctuation and trailing possessive/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING_DETERMINERS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"):
        end -= 1
    return start, _without_function_words(doc, start, end)


def _without_function_words(doc: Doc, start: int, end: int) -> int:
    """The end of ``doc[start:end]`` without the lower-case prepositions, conjunctions and articles
    that end it: no name ends in one ("Harlan's Furniture to", "Elmford Police and")."""
    while end > start and doc[end - 1].is_lower and doc[end - 1].pos_ in ("ADP", "CCONJ", "DET"):
        end -= 1
    return end


def _name_of(span: SpacySpan) -> str:
    text = " ".join(span.text.split())
    return POSSESSIVE.sub("", text).strip(" -–—,.;:\"'“”‘’")


def _is_junk(span: SpacySpan, name: str, label: str) -> bool:
    """Boilerplate and NER slips that name no actor: URLs, all-lowercase, sentence-initial common nouns."""
    if _URLISH.search(name) or not any(ch.isalpha() for ch in name):
        return True
    if name.islower():
        return True
    if all(t.like_num for t in span):
        return True  # "ELMFORD - Three men were hurt": a number word, capitalised, is no name
    if label in ("PERSON", "ORG", "NORP") and all(t.pos_ not in ("PROPN",) for t in span):
        # "Order", "Protests", "Law": capitalised common nouns tagged as entities.
        if not (name.isupper() and len(name) >= 2 and label == "ORG" and span[0].pos_ != "ADJ"):
            return True
    if label in ("PERSON", "ORG") and len(span) == 1 and span[0].is_stop:
        return True
    if all(word in name_kinds().name_suffixes for word in name.lower().replace(".", " ").split()):
        return True  # "Dana Voss, Esq.": the suffix of a person's name alone (name_kinds.yaml) is no one
    if name.isupper() and len(name) > 3 and span[0].is_sent_start and label == "ORG" and len(span) == 1:
        # "FREE", "NAIROBI" in a shouted dateline or prompt: let the gazetteer decide places elsewhere.
        return True
    return False


def _is_unit_or_term(doc: Doc, start: int, end: int, name: str) -> bool:
    """ "09:00 UTC" (a unit after a number or time), "US $199" and "US dollars" (a currency's
    country before its sign or noun) and "liquid petroleum gas (LPG)" (an acronym of a lowercase
    term) name no actor."""
    if start > 0 and (doc[start - 1].like_num or doc[start - 1].ent_type_ in ("TIME", "QUANTITY", "MONEY")):
        return True
    if (end < len(doc) and doc[end].is_currency) or doc[end - 1].text[-1:] in CURRENCY_SIGNS:
        return True  # "US $199", "US$299": the country names a currency, it does nothing
    if end < len(doc) and doc[end].lower_ in _CURRENCY_NOUNS and doc[end].pos_ in ("NOUN", "PROPN"):
        return True  # "paid in US dollars", "the euro against the Swiss franc"
    letters = name.replace(".", "")
    if letters.isupper() and 2 <= len(letters) <= 6 and start >= 2 and doc[start - 1].text == "(":
        words = [t for t in doc[max(0, start - 1 - len(letters) - 2):start - 1] if t.is_alpha]
        tail = words[-len(letters):]
        if len(tail) == len(letters) and all(t.is_lower for t in tail) \
                and "".join(t.text[0] for t in tail).upper() == letters:
            return True
    return False


def _acts(span: SpacySpan) -> bool:
    """Whether a place name is used as an actor: subject, possessor, by-agent, or "X-led"."""
    root = span.root
    if root.dep_ in ("nsubj", "poss") or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
        return True
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and \
        doc[span.end + 1].lower_ in ("led", "backed", "dominated", "sponsored", "brokered")


def _placed(span: SpacySpan) -> bool:
    """Whether a name stands where places stand: after "in", "near", "from"…, or modifying a
    common noun ("the Varnok province", "a Chester resident")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS:
        return True
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def _ticker_after(doc: Doc, end: int) -> bool:
    """An organisation followed by a stock ticker, "Chevron (CVX.N)", is a business."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((t.i for t in doc[end:end + 6] if t.text == ")"), None)
    return close is not None and bool(_TICKER.match(doc[end:close + 1].text.replace(" ", "")))


def _title_case_institution(name: str) -> str:
    """ "interior ministry" → "Interior Ministry"; keeps acronyms and already capitalised words."""
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in name.split())


# -- pronoun antecedents by syntax ---------------------------------------------------------

_REFLEXIVES = {"himself", "herself"}
# A clause that depends on another: "X said (that) he…", "X left after he…".
# The finite complement of a noun, "X denied rumors that he…", is one as well.
_DEPENDENT_CLAUSE_DEPS = ("ccomp", "advcl", "acl")


def _pronoun_antecedents(doc: Doc, mentions: list[EntityMention]) -> None:
    """Sets ``antecedent`` on the pronouns whose antecedent syntax tells (centering and binding,
    in the spirit of Lappin and Leass's preference for subjects):

    - a reflexive is the subject of its own clause: "Baker revealed *himself*";
    - a possessive in a conjunct is the first conjunct: "Baker pulled Doe and *his* nephew";
    - another possessive outside the subject is the subject of its clause: "Baker reported on
      *his* show";
    - the subject of a clause that depends on another (a complement or an adverbial clause) is
      the subject of that other clause: "Baker said *he* would…", "Baker admitted it 30 years
      after *he* had retired";
    - the subject of a sentence, or a possessive in it, is the subject of the sentence before:
      "Tam Bakewell, who was rumored to be John Doe, has died. *He* was 81. *His* body…";
    - a non-reflexive object is not the subject of its verb ("Brell shot *him*"): ``disjoint``.

    The antecedent is the mention the subject's head falls in (through "who" to the noun a
    relative clause describes, and from an apposition to its head); no mention there, no
    antecedent, and ``kg.resolve`` decides by recency alone.
    """
    pronouns = [m for m in mentions if m.pronoun]
    if not pronouns:
        return

    by_offset = MentionsByOffset(mentions)
    for pronoun in pronouns:
        token = doc.char_span(pronoun.span.start, pronoun.span.end, alignment_mode="expand")
        if token is None or len(token) != 1:
            continue
        _set_disjoint(pronoun, token[0], by_offset)
        subject = _antecedent_subject(token[0])
        if subject is None:
            continue
        mention = mention_at(by_offset, subject)
        if mention is None or mention is pronoun or mention.span.start >= pronoun.span.start:
            continue
        if mention.pronoun and PRONOUN_GENDER.get(mention.name.lower()) != PRONOUN_GENDER[pronoun.name.lower()]:
            continue
        pronoun.antecedent = mention.key


def _set_disjoint(pronoun: EntityMention, token: Token, by_offset: MentionsByOffset) -> None:
    """ "Tomas Brell shot him": a non-reflexive object of a verb is not the verb's subject
    (Principle B of binding theory; a reflexive, "himself", is). Sets ``disjoint`` to the
    subject's mention."""
    if token.lower_ in _REFLEXIVES or token.dep_ not in ("dobj", "dative") or token.head.pos_ not in ("VERB", "AUX"):
        return
    subject = subject_of(token.head)
    mention = mention_at(by_offset, subject) if subject is not None else None
    if mention is not None and mention is not pronoun:
        pronoun.disjoint = mention.key


def _antecedent_subject(pronoun: Token) -> Token | None:
    """The head of the subject that syntax makes the antecedent of a pronoun (see
    ``_pronoun_antecedents``), or None."""
    word = pronoun.lower_
    clause = clause_head(pronoun)
    if clause is None:
        return None
    if word in _REFLEXIVES:
        return subject_of(clause)
    own_subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun.dep_ == "poss" and pronoun.head.dep_ == "conj":
        first = pronoun.head.head  # "X and his nephew": the one named in the first conjunct
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first if first.i < pronoun.i else None
    if pronoun.dep_ == "poss":
        if own_subject is None or not (own_subject.left_edge.i <= pronoun.i <= own_subject.right_edge.i):
            return subject_of(clause)
        in_subject = True
    elif pronoun.dep_ in SUBJECT_DEPS and pronoun.head.i == clause.i:
        in_subject = True
    else:
        return None
    if clause.dep_ in _DEPENDENT_CLAUSE_DEPS and clause.head.i != clause.i:
        governing = subject_of(clause_head(clause.head, itself=True))
        if governing is not None and governing.i < pronoun.i:
            return governing
    opening = clause.dep_ == "ROOT" or (clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.i < clause.head.i)
    if in_subject and opening:
        # The subject of a sentence ("He was 81."), or of the words a sentence reports ("His body
        # was found, the coroner said."): the subject of the sentence before.
        before = pronoun.sent.start - 1
        while before >= 0 and pronoun.doc[before].is_space:
            before -= 1  # the line break between two paragraphs
        return subject_of(pronoun.doc[before].sent.root) if before >= 0 else None
    return None


def _hyphenated(words: SpacySpan) -> SpacySpan:
    """The words with the ones a hyphen joins to their start: "co-founder", which the tokenizer
    splits in three, for "founder"."""
    doc, start = words.doc, words.start
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    return doc[start:words.end]


def _described_person(description: EntityMention, mentions: list[EntityMention]) -> bool:
    """Whether a description's ``refers_to`` is a named person's mention."""
    return any(m.key == description.refers_to and m.kind == PERSON and not m.nominal for m in mentions)


def _link_pronouns(mentions: list[EntityMention]) -> None:
    """Each personal pronoun refers to the most recent named person before it (within ~600 characters)."""
    last_person: EntityMention | None = None
    for mention in mentions:
        if mention.pronoun:
            near = last_person is not None and mention.span.start - last_person.span.end < 600
            mention.refers_to = last_person.key if near else None
        elif mention.kind == PERSON and not mention.nominal:
            last_person = mention
