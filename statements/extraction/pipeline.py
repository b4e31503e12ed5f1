"""The pipeline: reading -> metadata -> nlp -> actors -> quotes -> speakers -> dates -> events.

``extract(text)`` returns an ``Extraction`` whose spans index the raw text.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from . import dates as dates_mod
from . import metadata as metadata_mod
from .actors import ActorIndex, Para
from .events import find_events
from .gazetteer import fold
from .gazetteer import get as gazetteer
from .nlp import DEFAULT_MODEL, load_nlp, parse_paragraphs
from .quotes import QuoteFinder
from .reading import NormalizedText, normalize, read_file
from .speakers import Attributed, attribute, category, dedupe, joint_speakers, not_statements
from .types import ActorRecord, EventRecord, Extraction, StatementRecord

__all__ = ["extract", "extract_file", "load_nlp"]


def extract_file(path, model: str = DEFAULT_MODEL, nlp=None) -> Extraction:
    """Read ``path`` (raises ``ReadError``) and extract from it."""
    text, _warnings = read_file(path)
    return extract(text, path=str(path), nlp=nlp, model=model)


class _DateTrack:
    """All date expressions of the body, resolved in reading order."""

    def __init__(self, paras: list[Para], anchor: dt.date | None, nearest: bool = False):
        self.items: list[tuple[int, int, dt.date | None, str]] = []
        context = None
        for p in paras:
            for sent in p.doc.sents:
                for d in dates_mod.find_dates(sent.text, p.offset + sent.start_char):
                    future = dates_mod.clause_future(p.doc, d.start - p.offset)
                    r = dates_mod.resolve(
                        d, anchor, future=future, context=context, nearest=nearest
                    )
                    self.items.append((d.start, d.end, r, d.kind))
                    if r is not None:
                        context = r
        self.anchor = anchor

    def in_range(self, a: int, b: int):
        return [x for x in self.items if a <= x[0] < b]

    def last_before(self, pos: int, lo: int = 0) -> dt.date | None:
        """The latest past date mentioned before ``pos`` (plans and future dates skipped)."""
        best = None
        for s, _e, r, _k in self.items:
            if lo <= s < pos and r is not None and (self.anchor is None or r <= self.anchor):
                best = r
        return best


def _sentence_of(p: Para, pos: int):
    rel = pos - p.offset
    for s in p.doc.sents:
        if s.start_char <= rel < s.end_char:
            return s
    return None


def _statement_date(
    att: Attributed, paras: list[Para], track: _DateTrack, prev: dict
) -> dt.date | None:
    c = att.cand
    if c.mode == "nested":
        return None
    if c.mode == "press":
        return track.anchor
    if c.mode == "continuation" and c.parent is not None and id(c.parent) in prev:
        return prev[id(c.parent)]
    p = paras[c.para]
    pos = c.cue_span[0] if c.cue_span else c.start
    sent = _sentence_of(p, pos)
    if sent is None:
        return None
    sa, sb = p.offset + sent.start_char, p.offset + sent.end_char
    cands = [x for x in track.in_range(sa, sb) if not (c.start <= x[0] < c.end)]
    if c.kind == "direct" and c.quote_close is not None:
        # dates in the attribution part after the quote
        cands = [x for x in cands if not (c.start <= x[0] < c.end)]
    if cands:
        best = min(cands, key=lambda x: abs(x[0] - pos))
        return best[2]
    if c.mode == "according":
        return None
    if c.cue_token is not None:
        t = p.doc[c.cue_token]
        aux = [x.lower_ for x in t.children if x.dep_ in ("aux", "auxpass")]
        if t.tag_ in ("VBZ", "VBP") or any(a in ("has", "have") for a in aux):
            return None
    same_para = track.last_before(pos, lo=p.offset)
    if same_para:
        return same_para
    earlier = [d for d in prev.values() if d is not None]
    return earlier[-1] if earlier else track.anchor


def extract(text: str, path: str | None = None, nlp=None, model: str = DEFAULT_MODEL) -> Extraction:
    gz = gazetteer()
    norm: NormalizedText = normalize(text)
    ntext = norm.text
    meta, layout = metadata_mod.parse(ntext)
    nlp = nlp or load_nlp(model)

    body = [pg for pg in layout.paragraphs if pg.kind == "body"]
    press_from = None
    if layout.press_release_cue:
        press_from = layout.press_release_cue[0]
    texts = [ntext[pg.start : pg.end] for pg in body]
    # the headline is parsed in the same batch, for the bodies it names
    docs = parse_paragraphs(nlp, [*texts, meta.title or ""])
    title_doc = docs.pop()
    paras: list[Para] = []
    for i, (pg, doc) in enumerate(zip(body, docs, strict=True)):
        para = Para(i, pg.start, doc)
        para.press = press_from is not None and pg.start > press_from
        paras.append(para)

    # -- actors -------------------------------------------------------------------------
    index = ActorIndex(paras, excluded=layout.excluded_names)
    if layout.dateline_span:
        index.dateline_end = layout.dateline_span[1]
    if meta.dateline_place:
        index.default_country = gz.capital_iso(meta.dateline_place) or gz.country_iso(
            meta.dateline_place
        )
    issuer_name = None
    if layout.press_release_issuer:
        issuer_name = layout.press_release_issuer
        iso = None
        m = re.search(r"\bof (?:the )?(?:Republic of )?([A-Z][\w ’'-]+)$", issuer_name)
        if m:
            iso = gz.country_iso(m.group(1))
        index.default_country = index.default_country or iso
    if meta.title:
        # bodies the headline names ("Island Health launches ..."), for a body the text then
        # only describes ("The health authority estimates ...")
        index.title_orgs = [
            e.text
            for e in title_doc.ents
            if e.label_ == "ORG" and not e.ent_id_.startswith(("media:", "seat:"))
        ]
    index.collect()
    if issuer_name:
        kind = "ministry" if re.search(r"Ministry|Department", issuer_name) else "organisation"
        if fold(issuer_name.split()[-1]) in gz.person_role_heads | gz.role_words:
            kind = "person"  # "Statement by the Spokesperson", "... by the High Representative"
        a = index.actor(issuer_name, kind, index.default_country)
        a.important = True
        if layout.press_release_subject:
            s, e = layout.press_release_subject
            a.mentions.append((s, e))
    for media in [meta.publisher, *meta.credits]:
        if not media or media == issuer_name:
            continue
        known = gz.outlet_name(media)
        org = gz.org_name(media)
        if org and not known:
            o = gz.orgs[org]
            a = index.actor(org, o.kind, o.country)
        else:
            name = known or media
            o = gz.outlets.get(name)
            a = index.actor(name, "media", o.country if o else None)
            if known and fold(known) != fold(media):
                a.add_alias(media)
        a.important = True

    # -- statements -----------------------------------------------------------------------
    qf = QuoteFinder(ntext, paras, issuer_name)
    direct = qf.direct()
    indirect = qf.indirect()
    index.set_quoted([(c.start, c.end) for c in direct])
    index.note_role_subjects()
    cands = direct + indirect
    taken = [(c.start, c.end) for c in direct]
    cands += [
        c for c in qf.transcript(index) if not any(a < c.end and c.start < b for a, b in taken)
    ]
    taken = [(c.start, c.end) for c in cands if c.kind == "direct"]
    cands += [
        c
        for c in qf.embedded_posts(index, layout.tweet_credits)
        if not any(a < c.end and c.start < b for a, b in taken)
    ]
    if issuer_name:
        cands += qf.press_release(index.default_country, cands)
    atts = attribute(
        cands,
        index,
        paras,
        press_issuer=issuer_name,
        press_cue=ntext[layout.press_release_cue[0] : layout.press_release_cue[1]]
        if layout.press_release_cue
        else None,
        press_cue_span=layout.press_release_cue,
        press_subject_span=layout.press_release_subject,
    )
    atts = not_statements(dedupe(atts, ntext), paras)

    # reported speech with nobody saying it is dropped (no subject, or an unresolved "it")
    def _has_source(a: Attributed) -> bool:
        c = a.cand
        if a.speaker or c.kind == "direct":
            return True
        if c.mode == "according":
            return False
        if c.subject_token is None:
            return False
        subj = paras[c.para].doc[c.subject_token]
        return (
            subj.lower_ not in ("it", "this", "that", "which")
            and subj.lemma_.lower() not in INANIMATE
        )

    INANIMATE = {
        "plan",
        "proposal",
        "agreement",
        "deal",
        "bill",
        "law",
        "measure",
        "framework",
        "draft",
        "initiative",
        "roadmap",
        "strategy",
        "budget",
        "treaty",
        "accord",
        "pact",
        "rule",
        "regulation",
        "policy",
        "move",
        "decision",
        "step",
        "package",
        "reform",
        "program",
        "programme",
        "scheme",
        "project",
        "idea",
        "arrangement",
        "ceasefire",
        "truce",
    }

    atts = joint_speakers([a for a in atts if _has_source(a)], index, paras)

    track = _DateTrack(paras, layout.anchor, nearest=meta.published is None)
    prev_dates: dict[int, dt.date | None] = {}
    statements: list[StatementRecord] = []
    for att in atts:
        c = att.cand
        d = _statement_date(att, paras, track, prev_dates)
        prev_dates[id(c)] = d
        content = ntext[c.start : c.end]
        about = []
        for m in index.mentions:
            if c.start <= m.start and m.end <= c.end and m.actor != att.speaker:
                about.append(m.actor)
                index.used(m.actor)
        about = list(dict.fromkeys(about))
        rs, re_ = norm.to_raw(c.start, c.end)
        para_span = None
        if 0 <= c.para < len(paras):
            p = paras[c.para]
            para_span = norm.to_raw(p.offset, p.offset + len(p.text))
        statements.append(
            StatementRecord(
                speaker=att.speaker,
                speaker_span=norm.to_raw(*att.speaker_span) if att.speaker_span else None,
                cue=c.cue,
                cue_span=norm.to_raw(*c.cue_span) if c.cue_span else None,
                content=norm.raw[rs:re_],
                content_span=(rs, re_),
                kind=c.kind,
                date=d,
                about=about,
                category=category(c.lemma, gz.cue_category, content),
                paragraph_span=para_span,
            )
        )

    # -- events ---------------------------------------------------------------------------
    quoted = [
        (a.cand.start, a.cand.end)
        for a in atts
        if a.cand.kind == "direct" and a.cand.mode != "press"
    ]
    evs = find_events(
        paras,
        index,
        layout.anchor,
        nearest=meta.published is None,
        quoted=quoted,
        dateline=meta.dateline_place,
    )
    events: list[EventRecord] = []
    for e in evs:
        for name in e.participants:
            index.used(name)
        events.append(
            EventRecord(
                title=e.title,
                kind=e.kind,
                date=e.date,
                places=e.places,
                participants=e.participants,
                span=norm.to_raw(*e.span),
            )
        )
    for st, att in zip(statements, atts, strict=True):
        c = att.cand
        for e in evs:
            if e.kind != "statement" and e.para in (c.para, c.para - 1) and e.span[0] <= c.start:
                st.event = e.title

    speakers = {st.speaker for st in statements if st.speaker}
    # parent organisations named in the text ("African Union" of the "African Union Commission")
    folded_text = fold(ntext)
    for a in list(index.actors.values()):
        parent = gz.orgs.get(a.parent or "")
        if parent and parent.name not in index.actors and (a.agent or a.important):
            forms = [parent.name, *parent.aliases]
            if any(
                re.search(r"\b" + re.escape(fold(f)) + r"\b", folded_text)
                for f in forms
                if len(f) > 3
            ):
                pa = index.actor(parent.name, parent.kind, parent.country)
                pa.agent = True
                pa.first = a.first + 1
    renamed = index.canonical_names(ntext, folded_text)
    for old, new in renamed.items():
        index.rename(old, new)
        for st in statements:
            st.speaker = new if st.speaker == old else st.speaker
            st.about = [new if x == old else x for x in st.about]
        for ev in events:
            ev.participants = [new if x == old else x for x in ev.participants]
    # -- actors out -----------------------------------------------------------------------
    actors: list[ActorRecord] = []
    for a in sorted(index.actors.values(), key=lambda x: x.first):
        keep = a.important or a.kind in ("person", "media") or a.agent
        if a.kind == "person" and len(a.name.split()) == 1 and a.name not in speakers:
            keep = False  # a lone word NER took for a name, never speaking: too unsure
        if not keep:
            continue
        actors.append(
            ActorRecord(
                name=a.name,
                kind=a.kind,
                country=a.country,
                role=a.role,
                aliases=[x for x in a.aliases if x != a.name],
                mentions=sorted({norm.to_raw(s, e) for s, e in a.mentions}),
                parent=a.parent,
            )
        )
    # every name used in statements and events is one of the actors
    emitted = {a.name for a in actors}
    for ar in actors:
        if ar.parent not in emitted:
            ar.parent = None
    for st in statements:
        st.about = [x for x in st.about if x in emitted]
        if st.speaker not in emitted:
            st.speaker, st.speaker_span = None, None
    for ev in events:
        ev.participants = [x for x in ev.participants if x in emitted]
    return Extraction(
        text=text,
        source=meta,
        actors=actors,
        statements=statements,
        events=events,
        path=str(path) if path is not None else None,
    )


def extract_path(path: str | Path, model: str = DEFAULT_MODEL) -> Extraction:
    return extract_file(path, model=model)
