"""Gazetteers loaded once from ``data/`` (countries, seats of power, organisations, outlets,
titles, speech cues, event triggers) with accent- and case-insensitive lookups."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def fold(s: str | None) -> str:
    """Case-, accent- and punctuation-insensitive key (keeps letters, digits and spaces)."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace(".", "")
    return " ".join(s.casefold().split())


@dataclass
class Country:
    iso2: str
    name: str
    the: bool
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)

    @property
    def display(self) -> str:
        """Name as used after 'of': 'the United States', 'Russia'."""
        return f"the {self.name}" if self.the else self.name

    @property
    def government(self) -> str:
        return f"Government of {self.display}"


@dataclass
class Org:
    name: str
    kind: str = "organisation"
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    parent: str | None = None


class Gazetteer:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.country_by_form: dict[str, str] = {}  # folded name/alias -> iso2
        self.demonym: dict[str, str] = {}  # folded demonym -> iso2
        self.capital: dict[str, str] = {}  # folded capital -> iso2
        self.seat: dict[str, str] = {}  # folded seat -> iso2 or organisation name
        self.regions: dict[str, str] = {}  # folded region -> iso2
        self.orgs: dict[str, Org] = {}
        self.org_by_form: dict[str, str] = {}
        self.outlets: dict[str, Org] = {}
        self.local_orgs: dict[tuple[str | None, str], str] = {}
        self.outlet_by_form: dict[str, str] = {}
        self._load()

    # -- loading -----------------------------------------------------------------
    def _load(self) -> None:
        for line in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = (line.split("\t") + [""] * 6)[:6]
            iso, name, the, aliases, demonyms, capitals = cols
            split = lambda v: [x for x in v.split("|") if x]  # noqa: E731
            c = Country(iso, name, the == "1", split(aliases), split(demonyms), split(capitals))
            self.countries[iso] = c
            for form in [name, *c.aliases]:
                self.country_by_form[fold(form)] = iso
                self.country_by_form[fold("the " + form)] = iso
            for d in c.demonyms:
                self.demonym.setdefault(fold(d), iso)
            for cap in c.capitals:
                self.capital.setdefault(fold(cap), iso)
        self.demonym["bolivarian"] = "VE"
        for line in (DATA / "seats.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                seat, target = line.split("\t")[:2]
                self.seat[fold(seat)] = target
        for line in (DATA / "regions.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                self.regions[fold(cols[0])] = cols[1] if len(cols) > 1 else ""
        for item in json.loads((DATA / "organisations.json").read_text(encoding="utf-8")):
            org = Org(
                item["name"],
                item.get("kind", "organisation"),
                item.get("aliases", []),
                item.get("country"),
                item.get("parent"),
            )
            self.orgs[org.name] = org
            for form in item.get("local_aliases", []):
                # a name that means this body only in its own country ("the Congress" of an
                # Indian article is the party, not a legislature)
                self.local_orgs[(org.country, fold(form))] = org.name
            for form in [org.name, *org.aliases]:
                self.org_by_form.setdefault(fold(form), org.name)
                if not form.lower().startswith("the "):
                    self.org_by_form.setdefault(fold("the " + form), org.name)
        for item in json.loads((DATA / "outlets.json").read_text(encoding="utf-8")):
            org = Org(item["name"], "media", item.get("aliases", []), item.get("country"))
            self.outlets[org.name] = org
            for form in [org.name, *org.aliases]:
                self.outlet_by_form.setdefault(fold(form), org.name)
        self.titles = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))
        self.cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
        self.events = json.loads((DATA / "events.json").read_text(encoding="utf-8"))
        abbreviations = json.loads((DATA / "abbreviations.json").read_text(encoding="utf-8"))
        self.abbreviations = frozenset(abbreviations["abbreviations"])
        names = json.loads((DATA / "first_names.json").read_text(encoding="utf-8"))
        self.female_names = set(names["female"])
        self.male_names = set(names["male"])
        self.honorifics = sorted(self.titles["honorifics"], key=len, reverse=True)
        self.honorifics_folded = {fold(h) for h in self.honorifics}
        self.honorifics_set = {w for h in self.honorifics for w in h.split() if w[0].isupper()}
        self.role_words = {fold(w) for w in self.titles["role_words"]}
        self.person_role_heads = {fold(w) for w in self.titles["person_role_heads"]}
        self.ministry_topics = {fold(k): v for k, v in self.titles["ministry_topics"].items()}
        self.ministry_topic_words = {w for k in self.ministry_topics for w in k.split()}
        self.title_abbreviations = dict(self.titles["title_abbreviations"])
        self.party_adjectives = set(self.titles["party_adjectives"])
        self.kin_nouns = set(self.titles["kin_nouns"])
        self.cue_category = self.cues["verbs"]
        self.clause_verbs = set(self.cues["clause_verbs"])
        self.object_verbs = set(self.cues["object_verbs"])
        self.object_to_verbs = set(self.cues["object_to_verbs"])
        self.object_of_verbs = set(self.cues["object_of_verbs"])
        self.object_for_verbs = set(self.cues["object_for_verbs"])
        self.object_of_preps = {k: tuple(v) for k, v in self.cues["object_of_preps"].items()}
        self.convened_nouns = set(self.cues["convened"])
        self.evidence_nouns = set(self.cues["evidence_nouns"])
        self.as_such_verbs = set(self.cues["as_such_verbs"])
        self.for_verbs = set(self.cues["for_verbs"])
        self.weak_verbs = set(self.cues["weak_verbs"])
        self.gloss_verbs = set(self.cues["gloss_verbs"])
        trig: dict[str, str] = {}
        for kind, words in self.events.items():
            if kind.startswith("_"):
                continue
            for w in words:
                trig.setdefault(w.lower(), kind)
        self.event_triggers = trig

    # -- lookups -----------------------------------------------------------------
    def country_iso(self, form: str) -> str | None:
        return self.country_by_form.get(fold(form))

    def demonym_iso(self, form: str) -> str | None:
        return self.demonym.get(fold(form))

    def any_country_iso(self, form: str) -> str | None:
        key = fold(form)
        if key.endswith(" s"):  # possessive "China ’s" folded
            key = key[:-2]
        if key.endswith("'s"):
            key = key[:-2]
        return self.country_by_form.get(key) or self.demonym.get(key)

    def capital_iso(self, form: str) -> str | None:
        return self.capital.get(fold(form))

    def seat_target(self, form: str) -> str | None:
        return self.seat.get(fold(form))

    def org_name(self, form: str) -> str | None:
        return self.org_by_form.get(fold(form))

    def outlet_name(self, form: str) -> str | None:
        return self.outlet_by_form.get(fold(form))

    def country(self, iso: str | None) -> Country | None:
        return self.countries.get(iso or "")

    def ministry_name(self, topic: str, iso: str) -> str:
        c = self.countries[iso]
        key = fold(topic)
        if iso == "US":
            us = {
                "foreign affairs": "U.S. Department of State",
                "foreign": "U.S. Department of State",
                "defence": "U.S. Department of Defense",
                "defense": "U.S. Department of Defense",
                "finance": "U.S. Department of the Treasury",
            }
            if key in us:
                return us[key]
        t = self.ministry_topics.get(key, topic.title())
        return f"Ministry of {t} of {c.display}"


@lru_cache(maxsize=1)
def get() -> Gazetteer:
    return Gazetteer()
