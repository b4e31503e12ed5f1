"""Stage 6: speaker attribution.

Turns quote/reported-speech candidates into attributed statements: the subject of the
cue resolved through the actor index (names, titles, role nouns such as "the
spokesperson" or "The Secretary", pronouns, metonyms), continuation quotes inheriting
the previous speaker, nested quotes attributed inside the outer quote ("our President"
resolved against the outer speaker's country), and press-release paragraphs attributed to
the issuing ministry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import PRONOUNS_PERSON, SPOKES, ActorIndex, Para, tok_end, tok_start
from .gazetteer import fold
from .quotes import Candidate


@dataclass
class Attributed:
    cand: Candidate
    speaker: str | None
    speaker_span: tuple[int, int] | None


def _our_role(index: ActorIndex, p: Para, subj, outer_speaker: str | None):
    """'our President' inside a quote: the person with that role in the speaker's country."""
    head = subj.lower_
    country = None
    if outer_speaker and outer_speaker in index.actors:
        country = index.actors[outer_speaker].country
    best = None
    for a in index.actors.values():
        if a.kind != "person" or a.name == outer_speaker:
            continue
        words = set(a.role_words) | set(fold(a.role or "").split())
        fits = head in words and (country is None or a.country == country)
        if fits and (best is None or a.first < best.first):
            best = a
    if best is not None:
        span = (tok_start(p, subj.left_edge), tok_end(p, subj))
        return best.name, span
    return None, None


def _office(index: ActorIndex, p: Para, subj) -> tuple[str | None, tuple[int, int] | None]:
    """'his office' -> Office of the President of <country> when he is a president."""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("his", "her"):
        return None, None
    person, _ = index.resolve_np(p, poss)
    if not person or person not in index.actors:
        return None, None
    a = index.actors[person]
    c = index.gz.country(a.country or index.default_country or index._text_country())
    role = fold(a.role or "")
    if c and ("president" in role or not role):
        title = "Prime Minister" if "prime minister" in role else "President"
        name = f"Office of the {title} of {c.display}"
        act = index.actor(name, "government", a.country)
        act.agent = True
        return act.name, (tok_start(p, poss), tok_end(p, subj))
    return None, None


def _spokesperson_before(index: ActorIndex, out: list, c: Candidate, pos: int) -> str | None:
    """'The prime minister's official spokesman said ... He said ...': the pronoun takes up
    the unnamed spokesperson of the statement before when nobody was named in between."""
    prev = [a for a in out if a.cand.end <= c.start and a.speaker and a.speaker_span]
    if not prev:
        return None
    last = max(prev, key=lambda a: a.cand.end)
    a0, b0 = last.speaker_span
    if last.cand.para < c.para - 1 or b0 > pos:
        return None
    words = index.full_text_at(a0, b0 - a0).lower().split()
    if not words or words[-1] not in SPOKES:
        return None
    for m in index.mentions:
        if b0 <= m.start < pos and not m.in_quote:
            act = index.actors.get(m.actor)
            if act is not None and act.kind == "person":
                return None
    return last.speaker


_VOCATIVE = re.compile(
    r"^(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Sir|Dear)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s*,"
)


def _addressed(index: ActorIndex, opening: str, actor: str) -> bool:
    """Whether a quotation opens by addressing ``actor`` ("Mr. President, ...", "Madam
    Speaker, ...", "Mr. Kenyatta, ..."): then ``actor`` is its listener, not its speaker."""
    m = _VOCATIVE.match(opening)
    a = index.actors.get(actor)
    if m is None or a is None:
        return False
    words = set(fold(m.group(1)).split())
    return bool(words & (set(fold(a.name).split()) | set(fold(a.role or "").split())))


# documents in which their issuer speaks for itself: "..., according to a statement"
ISSUED_NOUNS = {"statement", "release", "announcement", "communique", "communiqué", "readout"}


def _issuer_in_content(index: ActorIndex, p: Para, c: Candidate):
    """ "The firm expects to break ground in spring, according to a statement": a statement
    nobody is named as issuing is the word of the body or person the report is about, the
    subject of its main clause."""
    noun = p.doc[c.subject_token]
    if (
        noun.lemma_.lower() not in ISSUED_NOUNS
        or not any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in noun.children)
        or any(t.dep_ in ("prep", "acl", "poss", "compound") for t in noun.children)
    ):
        return None
    for t in p.doc:
        if c.start <= tok_start(p, t) and tok_end(p, t) <= c.end and t.dep_ == "nsubj":
            name, span = index.resolve_np(p, t, before=tok_start(p, t))
            actor = index.actors.get(name) if name else None
            if actor is not None and actor.kind != "other":
                return name, span
            return None
    return None


def _name_before_cue(index: ActorIndex, c: Candidate):
    """'"...," AshLee Strong, spokeswoman for Ryan, said Monday': the person named between
    a quotation and its cue, when the parser hung the name elsewhere (or None)."""
    if not c.cue_span or c.end > c.cue_span[0] or c.cue_span[0] - c.end >= 120:
        return None
    for m in index.mentions:
        person = index.actors[m.actor].kind == "person"
        if c.end <= m.start < c.cue_span[0] and not m.in_quote and person:
            return m.actor, (m.start, m.end)
    return None


def _not_the_addressee(index: ActorIndex, p: Para, c: Candidate, speaker: str):
    """'"Mr. President, leave him to me," he said': a pronoun resolved to the person the
    quotation addresses is the person named before that one instead (or None)."""
    if c.subject_token is None or p.doc[c.subject_token].lower_ not in PRONOUNS_PERSON:
        return None
    if not _addressed(index, index.full_text_at(c.start, min(40, c.end - c.start)), speaker):
        return None
    earlier = [m.start for m in index.mentions if m.actor == speaker and m.start < c.start]
    g = "f" if p.doc[c.subject_token].lower_ in ("she", "her") else "m"
    other = index.recent(earlier[-1], kinds=("person",), gender=g) if earlier else None
    if not other or other == speaker:
        return None
    last = [m for m in index.mentions if m.actor == other and m.start < c.start]
    return other, ((last[-1].start, last[-1].end) if last else None)


def _kin_of(index: ActorIndex, p: Para, subj, outer_speaker: str):
    """ "'... my father said, “You work for MFI”,' Jayshree said": the quoting speaker's
    father, an unnamed source of its own (or None)."""
    if subj.lower_ not in index.gz.kin_nouns or not any(x.lower_ == "my" for x in subj.children):
        return None
    act = index.actor(f"{outer_speaker}'s {subj.lower_}", "other", None)
    act.agent = True
    index.used(act.name)
    return act.name, (tok_start(p, subj.left_edge), tok_end(p, subj))


def attribute(
    cands: list[Candidate],
    index: ActorIndex,
    paras: list[Para],
    press_issuer: str | None = None,
    press_cue: str | None = None,
    press_cue_span: tuple[int, int] | None = None,
    press_subject_span: tuple[int, int] | None = None,
) -> list[Attributed]:
    out: list[Attributed] = []
    by_id: dict[int, Attributed] = {}
    cands = sorted(cands, key=lambda c: (c.start, 0 if c.kind == "direct" else 1))
    # parents first so that continuations and nested quotes can look them up
    order = sorted(cands, key=lambda c: (c.parent is not None, c.start))
    for c in order:
        speaker = None
        span = None
        p = paras[c.para]
        if c.mode == "press":
            speaker = press_issuer
            span = press_subject_span
            c.cue, c.cue_span = press_cue, press_cue_span
        elif c.mode == "transcript":
            speaker, span = c.speaker_hint, c.speaker_span
        elif c.subject_token is not None:
            subj = p.doc[c.subject_token]
            if c.mode == "nested" and subj.lower_ not in PRONOUNS_PERSON:
                outer = by_id.get(id(c.parent)) if c.parent is not None else None
                has_our = any(x.lower_ in ("our", "my") for x in subj.children)
                if has_our:
                    speaker, span = _our_role(index, p, subj, outer.speaker if outer else None)
                if speaker is None and outer is not None and outer.speaker:
                    speaker, span = _kin_of(index, p, subj, outer.speaker) or (speaker, span)
            if speaker is None and subj.lower_ == "office":
                speaker, span = _office(index, p, subj)
            if speaker is None:
                before = tok_start(p, subj)
                if c.kind == "direct" and c.quote_open is not None and c.mode == "after":
                    before = min(before, c.quote_open)
                elif subj.lower_ in PRONOUNS_PERSON and c.start < before and c.end <= before:
                    # "Putin is now fully informed, he added": the pronoun's antecedent comes
                    # before the report, not inside it
                    before = c.start
                if c.mode == "nested" and subj.lower_ == "i":
                    # "'I said to him, ‘You are fired’,' Kel Ames said": the quoting speaker
                    outer = by_id.get(id(c.parent)) if c.parent is not None else None
                    speaker, span = (outer.speaker, outer.speaker_span) if outer else (None, None)
                elif c.mode == "nested" and subj.lower_ == "we":
                    speaker, span = None, None
                else:
                    speaker, span = index.resolve_np(p, subj, before=before)
        if c.subject_token is not None and c.mode != "nested":
            pron = p.doc[c.subject_token]
            if pron.lower_ in ("he", "she"):
                got = _spokesperson_before(index, out, c, tok_start(p, pron))
                if got is not None:
                    speaker, span = got, (tok_start(p, pron), tok_end(p, pron))
        if speaker is None and c.kind == "direct":
            speaker, span = _name_before_cue(index, c) or (speaker, span)
        if speaker is not None and c.kind == "direct":
            speaker, span = _not_the_addressee(index, p, c, speaker) or (speaker, span)
        if speaker is None and c.mode == "according" and c.subject_token is not None:
            speaker, span = _issuer_in_content(index, p, c) or index.np_actor(
                p, p.doc[c.subject_token], documents=True
            )
        if speaker is None and c.parent is not None and c.mode == "continuation":
            par = by_id.get(id(c.parent))
            if par is not None:
                speaker, span = par.speaker, par.speaker_span
        if speaker is None and c.mode in ("orphan", "colon"):
            prev = [a for a in out if a.cand.end <= c.start and a.speaker]
            # "X said while Y wanted A, Nehru said B. “...”": the quote goes on with the
            # outer speaker, not with one reported inside that speaker's words
            prev = [
                a
                for a in prev
                if not any(
                    o is not a
                    and o.cand.start <= a.cand.start
                    and a.cand.end <= o.cand.end
                    and o.cand.cue_span
                    and not (a.cand.start <= o.cand.cue_span[0] < a.cand.end)
                    for o in prev
                )
            ] or prev
            if prev and prev[-1].cand.para >= c.para - 1:
                speaker, span = prev[-1].speaker, prev[-1].speaker_span
            elif c.mode == "colon":
                # "Minister X addressed the delegations as follows:" -> subject of the sentence
                for t in p.doc:
                    if t.dep_ == "nsubj" and p.offset + t.idx < c.start:
                        speaker, span = index.resolve_np(p, t)
            else:
                # a quotation paragraph right after the person is introduced
                name = index.recent(c.start, kinds=("person",))
                near = [
                    m
                    for m in index.mentions
                    if m.actor == name and m.start < c.start and m.para >= c.para - 1
                ]
                if name and near:
                    speaker, span = name, (near[-1].start, near[-1].end)
                elif c.para > 0 and len(paras[c.para - 1].doc):
                    # "He labelled the reports propaganda.\n\n“We do not want ...”": the
                    # person the paragraph before was about, named there by a pronoun
                    q = paras[c.para - 1]
                    subj = next(
                        (t for t in q.doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None
                    )
                    if subj is not None and subj.lower_ in ("he", "she"):
                        speaker, span = index.resolve_np(q, subj)
        if (
            speaker is None
            and (c.kind == "indirect" or c.mode in ("after", "before"))
            and c.subject_token is not None
            and p.doc[c.subject_token].pos_ in ("NOUN", "PROPN")
        ):
            # a source the text describes but does not name: "the three countries said"
            speaker, span = index.np_actor(p, p.doc[c.subject_token])
        if c.kind == "indirect" and span and c.start < span[0] < c.end <= span[1] + 1:
            # "X wants talks, a Palestinian official close to the group told AFP" with the
            # subject read into the fronted clause: the content ends before its speaker
            end = span[0]
            comma = p.text.rfind(",", c.start - p.offset, end - p.offset)
            if comma >= 0 and end - (comma + p.offset) < 80:
                end = comma + p.offset  # (and before the title: ", Secretary Ma. X said")
            while end > c.start and p.text[end - p.offset - 1] in " ,;—–-":
                end -= 1
            c.end = end
        if speaker is not None and c.subject_token is not None:
            index.note_body_subject(p, p.doc[c.subject_token], speaker)
        att = Attributed(c, speaker, span)
        by_id[id(c)] = att
        out.append(att)
        index.used(speaker)
    out.sort(key=lambda a: (a.cand.start, a.cand.end))
    return out


ASKERS = {"reporter", "reporters", "journalist", "journalists", "interviewer", "moderator"}


def not_statements(items: list[Attributed], paras: list[Para]) -> list[Attributed]:
    """Drop what only frames or asks: a report whose content is another reporting verb
    ("Kan news reported that he had said: '...'" gives "he had said"), or holds someone
    else's statement ("X denied Y, ANI reported": X's words, relayed), a journalist's
    question ("A reporter asked X to ..."), and a question quoted as the one answered
    ("X answered the question of, 'How long will it last?'")."""
    out = []
    for a in items:
        c = a.cand
        p = paras[c.para]
        words = [
            t
            for t in p.doc
            if c.kind == "indirect"
            and c.start <= tok_start(p, t)
            and tok_end(p, t) <= c.end
            and not t.is_punct
        ]
        if (
            0 < len(words) <= 4
            and words[-1].pos_ in ("VERB", "AUX")
            and words[-1].lemma_.lower() in ("say", "tell", "add", "state", "write", "report")
        ):
            continue
        if c.lemma == "ask" and a.speaker and fold(a.speaker).split()[-1] in ASKERS:
            continue
        if c.lemma == "report" and any(
            o is not a
            and o.cand.cue_span
            and c.start <= o.cand.cue_span[0] < c.end
            and o.speaker
            and o.speaker != a.speaker
            for o in items
        ):
            continue  # "X denied reports of Y, ANI reported": X's words, the outlet relays
        if (
            c.kind == "direct"
            and c.lemma in ("answer", "respond", "field")
            and p.text[: c.end - p.offset].rstrip("”\"' ").endswith("?")
        ):
            continue
        out.append(a)
    return out


def dedupe(items: list[Attributed], text: str | None = None) -> list[Attributed]:
    """Drop reported speech inside quotations or inside other reported speech, and
    near-duplicate spans (direct quotes win over indirect ones)."""
    # a quoted fragment that ends a reported clause ('said the management had offered
    # “nothing but promises”') is part of the indirect statement, not a quotation of its own
    fragments = set()
    for a in items:
        c = a.cand
        if c.kind != "indirect" or c.mode not in ("clause", "object_of", "object_to"):
            continue
        for d in items:
            dc = d.cand
            if (
                dc.kind == "direct"
                and dc.mode not in ("nested", "press", "transcript")
                and c.start < dc.start
                and dc.end <= c.end + 2
                and dc.quote_open is not None
                and dc.quote_open > c.start
                and not dc.children
                and (dc.cue_span is None or c.start <= dc.cue_span[0] < c.end)
                and (text is None or _is_fragment(text, dc))
            ):
                fragments.add(id(d))
    items = [a for a in items if id(a) not in fragments]
    directs = [a for a in items if a.cand.kind == "direct"]
    keep: list[Attributed] = []
    for a in items:
        c = a.cand
        if c.kind == "indirect" and not c.inner:
            # (an "inner" report, "..., citing advisers" or "his remark that ...", is a
            # source of its own even inside or on top of another statement)
            cs = c.cue_span
            inside = False
            for d in directs:
                dc = d.cand
                if cs and dc.start <= cs[0] < dc.end:
                    inside = True
                    break
                if dc.start <= c.start and c.end <= dc.end and dc.mode == "press":
                    inside = True
                    break
                ov = min(dc.end, c.end) - max(dc.start, c.start)
                if ov > 0.5 * min(dc.end - dc.start, c.end - c.start):
                    inside = True
                    break
            if inside:
                continue
            for o in items:
                oc = o.cand
                if oc is c or oc.kind != "indirect" or not cs:
                    continue
                if oc.start <= cs[0] < oc.end and not (
                    c.start <= (oc.cue_span or (0, 0))[0] < c.end
                ):
                    inside = True
                    break
            if inside:
                continue
        dup = False
        for k in keep if not c.inner else ():
            kc = k.cand
            if kc.inner:
                continue
            ov = min(kc.end, c.end) - max(kc.start, c.start)
            nested = kc.mode == "nested" or c.mode == "nested"
            if ov > 0 and ov >= 0.8 * max(kc.end - kc.start, c.end - c.start) and not nested:
                dup = True
                break
        if not dup:
            keep.append(a)
    return keep


def _is_fragment(text: str, c: Candidate) -> bool:
    """A few quoted words inside a sentence, not a quoted sentence."""
    body = text[c.start : c.end]
    before = text[max(0, (c.quote_open or c.start) - 2) : c.quote_open or c.start]
    if ":" in before:
        return False
    return body[:1].islower() or (len(body) < 60 and body.rstrip()[-1:] not in ".?!")


_CATEGORY_HINTS = [
    (
        re.compile(
            r"\b(?:condemn|denounc|criticis|criticiz|deplor|illegal|aggression|unacceptable)\w*",
            re.I,
        ),
        "criticise",
    ),
    (
        re.compile(r"\b(?:welcome|support|praise|commend|solidarity|stands? with)\w*", re.I),
        "support",
    ),
    (re.compile(r"\b(?:reject|will not accept|not recogni[sz]e|refuse)\w*", re.I), "reject"),
    (re.compile(r"\b(?:must|demand)\b", re.I), "demand"),
    (re.compile(r"\b(?:urge|call on|calls on|appeal|should)\b", re.I), "appeal"),
    (re.compile(r"\b(?:cooperat|partnership|dialogue|work together)\w*", re.I), "cooperate"),
    (re.compile(r"\b(?:retaliat|respond|countermeasure|consequences)\w*", re.I), "threaten"),
]


_EXPRESS_SUPPORT = re.compile(
    r"\b(?:solidarity|support|gratitude|appreciation|sympathy|condolences?|confidence|"
    r"satisfaction|optimism|hope)\b",
    re.I,
)
_EXPRESS_COOPERATE = re.compile(r"\b(?:readiness|willingness|commitment|interest)\b", re.I)


def category(lemma: str | None, cue_category: dict[str, str], content: str) -> str:
    if lemma == "express":
        head = " ".join(content.split()[:6])
        if _EXPRESS_SUPPORT.search(head):
            return "support"
        if _EXPRESS_COOPERATE.search(head):
            return "cooperate"
        return "criticise"  # concern, alarm, regret, outrage ...
    cat = cue_category.get(lemma or "", "other") if lemma else "other"
    if cat in ("other", None) or lemma in (
        "say",
        "tell",
        "add",
        "state",
        "write",
        "note",
        "stress",
    ):
        for rx, c in _CATEGORY_HINTS:
            if rx.search(content):
                return c
        return cat or "other"
    return cat


JOINT_KINDS = ("person", "organisation", "government", "ministry", "country", "media")


def _titles_a_person(index: ActorIndex, q: Para, m) -> bool:
    """Whether the body named by ``m`` only opens the title of a person named right after
    it ("Committee Chair John Boozman")."""
    doc = q.doc
    last = max(i for i in range(len(doc)) if q.offset + doc[i].idx < m.end)
    j = last + 1
    while j < len(doc) and j - last <= 2 and index._role_token(doc[j]):
        j += 1
    after = index.mention_at(q, doc[j]) if j < len(doc) and j > last + 1 else None
    return after is not None and index.actors[after.actor].kind == "person"


def joint_speakers(
    items: list[Attributed], index: ActorIndex, paras: list[Para]
) -> list[Attributed]:
    """One statement per speaker when several share the cue's subject ("Ford, GM and
    Stellantis said ...", "Sens. X and Y wrote ... They contended ..."): the same words,
    attributed to each of the coordinated actors the text names."""
    out: list[Attributed] = []
    for a in items:
        out.append(a)
        c = a.cand
        if a.speaker is None or c.subject_token is None or c.mode in ("nested", "press"):
            continue
        p = paras[c.para]
        subj = p.doc[c.subject_token]
        q = p
        if subj.lower_ == "they" and subj.dep_ == "nsubj":
            prev = index._coordinated_previous_subject(p, subj)
            if prev is None:
                continue
            q, subj = prev
        seen = {a.speaker}
        for t in subj.conjuncts:
            m = index.mention_at(q, t)
            if m is None and t.pos_ == "PROPN" and t.ent_type_ == "ORG":
                # "Ford, General Motors and Stellantis said": a company NER found but
                # nothing else took up
                first = min([t.i] + [c.i for c in t.children if c.dep_ == "compound"])
                body = index.actor(q.doc[first : t.i + 1].text, "organisation")
                m = index.add_mention(q, first, t.i + 1, body, "name")
                index.mentions.sort(key=lambda x: x.start)
            name = m.actor if m is not None else None
            actor = index.actors.get(name) if name else None
            if actor is None or name in seen or actor.kind not in JOINT_KINDS:
                continue
            if actor.kind != "person" and _titles_a_person(index, q, m):
                continue  # "... and Senate Agriculture Committee Chair John Boozman"
            seen.add(name)
            index.used(name)
            out.append(Attributed(c, name, (m.start, m.end)))
    return out
