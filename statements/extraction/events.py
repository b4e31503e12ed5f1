"""Stage 8: events from a trigger lexicon (``data/events.json``).

One event per trigger word in a sentence (merged when several triggers of the same
kind and day share a sentence): kind from the lexicon, date from the date expressions
governed by the trigger (else the sentence, else the running date of the paragraph for
past-tense narration), places (place names that are not actors) and participants (actors
mentioned in the sentence).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import dates as dates_mod
from .actors import ActorIndex, Para
from .gazetteer import get as gazetteer

_GENERIC_PLACE_NOUNS = {"headquarters", "palace", "base", "office", "building", "residence"}
_NON_EVENT_CONTEXT = {"tariff pressure"}


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
    depth: int = 0  # of the trigger in the parse: the main verb's event wins a sentence


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _title(sent: Span, trig: Token) -> str:
    """A short title: who did what (to whom), at most 14 words."""
    doc = sent.doc

    def np_end(t: Token) -> int:
        end = t.i + 1
        for c in t.rights:
            if c.dep_ in ("relcl", "acl", "appos") or c.is_punct:
                break
            end = np_end(c) if c.dep_ == "conj" else c.right_edge.i + 1
        return end

    def np(t: Token) -> str:
        # the noun phrase without relative clauses and appositions
        return doc[t.left_edge.i : np_end(t)].text

    if trig.pos_ == "VERB":
        subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "which", "that") and trig.dep_ == "relcl":
            subj = trig.head  # "Maduro, who was seized" -> Maduro
            while subj.dep_ == "conj" and subj.head.i != subj.i:
                subj = subj.head
        parts = [np(subj)] if subj is not None else []
        parts += [x.text for x in trig.children if x.dep_ in ("aux", "auxpass", "neg")]
        parts.append(trig.text)
        prt = [x.text for x in trig.children if x.dep_ == "prt"]
        parts += prt
        obj = next((c for c in trig.children if c.dep_ in ("dobj", "attr")), None)
        if obj is not None:
            parts.append(np(obj))
        else:
            prep = next((c for c in trig.children if c.dep_ in ("prep", "agent")), None)
            if prep is not None:
                parts.append(doc[prep.i : prep.right_edge.i + 1].text)
        words = " ".join(parts)
    else:
        words = np(trig)
    words = re.sub(r"\s+", " ", words).strip(' ,.;:“”"')
    toks = words.split()
    if len(toks) > 14:
        words = " ".join(toks[:14])
    return words[:1].upper() + words[1:] if words else trig.text


def places_in(p: Para, sent: Span, index: ActorIndex) -> list[str]:
    gz = gazetteer()
    out: list[str] = []
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG"):
            continue
        txt = ent.text
        if ent[0].lower_ == "the" and ent.label_ != "GPE":
            txt = ent.doc[ent.start + 1 : ent.end].text
        txt = re.sub(r"(’s|'s)$", "", txt).strip()
        key = (p.index, ent.root.i)
        m = index.by_token.get(key)
        if ent.label_ == "ORG":
            # "NATO headquarters", "U.S. State Department" used as a place
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.lower_ in _GENERIC_PLACE_NOUNS:
                out.append(txt + " " + nxt.text)
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("at", "in") and m is not None:
                out.append(txt)
            continue
        if (
            m is not None
            and index.actors.get(m.actor)
            and index.actors[m.actor].kind in ("government",)
            and ent.root.dep_ != "pobj"
        ):
            continue
        if gz.seat_target(txt) and ent.root.dep_ in ("nsubj",):
            continue
        out.append(txt)
    return list(dict.fromkeys(out))


def find_events(
    paras: list[Para],
    index: ActorIndex,
    anchor: dt.date | None,
    nearest: bool = False,
    quoted: list[tuple[int, int]] | None = None,
    dateline: str | None = None,
) -> list[EventCand]:
    """Events of the body; ``quoted`` are spans of direct quotations (their hypotheticals
    and rhetoric are no events)."""
    gz = gazetteer()
    quoted = quoted or []
    trig = gz.event_triggers
    multi = sorted((k for k in trig if " " in k), key=len, reverse=True)
    out: list[EventCand] = []
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
            # the running date follows past events only (not plans, not the future)
            past = [r for d, r in resolved if r and (anchor is None or nearest or r <= anchor)]
            hits: list[tuple[Token, str]] = []
            low = sent.text.lower()
            used_chars: set[int] = set()
            for phrase in multi:
                for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", low):
                    if any(i in used_chars for i in range(m.start(), m.end())):
                        continue
                    used_chars.update(range(m.start(), m.end()))
                    tok = sent.doc.char_span(
                        s_a + m.start(), s_a + m.end(), alignment_mode="expand"
                    )
                    if tok is not None:
                        hits.append((tok.root, trig[phrase]))
            for t in sent:
                if s_a + 0 <= t.idx - 0 and any(
                    i in used_chars for i in range(t.idx - s_a, t.idx - s_a + len(t.text))
                ):
                    continue
                lem = t.lemma_.lower()
                if t.lower_ in ("according", "accordingly"):
                    continue
                pos_t = p.offset + t.idx
                if any(qa <= pos_t < qb for qa, qb in quoted):
                    continue
                if lem == "fire" and t.pos_ != "VERB":
                    continue
                if t.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those")
                    for c in t.children
                ):
                    continue  # "This statement ...": refers back to an event already seen
                kind = trig.get(lem) or trig.get(t.lower_)
                as_verb = t.i > 0 and t.doc[t.i - 1].lower_ == "to"  # "due to brief" tagged JJ
                if kind is None or (t.pos_ not in ("NOUN", "VERB", "PROPN") and not as_verb):
                    continue
                if (
                    kind == "phone_call"
                    and lem == "call"
                    and not any(
                        w in low for w in ("phone", "telephone", "call with", "calls with", "spoke")
                    )
                ):
                    continue
                hits.append((t, kind))
            if not hits:
                if past:
                    running_para = past[-1]
                continue
            participants = []
            for m in index.mentions:
                if m.para == p.index and p.offset + s_a <= m.start < p.offset + s_b:
                    a = index.actors.get(m.actor)
                    if a and a.kind != "media":
                        participants.append(m.actor)
            participants = list(dict.fromkeys(participants))
            places = places_in(p, sent, index)
            seen_keys = set()
            for t, kind in hits:
                # date governed by the trigger, else nearest in the sentence
                date = None
                sub = {x.i for x in t.subtree} | {t.head.i}
                near = None
                best = None
                for d, r in resolved:
                    tok = doc.char_span(d.start, d.end, alignment_mode="expand")
                    in_sub = tok is not None and any(x.i in sub for x in tok)
                    dist = abs(d.start - t.idx)
                    score = (0 if in_sub else 1, dist)
                    if best is None or score < best:
                        best, near = score, (d, r)
                if near is not None:
                    date = near[1]
                else:
                    verb = t if t.pos_ == "VERB" and t.dep_ not in ("acl", "amod") else sent.root
                    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                        verb = verb.head
                    perfect = any(c.lower_ in ("has", "have", "had") for c in verb.children)
                    if verb.tag_ == "VBD" and not perfect and not future:
                        date = running_para or running
                key = (kind, date)
                if key in seen_keys:
                    continue
                seen_keys.add(key)
                a = p.offset + s_a
                out.append(
                    EventCand(
                        _title(sent, t),
                        kind,
                        date,
                        places,
                        participants,
                        (a, p.offset + s_b),
                        p.index,
                        a,
                        _depth(t),
                    )
                )
            if past:
                running_para = past[-1]
        if running_para:
            running = running_para
    # one event per sentence and day: the most specific kind wins
    merged: list[EventCand] = []
    for e in out:
        dup = next((m for m in merged if m.sent_start == e.sent_start and m.date == e.date), None)
        if dup is None:
            merged.append(e)
        elif (e.depth, _PRIORITY.index(e.kind)) < (dup.depth, _PRIORITY.index(dup.kind)):
            dup.kind, dup.title, dup.depth = e.kind, e.title, e.depth
    return merged


_PRIORITY = [
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
