"""Stage 8: events from a trigger lexicon (``data/events.json``) and the dependency parse.

1. Triggers: lexicon lemmas (verbs and event nouns) and multiword phrases, plus "told a
   radio station" and "speaking at an event" (statements). A verb whose object is an event
   noun ("held talks", "signed an agreement") lends it its subject; an event noun inside
   another event's argument ("the attack on the convoy") is its topic. Left out: triggers
   in direct quotations, names ("March", "Strike Force"), negated and hypothetical ones
   ("did not meet", "could strike", "called for a ceasefire", "any talks", "has yet to be
   signed", "close to a deal"), plain future without a day of its own ("would meet",
   "the next meeting"), statements that only carry speech ("said in a statement"), vote
   tallies, "meet a standard", and bare generic nouns naming nobody, no place and no day.
   Labour strikes and crowds clashing with police are protests; a parliament's vote is no
   election.
2. Frame of each trigger: its clause (the trigger and the verb governing it, without other
   clauses). Date: from that clause, else from a verb above it (never from a neighbouring
   clause: "before leaders gather on June 24"), else the running date of past narration;
   "after two days of talks" takes the first day, "a day after X" the day before, "since
   the war began" and "days after the summit" no day, "Sunday's referendum has divided" the
   coming Sunday. Places: GPE/LOC/FAC and proper nouns after in/at/near/outside, "the town
   of X", by canonical name ("U.S." = "United States"), not actors acting as agents, not
   topics ("about the Aral Sea") or sources ("pressure from Washington"); the dateline city
   for the day's lead meeting, statement, vote or protest. Participants from the roles:
   subject, object, "with X", "between X and Y", possessives and name modifiers, the
   subject of a support verb, mediators ("brokered by X"), "both sides" / "all three
   countries", the organisation of a person announcing a protest; never the subject of a
   speech verb that only talks about the event (actors of the clause only as a fallback).
3. One event per occurrence: mentions of the same kind with the same day and a shared
   participant or place (or two shared participants, one day unknown) are merged; "the
   meeting", "the talks", "this attack" refer back to the latest event of their kind (a
   past mention never to a planned one), and "the summit ended on Sunday" continues it.
4. A headline-like title from the frame, naming only role participants: "Telephone
   conversation between A and B", "Capture of X by Y in Z", "Visit by X to Kyiv",
   "Presidential election in Venezuela"; a lone noun gets its topic, place or day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import dates as dates_mod
from .actors import ActorIndex, Para
from .gazetteer import fold
from .gazetteer import get as gazetteer

KINDS_PRIORITY = [
    "military_action",
    "agreement",
    "phone_call",
    "diplomatic_meeting",
    "sanction",
    "election",
    "arrest",
    "protest",
    "humanitarian",
    "statement",
    "other",
]
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_LOC_PREPS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "into",
    "off",
    "along",
    "from",
    "to",
    "on",
    "against",
    "over",
    "toward",
    "towards",
}
_PLACE_NOUNS = {
    "town",
    "city",
    "village",
    "capital",
    "province",
    "region",
    "port",
    "district",
    "state",
    "states",
    "provinces",
    "regions",
    "towns",
    "cities",
    "villages",
    "districts",
}
_TOPIC_PREPS = {"about", "of", "for", "with", "than", "like", "regarding", "by", "between", "among"}
_GENERIC_PLACE_NOUNS = {"headquarters", "palace", "base", "office", "building", "residence"}
_HYPO_AUX = {"could", "might", "may", "should", "must", "can", "ca"}
_FUTURE_AUX = {"will", "would", "shall", "'ll", "’ll", "wo"}
_PLANNED_HEADS = {"expect", "plan", "schedule", "due", "set", "prepare", "intend", "be", "agree"}
_HYPO_HEADS = {
    "want",
    "hope",
    "seek",
    "try",
    "refuse",
    "threaten",
    "propose",
    "offer",
    "aim",
    "need",
    "fail",
    "call",
    "ask",
    "urge",
    "demand",
    "push",
    "press",
    "wish",
    "consider",
    "decline",
    "avoid",
    "prevent",
    "warn",
    "fear",
    "suggest",
    "request",
    "insist",
    "vow",
    "pledge",
    "promise",
}
_NONFACTIVE_OBJ = {
    "avoid",
    "prevent",
    "threaten",
    "propose",
    "seek",
    "want",
    "demand",
    "urge",
    "call",
    "ask",
    "request",
    "push",
    "press",
    "suggest",
    "offer",
    "hope",
    "consider",
    "fear",
    "warn",
    "need",
    "rule",
    "oppose",
    "resist",
}
_OCCUR_VERBS = {
    "move",
    "proceed",
    "advance",
    "take",
    "happen",
    "occur",
    "begin",
    "start",
    "resume",
    "continue",
    "follow",
    "go",
    "end",
    "be",
    "last",
    "conclude",
    "open",
    "close",
}
_NO_EVENT_DETS = {"no", "any", "every", "each", "another"}
_FUTURE_MODS = {"next", "future", "possible", "potential", "proposed", "planned", "upcoming"}
_DISTINCT_MODS = {"next", "another", "previous", "earlier", "first", "new", "last", "second"}
_ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}
_STATEMENT_DOCS = {"statement", "declaration", "communiqué", "communique"}
_ISSUE_VERBS = {"issue", "release", "publish", "adopt", "sign", "read", "put", "deliver", "make"}
_GROUP_HEADS = {
    "minister",
    "ministers",
    "leader",
    "leaders",
    "official",
    "officials",
    "representative",
    "representatives",
    "force",
    "forces",
    "troops",
    "delegation",
    "delegations",
    "army",
    "commander",
    "commanders",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "president",
    "presidents",
    "government",
    "governments",
    "members",
    "member",
    "head",
    "heads",
    "chief",
    "chiefs",
    "counterpart",
    "counterparts",
    "police",
    "navy",
    "coast",
    "guard",
    "militia",
    "fighters",
    "soldiers",
}
_PAIR_WORDS = re.compile(
    r"\b(?:(?:both|the two|all two|the three|all three|the four|all four)\s+"
    r"(?:sides|countries|nations|governments|leaders|parties|neighbours|neighbors|states|"
    r"delegations)|the\s+(?:sides|parties))\b",
    re.I,
)
_GROUP_SIZE = {"both": 2, "two": 2, "three": 3, "four": 4, "the": 2}
_LABOUR = {
    "union",
    "unions",
    "worker",
    "workers",
    "driver",
    "drivers",
    "staff",
    "walkout",
    "pay",
    "wage",
    "wages",
    "rail",
    "train",
    "trains",
    "teachers",
    "nurses",
    "doctors",
    "employees",
    "picket",
    "industrial",
    "hour",
    "48-hour",
    "24-hour",
    "strikers",
    "services",
    "commuters",
}
_MILITARY = {
    "air",
    "missile",
    "missiles",
    "drone",
    "drones",
    "forces",
    "troops",
    "military",
    "army",
    "bomb",
    "killed",
    "target",
    "targets",
    "airstrike",
    "artillery",
    "rocket",
    "rockets",
    "militants",
    "rebels",
}
_TITLE_WORDS = {
    "president",
    "head",
    "chief",
    "leader",
    "secretary",
    "general",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "minister",
    "deputy",
    "vice",
    "senior",
    "former",
    "executive",
}
_WORD_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_MEETABLE = {
    "counterpart",
    "leader",
    "minister",
    "official",
    "delegation",
    "president",
    "ambassador",
    "envoy",
    "representative",
    "family",
    "group",
    "member",
    "protester",
    "student",
    "worker",
    "farmer",
    "resident",
    "victim",
    "survivor",
    "negotiator",
    "mediator",
    "lawmaker",
    "union",
    "organisation",
    "organization",
    "chief",
    "head",
    "commander",
    "officer",
    "diplomat",
    "journalist",
    "reporter",
    "press",
    "team",
    "governor",
    "mayor",
    "king",
    "queen",
    "pope",
    "prince",
    "premier",
    "chancellor",
    "secretary",
    "delegate",
    "executive",
    "producer",
    "owner",
    "supporter",
}
_LEGISLATURES = {
    "parliament",
    "lawmaker",
    "legislator",
    "senate",
    "congress",
    "assembly",
    "council",
    "committee",
    "house",
    "legislature",
    "mp",
    "deputy",
    "senator",
}
_CONTINUE_VERBS = {
    "continue",
    "rage",
    "persist",
    "escalate",
    "intensify",
    "spread",
    "drag",
    "go",
    "last",
}
_WITH_HEADS = {"meeting", "talks", "negotiations", "consultations", "exchange"}
_SUPPORT_NOMINALS = {
    "signing",
    "initialling",
    "ratification",
    "agreement",
    "adoption",
    "imposition",
}
_PATIENT_HEADS = {
    "swearing-in",
    "signing",
    "initialling",
    "ratification",
    "capture",
    "seizure",
    "arrest",
    "detention",
    "summoning",
    "abduction",
    "kidnapping",
    "extradition",
    "indictment",
    "jailing",
    "imprisonment",
    "expulsion",
    "deportation",
    "evacuation",
    "adoption",
    "imposition",
    "waiver",
    "occupation",
    "storming",
}
_BETWEEN_HEADS = {
    "talks",
    "negotiations",
    "negotiation",
    "phone call",
    "call",
    "conversation",
    "clashes",
    "clash",
    "fighting",
    "war",
    "agreement",
    "deal",
    "accord",
    "treaty",
    "ceasefire",
    "truce",
    "pact",
    "consultations",
    "exchange",
    "collision",
    "standoff",
    "memorandum",
    "memorandums",
}


@dataclass
class EventCand:
    title: str
    kind: str
    date: dt.date | None
    places: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    para: int = 0
    sent_start: int = 0
    depth: int = 0  # of the trigger in the parse
    # the roles behind ``participants`` and what the title is built from
    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    head: str = ""
    topic: str = ""
    place_prep: dict = field(default_factory=dict)
    anaphoric: bool = False
    distinct: bool = False
    from_roles: bool = False
    mentions: list[tuple[int, int]] = field(default_factory=list)
    lead: bool = False
    explicit: bool = False  # the date comes from the trigger's own clause
    is_verb: bool = False
    indefinite: bool = False
    temporal: bool = False  # "after the summit": another occasion than the sentence's
    countries: list[str] = field(default_factory=list)
    loose_date: dt.date | None = None  # the sentence's date, kept if no antecedent is found
    past: bool = True  # told in a past-tense clause
    planned: bool = False


class _Lex:
    def __init__(self) -> None:
        gz = gazetteer()
        self.gz = gz
        self.trig = gz.event_triggers
        self.multi = sorted((k for k in self.trig if " " in k), key=len, reverse=True)
        ev = gz.events
        self.nominal: dict[str, str] = ev.get("_nominal", {})
        self.support = set(ev.get("_support_verbs", [])) | {"speak", "participate", "take"}
        self.attitude = set(ev.get("_attitude_verbs", []))
        self.not_events = sorted(ev.get("_not_events", []), key=len, reverse=True)
        self.crowd = set(ev.get("_crowd_nouns", []))
        self.release_objects = set(ev.get("_release_objects", []))
        self.media_nouns = set(ev.get("_media_nouns", []))
        self.venues = set(ev.get("_venue_nouns", []))
        self.noun_heads: dict[str, str] = ev.get("_noun_heads", {})
        self.title_stop = set(ev.get("_title_stop", []))
        self.speech = (set(gz.cue_category) | set(gz.clause_verbs)) - {
            "agree",
            "protest",
            "brief",
            "call",
            "address",
            "meet",
        }


_LEX: _Lex | None = None


def _lex() -> _Lex:
    global _LEX
    if _LEX is None:
        _LEX = _Lex()
    return _LEX


# -- parse helpers --------------------------------------------------------------------


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _np_end(t: Token) -> int:
    end = t.i + 1
    for c in t.rights:
        if c.dep_ in ("relcl", "acl", "appos", "conj", "cc") or c.is_punct:
            break
        end = c.right_edge.i + 1
    return end


def _topic(t: Token) -> str:
    """A short topic phrase: the noun with its modifiers and a short complement."""
    text = _np_text(t, 8)
    if "%" in text or re.match(r"^(?:up to|less than)", text):
        return ""
    words = text.split()
    if len(words) > 6:
        # cut before a second preposition: "limits on the amount of brine" -> "limits on the amount"
        preps = [
            i for i, w in enumerate(words) if w.lower() in ("on", "of", "for", "to", "in", "from")
        ]
        cut = preps[1] if len(preps) > 1 else 6
        words = words[:cut]
    first = next((x for x in t.subtree if x.text == (words[0] if words else "")), None)
    proper = first is not None and (
        first.pos_ == "PROPN" or first.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC")
    )
    if words and not proper and not words[0].isupper():
        words[0] = words[0].lower()
    while words and words[-1].lower() in ("of", "to", "the", "a", "an", "and", "on", "in", "for"):
        words.pop()
    return " ".join(words).strip(" ,")


def _np_text(t: Token, max_words: int = 7) -> str:
    doc = t.doc
    start = t.left_edge.i
    while (
        start < t.i
        and doc[start].dep_ in ("det", "predet")
        or (start < t.i and doc[start].is_punct)
    ):
        start += 1
    toks = list(doc[start : _np_end(t)])
    # cut a trailing infinitive/clause and dangling punctuation
    words = [x.text for x in toks]
    if len(words) > max_words:
        words = words[:max_words]
        while words and words[-1].lower() in ("of", "to", "the", "a", "an", "and", "on", "in", ","):
            words.pop()
    while words and words[-1].lower() in (
        "of",
        "to",
        "the",
        "a",
        "an",
        "and",
        "on",
        "in",
        ",",
        "for",
        "with",
        "by",
        "at",
        "from",
    ):
        words.pop()
    text = " ".join(words)
    text = re.sub(r"\s+([,.’'])", r"\1", text).replace(" ’s", "’s").replace(" 's", "'s")
    return text.strip(" ,;:“”\"'")


def _speech_adjunct(t: Token, d: Token, speech: set[str]) -> bool:
    """'X agreed on Monday ..., Y said after hosting them': the trigger hangs on the speech
    verb outside its reported clause, the date sits in the reported clause."""
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp":
            return False
        cur = cur.head
        if cur.lemma_.lower() in speech:
            return (
                any(c.dep_ == "ccomp" and d in c.subtree for c in cur.children)
                or any(c.dep_ == "ccomp" for c in cur.children if c.is_ancestor(d))
                or (cur.dep_ == "parataxis" and cur.head.is_ancestor(d))
            )
    return False


def _present(v: Token) -> bool:
    """Present tense or present perfect ('divides', 'has divided')."""
    aux = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ in ("VBZ", "VBP") and not aux:
        return True
    return v.tag_ == "VBN" and any(a in ("has", "have", "'s", "’s") for a in aux)


def _bare_vbn(v: Token) -> bool:
    """A past participle the tagger gave to a finite past verb ("ministers signed off")."""
    return (
        v.tag_ == "VBN"
        and (v.dep_ in ("ROOT", "conj") or v.sent.root.pos_ not in ("VERB", "AUX"))
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    )


def _governs(d: Token, t: Token) -> bool:
    """Is the date token ``d`` attached to the trigger ``t`` or to a verb above it?"""
    v = d
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    anc = {a.i for a in t.ancestors}
    attached = v.head.i == t.i and v.dep_ in ("relcl", "acl")
    return v.i == t.i or attached or v.i in anc or (v.head.i in anc and v.dep_ in ("relcl", "acl"))


def place_tokens_hint(t: Token, gov: Token | None) -> bool:
    """Does the trigger or its verb name a place ("expected to meet in Washington")?"""
    for v in (t, gov):
        if v is None:
            continue
        for c in v.children:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "at", "near", "outside")
                and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
            ):
                return True
    return False


def _locative(t: Token) -> bool:
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "outside", "inside")


def _conjuncts(t: Token) -> list[Token]:
    out = [t]
    for c in t.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


def _gov(t: Token) -> Token | None:
    """The verb governing a noun trigger (``t`` itself for a verb)."""
    if t.pos_ in ("VERB",) and t.dep_ not in ("amod", "compound"):
        return t
    cur = t
    for _ in range(7):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _subject(v: Token, depth: int = 0) -> list[Token]:
    deps = ("nsubj", "csubj") if depth == 0 else ("nsubj", "csubj", "nsubjpass")
    subj = [c for c in v.children if c.dep_ in deps]
    if subj:
        s = subj[0]
        if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
            return [v.head]
        return [s]
    agent = [c for c in v.children if c.dep_ == "agent"]
    if agent:
        return [c for c in agent[0].children if c.dep_ == "pobj"]
    if depth < 3 and v.dep_ == "xcomp" and v.head.i != v.i:
        obj = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
        if obj:
            return obj  # "prompting Tallinn to summon the ambassador": Tallinn summons
    if depth < 3 and v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
        return _subject(v.head, depth + 1)
    if depth < 3 and v.dep_ == "pcomp" and v.head.head.i != v.head.i:
        return _subject(v.head.head, depth + 1)  # "said after hosting X"
    return []


_CLAUSAL = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp"}


def _clause_tokens(t: Token, gov: Token | None) -> set[int]:
    """The trigger's own clause: its subtree and the governing verb's non-clausal parts,
    without relative and adverbial clauses nested in them."""
    out = _clause_raw(t, gov)
    anc = {t.i} | {a.i for a in t.ancestors}
    for x in list(t.doc[min(out) : max(out) + 1]) if out else []:
        if x.i in out and x.i not in anc and x.dep_ in ("relcl", "advcl", "ccomp", "acl"):
            if (x.head.i == t.i and x.dep_ in ("relcl", "acl")) or x.pos_ not in ("VERB", "AUX"):
                continue  # "the fighting, which erupted on July 24": about the event itself
            if x.i != t.i and t.i not in {y.i for y in x.subtree}:
                out -= {y.i for y in x.subtree}
    return out


def _clause_raw(t: Token, gov: Token | None) -> set[int]:
    out = {x.i for x in t.subtree}
    if t.pos_ == "VERB" and gov is t:
        out = {t.i}
        for c in t.children:
            if (c.dep_ in _CLAUSAL and c.pos_ in ("VERB", "AUX")) or (
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            ):
                continue
            out |= {x.i for x in c.subtree}
        return out
    if gov is None:
        return out
    out.add(gov.i)
    path = set()
    cur = t
    while cur.i != gov.i and cur.head.i != cur.i:
        path.add(cur.i)
        cur = cur.head
    for c in gov.children:
        if c.i in path:
            out |= {x.i for x in c.subtree}
        elif (
            c.dep_ in _CLAUSAL
            or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            or c.dep_ in ("nsubj", "nsubjpass")
            and gov.lemma_.lower() in _lex().speech
        ):
            continue
        else:
            out |= {x.i for x in c.subtree}
    return out


# -- the extractor ------------------------------------------------------------------------


class _Finder:
    def __init__(self, index: ActorIndex, quoted: list[tuple[int, int]]):
        self.index = index
        self.lex = _lex()
        self.gz = self.lex.gz
        self.quoted = quoted
        self.events: list[EventCand] = []
        self.anchor: dt.date | None = None

    # actors --------------------------------------------------------------------------
    def _actor_tok(self, p: Para, t: Token) -> str | None:
        m = self.index.by_token.get((p.index, t.i))
        if m is not None:
            a = self.index.actors.get(m.actor)
            if a is not None and a.kind != "media":
                return m.actor
            return None
        if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "NOUN":
            a = self.index.recent_role(p.offset + t.idx, [fold(t.text)], person=False)
            if a:
                return a
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is not None and prev.lower_ in (
            "south",
            "north",
            "central",
            "latin",
            "east",
            "west",
        ):
            return None  # "the South American country"
        if t.ent_type_ == "NORP" or (t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()):
            iso = self.gz.demonym_iso(t.text) or self.gz.country_iso(t.text)
            if iso and iso in self.gz.countries:
                c = self.gz.countries[iso]
                for name in (c.name, c.government):
                    if name in self.index.actors:
                        return name
        return None

    def _np_actors(self, p: Para, head: Token) -> list[str]:
        out: list[str] = []
        for h in _conjuncts(head):
            low = h.lower_
            if _locative(h):
                continue  # "in Washington", "at Turnberry": a place
            if low in ("he", "she", "him", "her") and h.pos_ == "PRON":
                g = "f" if low in ("she", "her") else "m"
                a = self.index.recent(p.offset + h.idx, kinds=("person",), gender=g)
                if a:
                    out.append(a)
                continue
            if low in ("it", "its") and h.pos_ == "PRON":
                a = self.index.recent(
                    p.offset + h.idx,
                    kinds=("government", "country", "organisation", "ministry", "armed_group"),
                )
                if a:
                    out.append(a)
                continue
            a = self._actor_tok(p, h)
            if a:
                out.append(a)
                continue
            found = []
            for x in h.doc[h.left_edge.i : h.i]:
                if x.dep_ in ("compound", "poss", "amod", "nmod") and (
                    x.head.i == h.i or x.head.dep_ in ("compound", "poss") and x.head.head.i == h.i
                ):
                    a = self._actor_tok(p, x)
                    if a:
                        found.append(a)
            appos = [self._actor_tok(p, c) for c in h.children if c.dep_ == "appos"]
            appos = [a for a in appos if a]
            if appos:
                out.extend(appos)  # "Portugal's sea minister, Ana Ribeiro": the person
                continue
            if not found and h.lower_ in _GROUP_HEADS | {"sides", "countries"}:
                for c in h.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                        for o in c.children:
                            if o.dep_ == "pobj":
                                found += [self._actor_tok(p, y) for y in _conjuncts(o)]
            out.extend(a for a in found if a)
        return list(dict.fromkeys(out))

    def _group(self, before: int, n: int) -> list[str]:
        """'both sides', 'all three countries': the ``n`` countries the story is about so far
        (most mentioned before ``before``, a government counting for its country)."""
        gz = self.gz
        count: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self.index.mentions:
            if m.start >= before or m.in_quote:
                continue
            a = self.index.actors.get(m.actor)
            if a is None or a.kind not in ("country", "government") or not a.country:
                continue
            c = gz.countries.get(a.country)
            name = c.name if c is not None and c.name in self.index.actors else m.actor
            count[name] = count.get(name, 0) + 1
            first.setdefault(name, m.start)
        ranked = sorted(count, key=lambda k: (-count[k], first[k]))[:n]
        if len(ranked) < n:
            return []
        return sorted(ranked, key=lambda k: first[k])

    def _pair(self, before: int) -> list[str]:
        """The two sides: the countries of the latest event between exactly two of them,
        else the two countries the story mentions most."""
        gz = self.gz
        for e in reversed(self.events):
            if e.span[0] >= before or not e.from_roles:
                continue
            names = []
            for n in e.participants:
                a = self.index.actors.get(n)
                if a is None or a.kind not in ("country", "government") or not a.country:
                    continue
                c = gz.countries.get(a.country)
                name = c.name if c is not None and c.name in self.index.actors else n
                if name not in names:
                    names.append(name)
            if len(names) == 2:
                return names
        return self._group(before, 2)

    # triggers -------------------------------------------------------------------------
    def triggers(self, p: Para, sent: Span) -> list[tuple[Token, str]]:
        lex = self.lex
        low = sent.text.lower()
        s_a = sent.start_char
        blocked: set[int] = set()
        for phrase in lex.not_events:
            for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
                blocked.update(range(m.start(), m.end()))
        hits: list[tuple[Token, str]] = []
        used: set[int] = set()
        for phrase in lex.multi:
            for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
                if any(i in used or i in blocked for i in range(m.start(), m.end())):
                    continue
                used.update(range(m.start(), m.end()))
                span = sent.doc.char_span(s_a + m.start(), s_a + m.end(), alignment_mode="expand")
                if span is not None:
                    hits.append((span.root, lex.trig[phrase]))
        for t in sent:
            r0 = t.idx - s_a
            if any(i in used or i in blocked for i in range(r0, r0 + len(t.text))):
                continue
            lem = t.lemma_.lower()
            kind = lex.trig.get(lem) or lex.trig.get(t.lower_)
            if kind is None:
                continue
            as_verb = t.i > 0 and t.doc[t.i - 1].lower_ == "to"
            if t.pos_ not in ("NOUN", "VERB", "PROPN") and not as_verb:
                continue
            if t.text[:1].isupper() and t.i != sent.start:
                continue  # a name: "March", "Strike Force", "Summit Road"
            if lem == "fire" and t.pos_ != "VERB":
                continue
            if (
                kind == "phone_call"
                and lem == "call"
                and not re.search(r"\b(?:phone|telephone|spoke|spoken|call with|calls with)\b", low)
            ):
                definite = any(c.lower_ in ("the", "this", "that") for c in t.children)
                if not (t.pos_ == "NOUN" and definite and self.has_kind("phone_call")):
                    continue
            if lem == "release" and not any(
                x.lower_ in lex.release_objects or x.lemma_.lower() in lex.release_objects
                for x in [t.head, *t.children]
            ):
                continue
            if lem == "impose" and not any(c.dep_ == "dobj" for c in t.children):
                continue
            if t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN"):
                continue  # "war crimes", "ceasefire agreement": the head decides
            hits.append((t, kind))
        # "told a radio station", "speaking at a televised event": a statement event
        for t in sent:
            lem = t.lemma_.lower()
            if lem in ("declare", "proclaim") and any(
                c.lower_ in ("winner", "victor")
                for c in t.subtree
                if c.head.i in (t.i,) or c.dep_ == "oprd"
            ):
                hits.append((t, "election"))
            if lem == "tell":
                for c in t.children:
                    if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in lex.media_nouns:
                        hits.append((c, "statement"))
            elif lem in ("speak", "address") and t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ == "at":
                        for o in c.children:
                            if (
                                o.dep_ == "pobj"
                                and o.lemma_.lower() in lex.venues
                                and not any(o.i == h.i for h, _ in hits)
                            ):
                                hits.append((o, "statement"))
        return hits

    def modality(self, t: Token, gov: Token | None) -> str | None:
        """neg | hypo | future | planned | None (a fact)."""
        lex = self.lex
        if any(c.dep_ == "det" and c.lower_ in _NO_EVENT_DETS for c in t.children):
            return "hypo"
        if any(c.dep_ == "neg" for c in t.children):
            return "neg"
        if t.pos_ != "VERB" and any(
            c.dep_ == "amod" and c.lower_ in _FUTURE_MODS for c in t.children
        ):
            return "future"
        # an event noun that is only asked for, feared or avoided
        h = t.head
        if t.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in _NONFACTIVE_OBJ:
            return "hypo"
        if (
            t.dep_ == "pobj"
            and h.dep_ == "prep"
            and h.lower_ in ("for", "to", "of", "on", "toward", "towards")
            and h.head.lemma_.lower() in _NONFACTIVE_OBJ | {"close", "near"}
        ):
            return "hypo"
        if (
            t.dep_ == "pobj"
            and h.lower_ in ("to", "toward", "towards")
            and h.head.lower_
            in (
                "close",
                "closer",
                "near",
            )
        ):
            return "hypo"
        before = t.doc[max(0, t.i - 4) : t.i].text.lower()
        if re.search(r"\byet to\b", before):
            return "hypo"  # "has yet to be signed"
        v = gov
        if v is None:
            return None
        if v is not t and not (
            v.lemma_.lower() in lex.support | set(lex.trig) | _OCCUR_VERBS
            and (t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or t.head.head.i == v.i)
        ):
            return None  # "did not accept the result of the election": the election happened
        seen = 0
        cur = v
        while cur is not None and seen < 3:
            kids = list(cur.children)
            if any(c.dep_ == "neg" for c in kids):
                return "neg"
            if any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "until") for c in kids
            ):
                return "hypo"
            aux = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")]
            if any(a in _HYPO_AUX for a in aux):
                return "hypo"
            if any(a in _FUTURE_AUX for a in aux):
                return "future"
            if "to" in aux or cur.dep_ == "xcomp":
                head = cur.head
                hl = head.lemma_.lower()
                if hl in _PLANNED_HEADS or head.lower_ == "due":
                    return "planned"
                if hl in _HYPO_HEADS:
                    return "hypo"
                if head.i != cur.i and cur.dep_ in ("xcomp",):
                    cur = head
                    seen += 1
                    continue
            if cur.lemma_.lower() in ("plan", "schedule") and any(
                c.dep_ == "auxpass" for c in kids
            ):
                return "planned"
            break
        if t is not v and t.dep_ == "dobj" and v.lemma_.lower() in lex.attitude:
            return None
        return None

    def has_kind(self, kind: str) -> bool:
        return any(e.kind == kind for e in self.events)

    # one sentence -------------------------------------------------------------------
    def sentence(
        self,
        p: Para,
        sent: Span,
        resolved: list,
        running: dt.date | None,
        future_sent: bool,
        lead: bool,
        dateline_end: int,
    ) -> None:
        hits = self.triggers(p, sent)
        if not hits:
            return
        by_tok = {t.i: k for t, k in hits}
        # a verb whose object is an event noun lends it its subject: "held talks"
        absorbed: dict[int, Token] = {}
        for t, _kind in hits:
            if t.pos_ != "VERB":
                continue
            for c in t.children:
                objs = [c] if c.dep_ in ("dobj", "attr") else []
                if c.dep_ == "prep" and c.lower_ in ("to", "on"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                for o in objs:
                    if o.i in by_tok and o.i != t.i:
                        absorbed[t.i] = o
        hit_tokens = {h.i for h, _ in hits}
        for t, kind in hits:
            if t.i in absorbed:
                continue
            if (
                t.pos_ == "NOUN"
                and t.dep_ == "pobj"
                and t.head.dep_ == "prep"
                and t.head.head.i in hit_tokens
                and t.head.head.pos_ == "NOUN"
                and by_tok[t.head.head.i] != kind
            ):
                continue  # "the attack on the convoy", "talks on a ceasefire": the topic
            pos = p.offset + t.idx
            if any(qa <= pos < qb for qa, qb in self.quoted):
                continue
            support = next((v for v, o in absorbed.items() if o.i == t.i), None)
            if support is not None and kind in ("statement", "other"):
                vk = by_tok[support]
                if vk not in ("statement", "other"):
                    kind = vk
            e = self.frame(p, sent, t, kind, resolved, running, future_sent, lead, dateline_end)
            if e is not None:
                self.add(e)

    def frame(
        self,
        p: Para,
        sent: Span,
        t: Token,
        kind: str,
        resolved: list,
        running: dt.date | None,
        future_sent: bool,
        lead: bool,
        dateline_end: int,
    ) -> EventCand | None:
        lex = self.lex
        doc = p.doc
        lem = t.lemma_.lower()
        gov = _gov(t)
        mod = self.modality(t, gov)
        if mod in ("neg", "hypo"):
            return None
        # statement nouns are events only when issued ("said in a statement" is speech)
        if (t.lower_ in _STATEMENT_DOCS or lem in _STATEMENT_DOCS) and kind == "statement":
            issuers = [gov] if gov is not None else []
            issuers += [c for c in t.children if c.dep_ == "acl"]
            if not any(v is not None and v.lemma_.lower() in _ISSUE_VERBS for v in issuers):
                return None
            if (
                gov is not None
                and gov.lemma_.lower() in ("sign", "initial")
                and lem in ("declaration",)
            ):
                kind = "agreement"
        if lem == "meet" and t.pos_ == "VERB":
            for c in t.children:
                if (
                    c.dep_ == "dobj"
                    and c.pos_ == "NOUN"
                    and c.lemma_.lower() not in _MEETABLE
                    and not self._np_actors(p, c)
                ):
                    return None  # "meet the highest standards", "met the corner"
        if kind == "election" and any(c.dep_ == "nummod" for c in t.children):
            return None  # "14 votes in favour", "1,412 votes": a tally
        if lem == "agree":
            if any(c.dep_ in ("ccomp",) for c in t.children):
                return None
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "with":
                    return None
                if c.dep_ == "prep" and c.lower_ == "on":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None and obj.lemma_.lower() in (
                        "need",
                        "importance",
                        "necessity",
                        "urgency",
                        "view",
                        "principle",
                        "point",
                    ):
                        return None
        # labour strikes are protests, not military action
        if lem in ("strike", "striking") or t.lower_ in ("strike", "strikes", "striking"):
            words = {w.lower_ for w in sent} | {w.lower_ for w in doc}
            lab, mil = len(words & _LABOUR), len(words & _MILITARY)
            if lab > mil:
                kind = "protest"
        if lem in ("gather", "clash", "fight", "march"):
            subj = _subject(t) if t.pos_ == "VERB" else []
            crowd = bool(subj) and (
                subj[0].lower_ in lex.crowd or subj[0].lemma_.lower() in lex.crowd
            )
            police = any(
                x.lemma_.lower() in ("police", "riot", "officer", "protester", "demonstrator")
                for x in t.subtree
                if x.i != t.i
            )
            if crowd or (kind == "military_action" and police):
                kind = "protest"  # "protesters clashed with police"
        if lem == "vote" and t.pos_ == "VERB":
            subj = _subject(t)
            if subj and subj[0].lemma_.lower() in _LEGISLATURES:
                kind = "other"  # "parliament voted to extend martial law": no election
        if (
            kind == "phone_call"
            and t.lower_ == "phone"
            and gov is not None
            and gov.lemma_.lower() in ("tell", "say")
        ):
            kind = "statement"  # "told Al Jazeera by phone": a phone interview
        clause = _clause_tokens(t, gov)
        own_roles = True
        multiday_shift = False
        mediators: list[str] = []
        temporal = False
        vague_gap = False
        cur = t
        while gov is not None and cur.i != gov.i and cur.head.i != cur.i:
            cur = cur.head
            if cur.lower_ in ("after", "before", "since", "following", "ahead", "until", "prior"):
                temporal = True  # "after the Alaska summit": another occasion
                gaps = [c for c in [*cur.children, *cur.head.children] if c.dep_ == "npadvmod"]
                if any(
                    c.lemma_.lower() in ("day", "week", "month", "year")
                    and c.tag_ == "NNS"
                    and not any(g.dep_ == "nummod" for g in c.children)
                    for c in gaps
                ):
                    vague_gap = True  # "days after the summit": not the sentence's day
        if t.dep_ == "acl" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i != t.head.i:
            v = t.head.head  # "families displaced from X arrive near Y"
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ in _LOC_PREPS:
                    clause |= {x.i for x in c.subtree}
        # -- date
        date = None
        in_clause = False
        best = None
        for d, r in resolved:
            if (
                "(@" in doc.text[max(0, d.start - 40) : d.start]
                or "pic.twitter" in doc.text[max(0, d.start - 200) : d.start]
            ):
                continue  # the date of a tweet credit line
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            inside = span is not None and all(x.i in clause for x in span)
            if (
                not inside
                and span is not None
                and not _governs(span.root, t)
                and not _speech_adjunct(t, span.root, self.lex.speech)
            ):
                continue  # a date of another clause ("before leaders gather on June 24")
            score = (0 if inside else 1, 0 if inside or r is not None else 1, abs(d.start - t.idx))
            if best is None or score < best[0]:
                best = (score, d, r, inside)
        if best is not None:
            date, in_clause = best[2], best[3]
            d0 = best[1]
            if (
                d0.kind == "weekday"
                and d0.mod is None
                and doc.text[d0.end : d0.end + 2] in ("’s", "'s")
                and t.pos_ != "VERB"
                and gov is not None
                and _present(gov)
                and self.anchor is not None
            ):
                # "Sunday's referendum has divided the city": the coming Sunday
                date = dates_mod.resolve(d0, self.anchor, future=True)
        elif mod is None:
            verb = gov if gov is not None else sent.root
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            while verb.dep_ == "xcomp" and verb.head.i != verb.i:
                verb = verb.head  # "had managed to evade"
            perfect = any(c.lower_ in ("has", "have") for c in verb.children)
            past_perfect = any(c.lower_ == "had" for c in verb.children)
            caption = "pic.twitter.com" in sent.text or "pic.twitter.com" in p.text
            if (
                (verb.tag_ == "VBD" or past_perfect or _bare_vbn(verb))
                and not perfect
                and mod != "future"
                and not caption
            ):
                date = running
        if date is None:
            date = self._date_of_occasion(t, clause)
        if mod == "planned" and date is None and not place_tokens_hint(t, gov):
            return None  # "how he planned to vote": no day, no place
        if mod == "future" and (date is None or not in_clause):
            return None  # "would meet", "the next meeting": no day, no event
        if date is not None and best is not None:
            span = doc.char_span(best[1].start, best[1].end, alignment_mode="expand")
            if span is None or not any(x.i in {y.i for y in t.subtree} for x in span):
                shifted = self._shift_multiday(t, date)
                multiday_shift = shifted != date
                date = shifted
        # -- roles
        agents: list[str] = []
        patients: list[str] = []
        others: list[str] = []
        place_tokens: list[tuple[Token, str]] = []
        topic = ""
        if t.pos_ == "VERB" and gov is t:
            for s in _subject(t):
                (patients if s.dep_ == "nsubjpass" else agents).extend(self._np_actors(p, s))
            for c in t.children:
                if c.dep_ == "nsubjpass":
                    names = self._np_actors(p, c)
                    patients.extend(names)
                    if not names and not topic and c.pos_ in ("NOUN", "PROPN"):
                        topic = _topic(c)
                elif c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            agents.extend(self._np_actors(p, o))
                elif c.dep_ in ("dobj", "dative"):
                    names = self._np_actors(p, c)
                    patients.extend(names)
                    if not names and not topic and c.pos_ in ("NOUN", "PROPN"):
                        topic = _topic(c)
                elif c.dep_ == "prep":
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        names = self._np_actors(p, o)
                        if c.lower_ in ("with", "between", "among"):
                            others.extend(names)
                        elif c.lower_ in ("against", "on", "into") and names and not self._city(o):
                            patients.extend(names)
                        if c.lower_ in _LOC_PREPS and (
                            c.lower_ != "from" or kind == "humanitarian"
                        ):
                            place_tokens += [(x, c.lower_) for x in _conjuncts(o)]
            if (
                t.dep_ in ("acl", "relcl")
                and t.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ in ("nsubj",) for c in t.children)
            ):
                h = t.head
                while h.dep_ == "conj" and h.head.i != h.i:
                    h = h.head  # "Maduro and Cilia Flores, who were seized"
                patients.extend(self._np_actors(p, h))
        else:
            patient_noun = lex.nominal.get(lem, lem) in _PATIENT_HEADS or lem in _PATIENT_HEADS
            for c in t.children:
                if c.dep_ == "poss":
                    (patients if patient_noun else agents).extend(self._np_actors(p, c))
                elif c.dep_ in ("compound", "amod", "nmod"):
                    a = self._actor_tok(p, c)
                    if a:
                        agents.append(a)
                elif c.dep_ == "prep":
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        names = self._np_actors(p, o)
                        pl = c.lower_
                        if pl in ("between", "with", "among", "of"):
                            others.extend(names)
                        elif pl == "by":
                            agents.extend(names)
                        elif pl in ("against", "on") and not self._city(o):
                            patients.extend(names)  # "strikes on Kyiv": a place
                        if (pl in _LOC_PREPS or pl == "of") and (
                            pl != "from" or kind == "humanitarian"
                        ):
                            place_tokens += [(x, pl) for x in _conjuncts(o)]
                        if (
                            not names
                            and not topic
                            and pl in ("on", "over", "into", "about", "of", "for", "to")
                            and o.pos_ in ("NOUN", "PROPN")
                            and not self._is_place_tok(p, o)
                        ):
                            topic = (pl + " " + _topic(o)) if _topic(o) else ""
                elif c.dep_ == "acl":
                    for g in c.children:
                        if g.dep_ == "agent":
                            for o in g.children:
                                if o.dep_ == "pobj":
                                    # "a deal brokered by Qatar", "talks hosted by Malaysia"
                                    mediators.extend(self._np_actors(p, o))
            if gov is not None and gov is not t:
                gl = gov.lemma_.lower()
                rel_ok = t.dep_ in ("dobj", "attr", "nsubjpass") or (
                    t.dep_ == "pobj"
                    and t.head.head.i == gov.i
                    and t.head.lower_ not in ("after", "before", "since", "until", "following")
                )
                if gl not in lex.support and gov.lower_ in lex.support:
                    gl = gov.lower_  # lemmatiser spellings: "travelled"
                if rel_ok and (gl in lex.support or gl in lex.trig) and gl not in lex.attitude:
                    own_roles = bool(agents or patients or others)
                    for s in _subject(gov):
                        agents.extend(self._np_actors(p, s))
                    for c in gov.children:
                        if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                            for o in c.children:
                                if o.dep_ == "pobj":
                                    others.extend(self._np_actors(p, o))
                        if c.dep_ == "prep" and c.lower_ in _LOC_PREPS - {"to", "from"}:
                            for o in c.children:
                                if o.dep_ == "pobj":
                                    place_tokens += [(x, c.lower_) for x in _conjuncts(o)]
        if kind == "statement" and gov is not None and gov is not t and not agents:
            # the speaker holds the news conference: nearest verb above with a named subject
            cur = gov
            for _ in range(4):
                for s_ in _subject(cur):
                    agents.extend(self._np_actors(p, s_))
                if agents or cur.head.i == cur.i:
                    break
                cur = cur.head
        group_text = " ".join(
            [doc[t.left_edge.i : t.right_edge.i + 1].text]
            + (
                [doc[s.left_edge.i : s.right_edge.i + 1].text for s in _subject(gov)]
                if gov is not None
                else []
            )
        )
        g = _PAIR_WORDS.search(group_text)
        if g:
            n = _GROUP_SIZE.get(g.group(0).split()[-2].lower(), 2)
            group = self._pair(p.offset + t.idx) if n == 2 else []
            others.extend(group or self._group(p.offset + t.idx, n))
        if t.pos_ == "ADJ" and t.i > 0 and doc[t.i - 1].lower_ == "to":
            # "due to brief ambassadors": a verb the tagger took for an adjective
            for s_ in _subject(doc[t.i - 1].head):
                agents.extend(self._np_actors(p, s_))
            if t.head.pos_ in ("NOUN", "PROPN"):
                patients.extend(self._np_actors(p, t.head))
        named = list(dict.fromkeys(agents + patients + others + mediators))
        from_roles = bool(named)
        if not named:
            named = self._sentence_actors(p, sent, t, clause)
            others = list(named)
        if not named and kind in ("protest",):
            named = self._organiser(p, t)
            agents = list(named)
            from_roles = bool(named)
        if (
            not named
            and kind == "military_action"
            and t.pos_ != "VERB"
            and not self.has_kind(kind)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        ):
            named = self._pair(p.offset + t.idx)  # "the fighting": the story's two sides
            others = list(named)
            from_roles = bool(named)
        # -- places
        places, preps = self._places(
            p,
            sent,
            clause,
            place_tokens,
            set(named),
            dateline_end,
            kind,
            tuple(x.i for x in (t, gov) if x is not None),
        )
        if places and not from_roles:
            named = [n for n in named if n not in places]  # "the town of X": a place
            others = [n for n in others if n not in places]
        # -- generic or empty mentions carry nothing
        np_head = t.head if t.dep_ == "compound" and t.head.pos_ == "NOUN" else t
        dets = [c for c in np_head.children if c.dep_ in ("det", "poss", "nummod")]
        quantity = (
            t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower()
            in ("hour", "day", "week", "month", "round", "minute", "year")
        )
        generic = (
            t.pos_ != "VERB"
            and not dets
            and not quantity
            and t.tag_ in ("NNS", "NN")
            and date is None
            and not from_roles
            and not places
        )
        if generic:
            return None
        definite = any(c.lower_ in _ANAPHORIC_DETS for c in dets)
        anaph_det = t.pos_ != "VERB" and definite and (not from_roles or not own_roles)
        anaphoric = anaph_det or (t.pos_ != "VERB" and not named and not places)
        distinct = any(c.dep_ in ("amod", "det") and c.lower_ in _DISTINCT_MODS for c in t.children)
        head = self._head_words(p, t, lem)
        if kind == "statement" and head == "phone call":
            head = "phone interview"
        subtree = {x.i for x in t.subtree}
        if gov is not None:
            temporal = temporal or any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
                for c in gov.children
            )
        multiday = (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "day"
        )
        if (
            (vague_gap or (temporal and not multiday and not multiday_shift))
            and best is not None
            and not in_clause
        ):
            span = doc.char_span(best[1].start, best[1].end, alignment_mode="expand")
            if span is None or not all(x.i in subtree for x in span):
                date = None  # "since the war began", "after fighting between ...": earlier
        if (
            anaph_det
            and gov is not None
            and gov.lemma_.lower() in _CONTINUE_VERBS
            and t.dep_ in ("nsubj", "nsubjpass")
            and self.has_kind(kind)
        ):
            in_clause = False  # "the fighting continued overnight": the same fighting
        loose_date = date
        if (anaph_det or mod in ("future", "planned")) and not in_clause:
            date = None
        sa = p.offset + sent.start_char
        return EventCand(
            title="",
            kind=kind,
            date=date,
            places=places,
            participants=named,
            span=(sa, p.offset + sent.end_char),
            para=p.index,
            sent_start=sa,
            depth=_depth(t),
            agents=list(dict.fromkeys(agents)),
            patients=list(dict.fromkeys(patients)),
            others=list(dict.fromkeys(others)),
            head=head,
            topic=topic,
            place_prep=preps,
            anaphoric=anaphoric,
            distinct=distinct,
            from_roles=from_roles,
            mentions=[(p.offset + t.idx, p.offset + t.idx + len(t.text))],
            lead=lead,
            explicit=in_clause,
            is_verb=t.pos_ == "VERB",
            loose_date=loose_date if anaph_det else None,
            past=mod is None and (gov is None or gov.tag_ in ("VBD", "VBN")),
            planned=mod in ("future", "planned"),
            indefinite=any(c.lower_ in ("a", "an") for c in dets),
            temporal=temporal,
        )

    def _organiser(self, p: Para, t: Token) -> list[str]:
        """A protest announced by a person: the organisation the person speaks for
        ('the federation's president said a protest would be held')."""
        cur = t
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in self.lex.speech:
                for s_ in _subject(cur):
                    if any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their")
                        for c in [s_, *s_.children]
                    ):
                        # "Its president, X, said ...": the body named just before
                        org = self.index.recent(
                            p.offset + s_.idx,
                            kinds=("organisation", "government", "ministry", "armed_group"),
                        )
                        if org:
                            return [org]
                    for name in self._np_actors(p, s_):
                        a = self.index.actors.get(name)
                        if a is None or a.kind != "person" or not a.role:
                            continue
                        for w in fold(a.role).split():
                            if w in _TITLE_WORDS or len(w) < 4:
                                continue
                            org = self.index.recent_role(p.offset + t.idx, [w], person=False)
                            if org:
                                return [org]
                break
        return []

    def _date_of_occasion(self, t: Token, clause: set[int]) -> dt.date | None:
        """'signed on the sidelines of the ceremony': the day of the ceremony seen before."""
        for x in t.doc[min(clause) : max(clause) + 1]:
            if x.i == t.i or x.i not in clause or x.pos_ != "NOUN":
                continue
            kind = self.lex.trig.get(x.lemma_.lower()) or self.lex.trig.get(x.lower_)
            if kind is None or not any(c.lower_ in ("the", "that", "this") for c in x.children):
                continue
            if x.head.dep_ != "prep" and x.head.lower_ not in ("of", "during", "at", "after"):
                continue
            for e in reversed(self.events):
                if e.kind == kind and e.date is not None:
                    return e.date
        return None

    def _shift_multiday(self, t: Token, date: dt.date) -> dt.date:
        """'after two days of talks' said on Tuesday: the talks began on Monday; 'said on
        Tuesday, a day after X collided': X on Monday."""
        markers = []
        for a in [t, *list(t.ancestors)[:3]]:
            markers += [
                c
                for c in a.children
                if c.lower_ in ("after", "before") and c.dep_ in ("prep", "mark", "advmod")
            ]
            if a.dep_ in ("ccomp", "relcl") or a.lemma_.lower() in self.lex.speech:
                break
        for a in markers:
            if True:
                span = [c for c in a.children if c.dep_ == "npadvmod"]
                span += [c for c in a.head.children if c.dep_ == "npadvmod" and c.i < a.i]
                for c in span:
                    if c.lemma_.lower() not in ("day", "week"):
                        continue
                    num = next((g for g in c.children if g.dep_ in ("nummod", "det")), None)
                    n = (
                        1
                        if num is None or num.lower_ in ("a", "one")
                        else _WORD_NUM.get(num.lower_, int(num.text) if num.text.isdigit() else 0)
                    )
                    if 0 < n < 15:
                        n *= 7 if c.lemma_.lower() == "week" else 1
                        sign = -1 if a.lower_ == "after" else 1
                        return date + dt.timedelta(days=sign * n)
        h = t.head
        if t.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() == "day":
            days = h.head
            num = next((c for c in days.children if c.dep_ == "nummod"), None)
            if num is not None:
                n = _WORD_NUM.get(num.lower_) or (int(num.text) if num.text.isdigit() else 0)
                if 1 < n < 15:
                    return date - dt.timedelta(days=n - 1)
        return date

    def _sentence_actors(self, p: Para, sent: Span, t: Token, clause: set[int]) -> list[str]:
        """Fallback participants: actors of the sentence, without the speaker who only
        reports the event and without names inside quotations."""
        lex = self.lex
        skip: set[int] = set()
        cur = t
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.lemma_.lower() in lex.speech | lex.attitude and cur.i != t.i:
                for c in cur.children:
                    if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                        skip |= {x.i for x in c.subtree}
        for c in sent.root.children:
            if sent.root.lemma_.lower() in lex.speech and c.dep_ in ("nsubj",):
                skip |= {x.i for x in c.subtree}
        for x in sent:
            if x.lower_ == "according" and x.dep_ == "prep":
                skip |= {y.i for y in x.subtree}
        s_a, s_b = p.offset + sent.start_char, p.offset + sent.end_char
        doc = p.doc
        out = []
        for m in self.index.mentions:
            if m.para != p.index or not (s_a <= m.start < s_b) or m.in_quote:
                continue
            if m.token in skip or m.token not in clause or _locative(doc[m.token]):
                continue
            a = self.index.actors.get(m.actor)
            if a and a.kind != "media":
                out.append(m.actor)
        return list(dict.fromkeys(out))

    def _city(self, t: Token) -> bool:
        """A place that is no country: 'strikes on Kyiv' name a place, 'sanctions on Iran'
        a target."""
        if t.ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
        return not self.gz.country_iso(t.text) and not self.gz.country_iso(
            t.doc[t.left_edge.i : t.i + 1].text
        )

    def _is_place_tok(self, p: Para, t: Token) -> bool:
        return t.ent_type_ in _PLACE_LABELS

    def _places(
        self,
        p: Para,
        sent: Span,
        clause: set[int],
        place_tokens: list[tuple[Token, str]],
        participants: set[str],
        dateline_end: int,
        kind: str = "other",
        prep_heads: tuple[int, ...] = (),
    ) -> tuple[list[str], dict]:
        gz = self.gz
        out: list[str] = []
        preps: dict[str, str] = {}
        seen: set[str] = set()

        def add(txt: str, prep: str | None, force: bool = False) -> None:
            txt = re.sub(r"(’s|'s)$", "", txt).strip(" ,.")
            if not txt:
                return
            iso = gz.country_iso(txt)
            canon = gz.countries[iso].name if iso and iso in gz.countries else txt
            key = re.sub(r"^the ", "", fold(canon))
            if key in seen or (canon in participants and not force):
                return
            seen.add(key)
            out.append(canon)
            if prep:
                preps[canon] = prep

        prep_of = {x.i: pr for x, pr in place_tokens}
        anchors = set(prep_heads or ())
        for ent in sent.ents:
            if ent.start_char < dateline_end:
                continue
            if not all(x.i in clause for x in ent):
                continue
            root = ent.root
            txt = ent.text
            if ent[0].lower_ == "the" and ent.label_ != "GPE":
                txt = ent.doc[ent.start + 1 : ent.end].text
            m = self.index.by_token.get((p.index, root.i))
            actor = self.index.actors.get(m.actor) if m is not None else None
            loc_pobj = root.dep_ == "pobj" and root.head.lower_ in _LOC_PREPS
            if root.dep_ == "pobj" and root.head.lower_ == "from" and kind != "humanitarian":
                continue  # "pressure from Washington": a source, not where it happened
            if (
                root.dep_ == "pobj"
                and root.head.lower_ in _TOPIC_PREPS
                and not (root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS)
            ):
                continue  # "said little about the Aral Sea", "signed with Codelco"
            if ent.label_ == "ORG" or (
                actor is not None
                and actor.kind
                in ("person", "organisation", "media", "ministry", "armed_group", "other")
            ):
                nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
                if nxt is not None and nxt.lower_ in _GENERIC_PLACE_NOUNS:
                    add(txt + " " + nxt.text, prep_of.get(root.i))
                elif (
                    loc_pobj
                    and root.head.lower_ in ("at", "in", "outside", "near")
                    and m is not None
                ):
                    add(txt, root.head.lower_)
                continue
            if ent.label_ not in _PLACE_LABELS:
                continue
            if actor is not None and (m.actor in participants) and not loc_pobj:
                continue
            if (
                actor is not None
                and actor.kind in ("government", "country")
                and not loc_pobj
                and root.dep_ in ("nsubj", "nsubjpass", "poss", "compound", "dobj", "conj", "appos")
            ):
                continue
            if gz.seat_target(txt) and root.dep_ == "nsubj":
                continue
            if (
                loc_pobj
                and root.head.lower_ in ("to", "toward", "towards", "into", "over", "on", "against")
                and root.head.head.i not in anchors
            ):
                continue  # "drone deliveries to Russia": not where the event happened
            if (
                ent.label_ == "GPE"
                and root.dep_ in ("poss", "compound", "amod", "nmod")
                and not loc_pobj
            ):
                continue
            add(txt, root.head.lower_ if loc_pobj else None)
        # proper nouns NER missed: "a protest in Matosinhos", "the town of Orvek"
        for x, pr in place_tokens:
            if (
                x.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL", "MONEY", "PERCENT")
                or x.pos_ != "PROPN"
                or not x.text[:1].isupper()
            ) and x.lower_ not in _PLACE_NOUNS:
                continue
            if x.ent_type_ in ("PERSON", "ORG") and pr not in ("in", "at", "near", "outside"):
                continue
            if x.lower_ in _PLACE_NOUNS:
                for c in x.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for o in c.children:
                            if o.dep_ == "pobj":
                                for y in _conjuncts(o):
                                    if y.pos_ == "PROPN":
                                        add(_np_text(y, 4), pr, force=True)
                continue
            if pr == "of":
                continue
            if self.index.by_token.get((p.index, x.i)) is not None:
                continue
            add(_np_text(x, 4), pr)
        return out, preps

    def _head_words(self, p: Para, t: Token, lem: str) -> str:
        lex = self.lex
        if t.pos_ == "VERB":
            if lem in ("speak", "spoke") or t.lower_.startswith("spok"):
                return "phone call"
            return lex.nominal.get(lem, lem)
        if t.lower_ in lex.noun_heads:
            return lex.noun_heads[t.lower_]
        if t.lemma_.lower() in lex.media_nouns and t.head.lemma_.lower() == "tell":
            return "interview"  # "told a radio station"
        mods = []
        for c in t.doc[t.left_edge.i : t.i]:
            if c.dep_ not in ("amod", "compound", "nmod") or c.head.i not in range(
                c.i + 1, t.i + 1
            ):
                continue
            if not c.text[:1].isalpha():
                continue
            if c.lower_ in lex.title_stop or c.like_num or c.ent_type_ in ("DATE", "TIME"):
                continue
            if self.index.by_token.get((p.index, c.i)) is not None or c.ent_type_ in (
                "NORP",
                "GPE",
                "ORG",
                "PERSON",
            ):
                continue
            if c.dep_ == "amod" and c.pos_ not in ("ADJ", "NOUN", "VERB"):
                continue
            mods.append(c)
        # only a contiguous run of modifiers right before the noun
        words = []
        nxt = t.i
        for c in sorted(mods, key=lambda x: -x.i):
            if c.i == nxt - 1 or (c.i == nxt - 2 and t.doc[nxt - 1].is_punct):
                words.insert(0, c.text if c.pos_ == "PROPN" else c.lower_)
                nxt = c.i
        words.append(t.text if t.pos_ == "PROPN" else t.lower_)
        # multiword triggers: "telephone conversation", "news conference"
        return " ".join(words)

    # merging -------------------------------------------------------------------------
    def add(self, e: EventCand) -> None:
        target = None
        for m in reversed(self.events):
            if m.kind != e.kind:
                continue
            if (
                e.anaphoric
                and e.past
                and (m.planned or (m.date and self.anchor and m.date > self.anchor))
            ):
                continue  # "after the talks" told in the past: not a planned meeting
            same_sent = m.sent_start == e.sent_start
            strong = len(set(m.participants) & set(e.participants)) >= 2 and (
                e.from_roles and m.from_roles
            )
            sent_ok = same_sent and not (e.temporal or m.temporal or e.indefinite)
            continues = (
                e.anaphoric
                and not e.distinct
                and m.date is not None
                and e.date is not None
                and 0 < (e.date - m.date).days <= 6
            )  # "the summit ended on Sunday" after leaders met on Friday
            dates_ok = (
                m.date == e.date
                or continues
                or (
                    (m.date is None or e.date is None)
                    and (e.anaphoric or strong or (sent_ok and not (e.from_roles and m.from_roles)))
                )
            )
            if not dates_ok:
                continue
            if e.distinct and not same_sent:
                continue
            overlap = bool(
                set(m.participants) & set(e.participants)
                or {fold(x) for x in m.places} & {fold(x) for x in e.places}
            )
            places_clash = (
                m.places
                and e.places
                and not {fold(x) for x in m.places} & {fold(x) for x in e.places}
                and e.from_roles
            )
            same_head = m.date is not None and m.date == e.date and fold(m.head) == fold(e.head)
            disjoint = (
                e.from_roles and m.from_roles and not set(m.participants) & set(e.participants)
            )
            if (
                (sent_ok and not disjoint)
                or (strong and not e.distinct)
                or (e.anaphoric and not places_clash)
                or (overlap and m.date == e.date)
                or same_head
            ):
                target = m
                break
            if e.anaphoric:
                break  # refers to the latest event of its kind only
        if target is None:
            if e.date is None and e.loose_date is not None:
                e.date = e.loose_date  # "the same ceremony" first seen here
            if e.anaphoric and not e.date and not e.places and not e.from_roles:
                # "the talks" with nothing before them: an event the text assumes known
                pass
            self.events.append(e)
            return
        self._merge(target, e)

    @staticmethod
    def _merge(m: EventCand, e: EventCand) -> None:
        better = (
            (not e.anaphoric and m.anaphoric)
            or (
                m.is_verb
                and m.head in _SUPPORT_NOMINALS
                and not e.is_verb
                and not e.anaphoric
                and m.sent_start == e.sent_start
            )
            or (
                not e.anaphoric
                and len(e.agents) + len(e.patients) + len(e.others)
                > len(m.agents) + len(m.patients) + len(m.others)
                and e.from_roles
            )
        )
        if m.date is None and (e.explicit or not e.anaphoric):
            m.date = e.date
        for attr in ("agents", "patients", "others", "participants"):
            cur = getattr(m, attr)
            extra = [x for x in getattr(e, attr) if x not in cur]
            if not e.from_roles and m.from_roles:
                extra = []
            setattr(m, attr, cur + extra)
        have = {fold(x) for x in m.places}
        for pl in e.places:
            if fold(pl) not in have:
                m.places.append(pl)
                have.add(fold(pl))
        m.place_prep = {**e.place_prep, **m.place_prep}
        if better:
            m.head, m.topic, m.anaphoric = e.head, e.topic or m.topic, False
        elif not m.topic:
            m.topic = e.topic
        m.from_roles = m.from_roles or e.from_roles
        m.mentions += e.mentions
        m.lead = m.lead or e.lead
        if better:
            m.is_verb = e.is_verb


def _join(names: list[str]) -> str:
    names = names[:3]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def make_title(e: EventCand) -> str:
    """A short headline: 'Telephone conversation between A and B', 'Capture of X by Y in Z'.

    Only participants found in the event's roles are named (actors that merely share the
    sentence are not); a lone noun gets its topic, place or day."""
    title_head = e.head or e.kind.replace("_", " ")
    parts = [title_head]
    # the noun decides the wording: "fisheries agreement" words like "agreement"
    head = title_head if title_head in _BETWEEN_HEADS | _PATIENT_HEADS else title_head.split()[-1]
    if title_head == "election win":
        head = title_head
    countries = set(e.countries)
    agents = list(e.agents)
    patients = [x for x in e.patients if x not in agents]
    others = [x for x in e.others if x not in agents and x not in patients]
    if not e.from_roles:
        agents, patients, others = [], [], []
    places = list(e.places)
    if e.kind in ("election", "humanitarian") and not places:
        # "Venezuela's presidential election": the country is where it happens
        for name in agents + others:
            if name in countries:
                places.append(name)
        agents = [x for x in agents if x not in places]
        others = [x for x in others if x not in places]
    used: set[str] = set()
    symmetric = head in _BETWEEN_HEADS or (
        e.kind in ("phone_call", "diplomatic_meeting", "agreement") and head not in _PATIENT_HEADS
    )
    if head == "election win":
        if patients:
            parts.append("of " + _join(patients))
        used |= set(patients)
    elif symmetric:
        allp = list(dict.fromkeys(agents + others + patients))
        if len(allp) >= 2:
            word = "between" if (head in _BETWEEN_HEADS or e.kind == "phone_call") else "of"
            parts.append(f"{word} {_join(allp)}")
        elif allp:
            by = allp[0] in agents and head not in _WITH_HEADS
            word = "by" if by else "with"
            if allp[0] in agents and head in _WITH_HEADS | {
                "session",
                "summit",
                "conference",
                "ministerial",
            }:
                word = "of"  # "Emergency session of the Security Council", "Meeting of G7"
            parts.append(f"{word} {allp[0]}")
        used |= set(allp)
    else:
        if patients:
            prep = "of" if head in _PATIENT_HEADS else "on"
            parts.append(f"{prep} {_join(patients)}")
        elif e.topic and head in _PATIENT_HEADS:
            parts.append("of " + re.sub(r"^(?:of)\s+", "", e.topic))
            e.topic = ""
        if agents:
            parts.append(f"by {_join(agents)}")
        elif others:
            parts.append(f"{'involving' if len(others) > 1 else 'by'} {_join(others)}")
        used |= set(agents + patients + others)
    if e.topic and len(parts) == 1:
        topic = e.topic
        if not re.match(r"^(?:on|over|into|about|of|for|to)\s", topic):
            topic = "of " + topic
        parts.append(topic)
    place = next((pl for pl in places if pl not in used and pl not in " ".join(parts)), None)
    if place:
        prep = e.place_prep.get(place) or "in"
        if prep not in ("in", "at", "near", "outside", "on", "off", "over", "against"):
            prep = "in"
        if prep in ("on", "against") and (head in _PATIENT_HEADS or e.kind != "military_action"):
            prep = "in"
        if head in ("visit", "trip") and prep == "in":
            prep = "to"
        parts.append(f"{prep} {place}")
    if len(parts) == 1 and e.date is not None:
        parts.append(f"on {e.date.day} {e.date:%B %Y}")
    if len(parts) == 1 and e.participants:
        parts.append("involving " + _join(e.participants))
    title = " ".join(parts)
    title = re.sub(r"\s+", " ", title).strip(" ,.;:")
    return title[:1].upper() + title[1:]


_DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{1,40}?)(?:\s*,|\s+[-–—]|\s+\()")


def _body_dateline(paras: list[Para]) -> tuple[str | None, int]:
    if not paras:
        return None, 0
    m = _DATELINE.match(paras[0].text)
    if not m:
        return None, 0
    name = m.group(1).strip()
    if len(name) < 3 or not name.replace(" ", "").replace(".", "").isalpha():
        return None, 0
    end = m.end()
    dash = re.search(r"\s[-–—]\s", paras[0].text[: end + 80])
    if dash:
        end = dash.end()
    return name.title(), end


def find_events(
    paras: list[Para],
    index: ActorIndex,
    anchor: dt.date | None,
    nearest: bool = False,
    quoted: list[tuple[int, int]] | None = None,
    dateline: str | None = None,
) -> list[EventCand]:
    """Events of the body; ``quoted`` are spans of direct quotations (their hypotheticals
    and rhetoric are no events); ``dateline`` is the dateline place, where events of the
    lead paragraph without a place of their own happened."""
    finder = _Finder(index, quoted or [])
    finder.anchor = anchor
    body_place, dateline_end = _body_dateline(paras)
    dateline = dateline or body_place
    running: dt.date | None = None
    for p in paras:
        doc = p.doc
        date_ms = dates_mod.find_dates(p.text)
        running_para = None
        for sent in doc.sents:
            s_a, s_b = sent.start_char, sent.end_char
            sent_dates = [d for d in date_ms if s_a <= d.start < s_b]
            future = dates_mod.is_future(sent.text)
            resolved = []
            for d in sent_dates:
                fut = dates_mod.clause_future(doc, d.start) or (
                    future and sent.root.tag_ in ("VBP", "VBZ", "MD")
                )
                r = dates_mod.resolve(
                    d, anchor, future=fut, context=running_para or running, nearest=nearest
                )
                resolved.append((d, r))
            past = [r for d, r in resolved if r and (anchor is None or nearest or r <= anchor)]
            finder.sentence(
                p,
                sent,
                resolved,
                running_para or running,
                future,
                lead=p.index == 0,
                dateline_end=dateline_end if p.index == 0 else 0,
            )
            if past:
                running_para = past[-1]
        if running_para:
            running = running_para
    out: list[EventCand] = []
    for e in finder.events:
        local_day = e.date is not None and e.date == anchor
        near_day = e.date is not None and anchor is not None and abs((e.date - anchor).days) <= 7
        if (
            dateline
            and not e.places
            and e.lead
            and (
                (local_day and e.kind in ("diplomatic_meeting", "statement", "other"))
                or (near_day and e.kind in ("protest", "election"))
            )
        ):
            # the dateline city: where the day's lead meeting, vote or protest happens
            e.places = [dateline]
        if not (e.participants or e.places or e.date or e.topic):
            continue  # "the talks": nothing says which
        e.countries = [
            n for n in e.participants if index.actors.get(n) and index.actors[n].kind == "country"
        ]
        e.title = make_title(e)
        # actors named in an event's sentences take part in the story
        for name in e.participants:
            index.used(name)
        out.append(e)
    return out


_PRIORITY = KINDS_PRIORITY
