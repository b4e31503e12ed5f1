"""Stage 5: direct quotes (quote-mark pairing) and reported speech (dependency parse).

Produces ``Candidate`` records: content span (normalised offsets), kind, the cue, and
where to look for the speaker (the subject token of the cue, or a hint for the speaker
stage). Quotation marks are paired per paragraph; a quote left open at the end of a
paragraph continues when the next paragraph opens with a quotation mark. A quote counts
as a statement only when something attributes it (a speech verb after it, a speech verb
and a colon or comma before it, or a whole-sentence quote next to an attributed one):
scare quotes and quoted names are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from .actors import MEDIA_WORDS, ORGISH_WORDS, Para
from .gazetteer import fold
from .gazetteer import get as gazetteer
from .reading import QUOTE_CLASSES


@dataclass
class Candidate:
    kind: str  # direct | indirect
    start: int  # content span, normalised offsets
    end: int
    para: int  # index into paras of the cue (or the quote's first paragraph)
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    cue_token: int | None = None  # token index in paras[para].doc
    subject_token: int | None = None
    speaker_hint: str | None = None  # actor name decided upstream (press release)
    speaker_span: tuple[int, int] | None = None
    mode: str = ""  # after | before | continuation | nested | press | clause | ...
    quote_open: int | None = None  # position of the opening mark (direct)
    quote_close: int | None = None
    parent: Candidate | None = None
    children: list[Candidate] = field(default_factory=list)
    lemma: str | None = None
    # a statement inside or beside another one (a second source of the same words, speech
    # reported inside reported speech): kept even when its cue lies inside another
    # statement's content or its span repeats another's
    inner: bool = False


# -- quote mark pairing -----------------------------------------------------------------
def _is_open(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([{—–-:;,\u201c\u2018\"'") and not nxt.isspace()


def _is_close(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-\u201d\u2019\"'")


def _later_single_close(text: str, i: int, end: int) -> bool:
    """Is there a closing single mark after ``i`` in the same paragraph (before the next
    opening one)?  Tells "the ministers’ meeting" (one follows) from a quotation that ends
    on a plural: "had ‘rewarded the biggest polluters’ for years" (none follows)."""
    stop = text.find("\n", i, end)
    stop = end if stop < 0 else stop
    for j in range(i, stop):
        ch = text[j]
        if ch == "\u2018":
            return False
        if ch == "\u2019":
            prev = text[j - 1]
            nxt = text[j + 1] if j + 1 < len(text) else " "
            if not (prev.isalnum() and nxt.isalnum()) and _is_close(text, j):
                return True
    return False


_NICKNAME = re.compile(r'"[A-Z][\w.’\'-]*(?: [A-Z][\w.’\'-]*){0,2}" (?=[A-Z])')


def find_quote_pairs(
    text: str, start: int, end: int, level: str = "double"
) -> list[tuple[int, int | None]]:
    """Pairs (open, close) of quotation marks of ``level`` in text[start:end].

    ``close`` is None when the quote is still open at ``end``.
    """
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    outer: list[int] = []  # opening marks of quotes with a quotation inside
    restored = False
    i = start
    while i < end:
        ch = text[i]
        cls = QUOTE_CLASSES.get(ch)
        if cls and cls[0] == level:
            role = cls[1]
            if role == "either" and open_at is not None and ch == '"':
                m = _NICKNAME.match(text, i, end)
                if m and text[i - 1].isspace():
                    i = m.end()  # 'said "General James "Mad Dog" Mattis was ..."'
                    continue
            if level == "single" and ch in "\u2019'":
                # apostrophes: Moscow’s, don't, '90s
                nxt = text[i + 1] if i + 1 < len(text) else " "
                prev = text[i - 1] if i > 0 else " "
                if prev.isalnum() and nxt.isalnum():
                    i += 1
                    continue
                if ch == "\u2019" and open_at is None:
                    i += 1
                    continue
                after2 = text[i + 2] if i + 2 < len(text) else ""
                if (
                    prev == "s"
                    and nxt == " "
                    and after2.islower()
                    and not (open_at is not None and not _later_single_close(text, i + 1, end))
                ):
                    i += 1  # plural possessive: "the ministers’ meeting"
                    continue
            if role == "either":
                role = "open" if open_at is None and _is_open(text, i) else "close"
            if role == "open":
                if open_at is None:
                    open_at = i
                    restored = False
                elif level == "double" and ch == "\u201c":
                    # a new opening mark with the previous unclosed: restart (or a
                    # quotation inside the quotation, if a second closing mark follows)
                    outer = [open_at] if not restored else outer
                    open_at = i
                    restored = False
            elif role == "close" and open_at is not None:
                if level == "single" and not _is_close(text, i):
                    i += 1
                    continue
                if restored:
                    # '“No such meeting - a story by “low ratings” @CNN,” X tweeted': the
                    # outer quotation closes; the inner one is part of it
                    pairs = [(o, c) for o, c in pairs if not (c is not None and o > open_at)]
                pairs.append((open_at, i))
                open_at = None
                restored = False
                if outer:
                    open_at = outer.pop()
                    restored = True
        i += 1
    if open_at is not None and not restored:
        pairs.append((open_at, None))
    return pairs


_DASH_TAG = re.compile(
    r",? [–—] (?=(?:[A-Z][\w.’'-]*|[a-z]+)(?: [\w.’'-]+){0,6}[.!]?$)"
)  # " – Mateusz Morawiecki wrote on social media." closing a paragraph
_DASH_OPEN = re.compile(r"(?:^|: )([–—]) (?=[A-Z])")


_IRREGULAR_CUES = {"said", "says", "wrote", "writes", "told", "tells", "spoke", "thought"}


def _cue_form(word: str) -> bool:
    """A finite form of a speech verb ('stated', 'adds', 'wrote'), not its bare lemma."""
    w = word.lower()
    cues = gazetteer().cue_category
    return w in _IRREGULAR_CUES or any(
        w.endswith(e) and w[: -len(e)] in cues for e in ("ed", "d", "s", "es")
    )


def _dash_tag_words(words: list[str]) -> bool:
    """'Mateusz Morawiecki wrote on social media', 'the former prime minister stated',
    'said X on Radio Y', 'he continued': a speaker and a finite speech verb, nothing else
    but where it was said."""
    if not words:
        return False
    if _cue_form(words[0]):
        return len(words) > 1 and (words[1][:1].isupper() or words[1] in ("he", "she", "they"))
    k = next((i for i, w in enumerate(words) if _cue_form(w)), None)
    if k is None or k > 4:
        return False
    np_ok = words[0][:1].isupper() or words[0] in ("he", "she", "they", "the", "a", "an")
    rest_ok = k == len(words) - 1 or words[k + 1] in ("on", "in", "at", "to", "during", "via")
    return np_ok and rest_ok


def find_dash_quotes(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Quotations set off by dashes (a convention of translated news): '– Just before
    the meeting, X took part ..., – said Y on the radio.', 'The deficit is a record!
    – X wrote on social media.', 'As he indicated: – The President ...'. Triples (open,
    close, content start): open is the opening dash (the content start when the quotation
    opens the paragraph without one), close the dash before the tag or the paragraph end."""
    para = text[start:end].rstrip()
    if not para or any(m in para[:3] for m in QUOTE_CLASSES):
        return []
    opener = _DASH_OPEN.search(para)
    tag = None
    for m in _DASH_TAG.finditer(para):
        tag = m
    if tag is not None and not _dash_tag_words(para[tag.end() :].rstrip(".!").split()):
        tag = None
    if opener is None and tag is None:
        return []
    if opener is not None and (tag is None or opener.start(1) < tag.start()):
        o = start + opener.start(1)
        ca = start + opener.end()
    elif opener is None and tag is not None and "–" not in para[: tag.start()]:
        if "—" in para[: tag.start()]:
            return []
        o = ca = start  # the paragraph is the quotation, the tag after the dash names it
    else:
        return []
    close = start + tag.start() + (1 if para[tag.start()] == "," else 0) + 1 if tag else end
    if tag is None and opener is not None and opener.start(1) > 0:
        pass  # "As he indicated: – ...": runs to the paragraph's end
    elif tag is None:
        return []  # a paragraph opened by a dash and no tag: a list item or an aside
    return [(o, close, ca)]


def trim_content(text: str, a: int, b: int) -> tuple[int, int]:
    """Strip spaces and a trailing comma (“..., ” he said) from a content span."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b > a and text[b - 1] in ",;:—–-":
        b -= 1
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def trim_indirect(text: str, a: int, b: int) -> tuple[int, int]:
    if b > a and text[b - 1] in '”"':
        a2, b2 = trim_content(text, a, b)
        return a2, b2
    a, b = trim_content(text, a, b)
    while b > a and text[b - 1] in ".":
        b -= 1
    while b > a and text[b - 1] in ",;: ":
        b -= 1
    while a < b and text[a] in ",;: ":
        a += 1
    # a wire dateline before fronted speech: "PERTH — ...", "LONDON, May 2 (Reuters) - ..."
    m = _DATELINE.match(text, a, b)
    if m:
        a = m.end()
    return a, b


_ANSWER_LABEL = re.compile(r"^\s*(?:A|ANSWER|Answer)\s*[:.]\s+")

_QUESTION_LABEL = re.compile(
    r"^\s*(?:Q|QUESTION|Question|REPORTER|Reporter|JOURNALIST|Journalist|QUESTIONER)\s*[:.]\s"
)

# content-free speech: "said it would not comment on ...", "said he could not elaborate"
_NO_COMMENT = re.compile(
    r"(?:it|he|she|they|we|the \w+)\s+(?:would|will|could|can|did|does|do|was|is|were)\s*"
    r"(?:not|n[’']t)\s+(?:be\s+)?(?:comment|elaborate|speculate|discuss|go into|give (?:any )?"
    r"details|disclose|confirm or deny)(?:ing)?\b(?:\s+(?:on|about)\s+[^,;]{0,80})?$",
    re.I,
)

# a name standing as the subject that the quotation completes
_BARE_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*")

_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[—–-]{1,2}\s+"
)


# -- helpers ----------------------------------------------------------------------------
def _indirect_at(
    pi: int,
    p: Para,
    cue_tok: Token,
    start: int,
    end: int,
    subj: int | None,
    mode: str,
    lemma: str,
    **kw,
) -> Candidate:
    """An indirect candidate for the content ``start``-``end`` of the cue ``cue_tok``."""
    cue, ca, cb = _cue_text(cue_tok)
    return Candidate(
        "indirect",
        start,
        end,
        pi,
        cue,
        (p.offset + ca, p.offset + cb),
        cue_tok.i,
        subj,
        mode=mode,
        lemma=lemma,
        **kw,
    )


def _that_marked(clause: Token) -> bool:
    """Whether a clause is opened by 'that'."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _that_clause_of(noun: Token) -> Token | None:
    """'the line that any ceasefire must ...', 'optimism that a veto can ...': the noun's
    that-clause with a subject of its own."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl", "ccomp")
            and c.i > noun.i
            and _that_marked(c)
            and _has_subject(c)
        ),
        None,
    )


def _to_infinitive(noun: Token) -> bool:
    """'willingness to continue ...': the noun takes a to-infinitive."""
    return any(
        c.dep_ in ("acl", "relcl", "xcomp")
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in noun.children
    )


def is_cue(t: Token) -> bool:
    gz = gazetteer()
    if t.pos_ not in ("VERB", "AUX") and not (t.tag_.startswith("VB")):
        return False
    return t.lemma_.lower() in gz.cue_category


# verbs whose "for" phrase gives the reason: "praised X for Y", "criticized X for Y"
REASON_FOR_VERBS = {
    "criticize", "criticise", "praise", "thank", "slam", "fault", "commend", "condemn",
    "applaud", "hail", "attack", "blast", "lambast", "laud", "chastise", "castigate",
}  # fmt: skip


def speech_use(t: Token) -> bool:
    """A cue verb used for speech: "fired back" and "points out" are, "fired shells" and
    "points at" are not."""
    if not is_cue(t):
        return False
    lemma = t.lemma_.lower()
    if lemma in ("shoot", "hit", "fire"):
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children)
    if lemma == "point":
        return any(c.lower_ == "out" for c in t.children)
    return True


def subject_of(t: Token) -> Token | None:
    """Subject of a cue verb, inherited through conjunctions, participles and relatives."""
    subj = _subject_of(t)
    if subj is not None and subj.text in ("’s", "'s") and subj.tag_ == "POS":
        # "She’s said ..." with the contracted "has" read as a possessive subject
        subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
    return subj


def _subject_of(t: Token) -> Token | None:
    seen = 0
    cur = t
    if cur.dep_ == "pcomp" and cur.head.lower_ == "as":
        # "the agency quoted him as saying": the one quoted
        q = cur.head.head
        if q.lemma_.lower() in ("quote", "cite", "report") or (
            q.lemma_.lower() == "be" and any(c.lemma_.lower() == "quote" for c in q.children)
        ):
            obj = next((c for c in q.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None:
                return obj
    if cur.dep_ == "conj" and not is_cue(cur.head) and cur.i > 1:
        # "condemnation from Trump, who called it a 'horrible thing' and suggested Russia
        # had ...": a cue coordinated right after a relative clause with a cue of its own
        # goes on with that clause, whose antecedent speaks
        cc = cur.doc[cur.i - 1]
        last = cc.i - 1
        while last > 0 and cur.doc[last].is_punct:
            last -= 1
        rel = cur.doc[last] if cc.lower_ == "and" else None
        while (
            rel is not None and rel.dep_ != "relcl" and rel.head.i != rel.i and rel.i > rel.head.i
        ):
            rel = rel.head
        if (
            rel is not None
            and rel.dep_ == "relcl"
            and is_cue(rel)
            and rel.right_edge.i <= last
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in rel.children)
        ):
            return rel.head
    if (
        cur.dep_ == "csubj"
        and cur.tag_ == "VBG"
        and cur.i > 0
        and cur.doc[cur.i - 1].text == ","
        and cur.head.dep_ in ("advcl", "conj")
    ):
        # "X defended the budget, telling the Telegraph that cuts were unavoidable" with
        # the participle read as the subject of the reported clause's verb: X's
        main = cur.head.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < cur.i:
            return subj
    if (
        cur.dep_ == "conj"
        and cur.tag_ == "VBD"
        and (
            cur.head.tag_ in ("VB", "VBG")
            or (
                cur.head.tag_ == "VBN"
                and cur.head.dep_ == "ccomp"
                and any(c.dep_ == "aux" and c.lower_ == "had" for c in cur.head.children)
                and not any(c.dep_ in ("aux", "nsubj") for c in cur.children)
            )
        )
    ):
        # "said operators had worked to reach a deal and accused the union of ...": a
        # finite cue misattached to an infinitive inside the reported clause coordinates
        # with the cue that governs that clause; so does a simple past beside a reported
        # past perfect ("said the government had offered X and accused the unions of Y"):
        # the reported clause is backshifted, the coordinated cue is not
        # ("had issued a stark warning that X could Y and acknowledged Z": the verb of a
        # speech noun governs the clause too)

        def governs(v: Token) -> bool:
            return (is_cue(v) and v.tag_ == "VBD") or (
                v.lemma_.lower() in _ISSUING_VERBS
                and v.tag_ in ("VBD", "VBN")
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _ISSUED_NOUNS for c in v.children)
            )

        anc = cur.head
        while anc.dep_ not in ("ROOT",) and not governs(anc):
            anc = anc.head
        finite = None
        if cur.head.tag_ == "VB":
            up = cur.head
            while up.head.i != up.i and finite is None:
                up = up.head
                if (
                    up.i < cur.i
                    and (
                        up.tag_ == "VBD"
                        or up.tag_ == "VBN"
                        and any(
                            c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                            for c in up.children
                        )
                    )
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children)
                ):
                    finite = up
        if governs(anc) and anc.i != cur.i:
            cur = anc
        elif finite is not None:
            # "The senator had issued a warning that X could use Y and acknowledged that
            # ...": a past tense cannot coordinate with the bare verb of the clause; it
            # goes with the finite verb above, whose subject speaks
            cur = finite
    if (
        cur.tag_ == "VBG"
        and cur.dep_ == "pcomp"
        and cur.head.lower_ in ("before", "after", "while", "by", "without")
    ):
        # '"The claims are worrying," Bach said, before warning that ...': the
        # attribution hung beside the fronted report; its subject goes on speaking
        tag = next(
            (
                c
                for c in cur.head.head.children
                if c.dep_ in ("parataxis", "ccomp")
                and c.i < cur.i
                and is_cue(c)
                and any(g.dep_ == "nsubj" for g in c.children)
            ),
            None,
        )
        if tag is not None:
            return next(g for g in tag.children if g.dep_ == "nsubj")
    if cur.tag_ == "VBG" and cur.dep_ == "advcl" and is_cue(cur):
        # "X said it would challenge the decision ..., warning it could ...": the
        # participle is X's even when the parser hangs it inside the reported clause
        prev, anc = cur, cur.head
        via_clause = False
        steps = 0
        while steps < 6:
            if prev.dep_ == "ccomp" and is_cue(anc) and anc.tag_ == "VBG" and anc.dep_ == "advcl":
                # "The Office released X, estimating that Y may have been executed,
                # describing such killings as war crimes": the first participle's speaker
                anc = anc.head
                while anc.dep_ not in ("ROOT",) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in anc.children
                ):
                    anc = anc.head
                if anc.i < cur.i:
                    cur = anc
                break
            if prev.dep_ == "ccomp" and is_cue(anc) and anc.tag_ == "VBD":
                via_clause = True
                while anc.dep_ == "ccomp" and is_cue(anc.head) and anc.head.tag_ == "VBD":
                    anc = anc.head  # "X said the RSF claimed Y, stressing Z": X stresses
                break
            if anc.dep_ == "ROOT":
                break
            prev, anc = anc, anc.head
            steps += 1
        if via_clause and anc.i < cur.i:
            cur = anc
    if any(c.dep_ == "auxpass" for c in t.children):
        # "who was told by her GP that ...": the agent is the speaker
        agent = next((c for c in t.children if c.dep_ == "agent"), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
        if pobj is not None:
            return pobj
    while cur is not None and seen < 6:
        seen += 1
        if (
            cur.dep_ == "conj"
            and cur.head.dep_ == "ccomp"
            and cur.head.left_edge.lower_ in ("what", "whatever")
            and cur.head.head.pos_ in ("VERB", "AUX")
            and cur.head.head.i < cur.head.left_edge.i
        ):
            # "recalled what the Prime Minister has said and maintained that ...": the
            # conjunct goes with the clause outside the free relative
            cur = cur.head.head
            continue
        kids = list(cur.children) + [
            g for c in cur.children if c.dep_ == "aux" and c.i < cur.i for g in c.children
        ]  # "The army had on Monday said": the subject hung on the auxiliary
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < cur.i]
        if len(subjects) == 2 and subjects[1].left_edge.i > subjects[0].right_edge.i:
            # "International Olympic Committee (IOC) President Thomas Bach said": two
            # subjects is a misparse of one noun phrase; the one next to the verb is its head
            kids = [c for c in kids if c.i != subjects[0].i]
        for c in kids:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                    ante = cur.head
                    if (
                        c.lower_ == "who"
                        and ante.dep_ == "pobj"
                        and ante.tag_ == "NN"
                        and ante.head.dep_ == "prep"
                        and ante.head.head.dep_ == "appos"
                    ):
                        # "said Maja Holm, an analyst at the firm, who said ...": "who" is
                        # the person described, not the firm
                        return ante.head.head
                    return ante
                return _past_time_subject(_past_dateline(_after_concession(c)))
        if (
            cur.dep_ == "conj"
            and not is_cue(cur.head)
            and cur.head.dep_ == "ccomp"
            and is_cue(cur.head.head)
            and is_cue(cur)
        ):
            cur = cur.head.head
            continue
        if cur.dep_ in ("conj", "advcl", "xcomp", "pcomp") or (
            cur.dep_ == "ccomp" and cur.tag_ == "VBG"
        ):
            was_participle = cur.tag_ == "VBG" and cur.dep_ == "advcl"
            cur = cur.head.head if cur.dep_ == "pcomp" else cur.head
            if (
                was_participle
                and cur.tag_ in ("VBN", "VBD")
                and cur.dep_ in ("ccomp", "relcl", "acl")
                and not is_cue(cur.head)
                and not any(c.dep_ in ("aux", "auxpass") for c in cur.children)
            ):
                # "defended the quota agreed in Brussels, telling ...": the participle
                # belongs to the main clause, not to the reduced relative before it
                cur = cur.head
            continue
        if cur.dep_ == "acomp" and cur.head.lemma_.lower() in ("be", "become", "grow", "remain"):
            cur = cur.head  # "donors are worried the mayor is losing his grip"
            continue
        if cur.dep_ == "relcl":
            return cur.head
        if (
            cur.dep_ == "acl"
            and cur.tag_ == "VBG"
            and cur.head.dep_ == "dobj"
            and cur.head.lemma_.lower()
            in MEDIUM_NOUNS | _WRITTEN_PIECES | set(gazetteer().cues.get("nouns", ()))
        ):
            # "had posted a message on social media thanking X": the poster thanks ("ran
            # a profile casting her as X": the paper that ran it)
            cur = cur.head.head
            continue
        if (
            cur.dep_ == "acl"
            and cur.tag_ == "VBG"
            and cur.head.dep_ == "pobj"
            and cur.head.head.dep_ in ("dative", "prep")
            and cur.head.head.head.pos_ == "VERB"
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower()
                in MEDIUM_NOUNS | _WRITTEN_PIECES | set(gazetteer().cues.get("nouns", ()))
                for c in cur.head.head.head.children
            )
        ):
            # "sent a letter to both parties pleading with them to X": the senders plead
            cur = cur.head.head.head
            continue
        if cur.dep_ == "acl" and (cur.tag_ == "VBG" or cur.head.dep_ == "ROOT"):
            return cur.head
        if cur.dep_ == "ROOT":
            # "Pakistan, vast swathes of which are dependent on X, has written": the
            # name the parser hung as a modifier before the verb
            front = next(
                (
                    c
                    for c in cur.children
                    if c.dep_ == "npadvmod"
                    and c.i == 0
                    and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                ),
                None,
            )
            if front is None:
                # ("Addressing her lawmakers, Le Pen, who ..., accused": the subject hung on
                # the participle before it)
                front = next(
                    (
                        g
                        for c in cur.children
                        if c.dep_ in ("advcl", "csubj") and c.i < cur.i
                        for g in c.children
                        if g.dep_ == "npadvmod"
                        and (
                            g.i == 0
                            and g.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
                            or c.tag_ == "VBG"
                            and c.i == 0
                            and g.pos_ == "PROPN"
                            and g.left_edge.i > 0
                            and cur.doc[g.left_edge.i - 1].text == ","
                        )
                    ),
                    None,
                )
            return front or _appos_before(cur)
        break
    return None


def _appos_before(v: Token) -> Token | None:
    """'X wants talks, a Palestinian official close to the group told AFP': a subject
    the parser hung as an apposition on the noun before the comma; the noun phrase
    between the last comma and the verb."""
    doc = v.doc
    comma = next((i for i in range(v.i - 1, v.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or comma + 1 >= v.i:
        return None
    span = doc[comma + 1 : v.i]
    roots = [t for t in span if not (comma < t.head.i < v.i)]
    if len(roots) == 1 and roots[0].dep_ == "appos" and roots[0].pos_ in ("NOUN", "PROPN"):
        return roots[0]
    return None


def _set_off_by_commas(t: Token) -> bool:
    """', she said,' inside a sentence (also '“Dom,” he wrote,')."""
    doc = t.doc
    words = [x.i for x in t.subtree if not x.is_punct]
    lo, hi = min(words), max(words)
    if lo < t.i and _quoted_name_before(t) is not None:
        lo = min(x for x in words if x > _quoted_name_before(t).i)  # ('“Dom,” he wrote')
    before = lo > 0 and (
        doc[lo - 1].text == ","
        or lo > 1
        and doc[lo - 1].text in ("”", '"')
        and doc[lo - 2].text == ","
    )
    return before and hi + 1 < len(doc) and doc[hi + 1].text == ","


def _quoted_name_before(t: Token) -> Token | None:
    """'“Dom,” he wrote of himself, was ...': a quotation of one or two words right before
    a parenthetical cue, opening the sentence (its closing mark), else None."""
    doc = t.doc
    lo = min(x.i for x in t.subtree if not x.is_punct and x.i > t.sent.start + 1)
    close = next((j for j in range(t.i - 1, t.sent.start, -1) if doc[j].text in ("”", '"')), None)
    if (
        close is not None
        and close < t.i
        and all(doc[j].pos_ in ("PRON", "PROPN", "NOUN", "DET") for j in range(close + 1, t.i))
    ):
        lo = close + 1  # the quoted name may hang on the cue ('“Dom,” he wrote')
    if lo < 2 or doc[lo - 1].text not in ("”", '"') or doc[lo - 2].text != ",":
        return None
    k = lo - 3
    n = 0
    while k >= t.sent.start and doc[k].text not in OPEN_MARKS:
        k -= 1
        n += 1
    if k < t.sent.start or k != t.sent.start or n > 2:
        return None
    hi = max(x.i for x in t.subtree if not x.is_punct)
    nxt = hi + 2
    if nxt >= len(doc) or doc[nxt].text in OPEN_MARKS or doc[hi + 1].text != ",":
        return None  # '“The door,” Lind said, “was never closed”': a split quotation
    return doc[lo - 1]


def _left_subject(t: Token) -> Token | None:
    """'In a post on X, Ukraine's deputy foreign minister, Oksana Hrytsenko, wrote that ...'
    parsed with no subject: the name right before the cue."""
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0:
        return None
    x = doc[i]
    # ", Name, wrote" or "... director Martina Kowalski said" (parsed as an object)
    if x.pos_ == "PROPN" and x.ent_type_ == "PERSON":
        return x
    if (
        x.dep_ == "appos"
        and doc[i + 1].text == ","
        and x.head.pos_ == "PROPN"
        and x.head.ent_type_ == "PERSON"
        and x.head.i + 1 < x.left_edge.i
        and doc[x.head.i + 1].text == ","
    ):
        # "..., finance minister Wolfgang Schäuble, a Kohl lieutenant, acknowledged": the
        # name before its apposition
        return x.head
    # "Kyodo News agency, also citing unnamed sources, said X": a participle set off by
    # commas between the subject and the cue, parsed as the cue's clause with the
    # subject as its own
    part = next(
        (
            c
            for c in t.children
            if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG" and c.right_edge.i == i
        ),
        None,
    )
    subj = (
        next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if part is not None and doc[i + 1].text == ","
        else None
    )
    if (
        subj is not None
        and subj.pos_ in ("NOUN", "PROPN")
        and any(x.text == "," for x in doc[subj.i + 1 : part.i])
    ):
        return subj
    return None


_TIME_NOUNS = {"day", "week", "month", "year", "hour", "time", "night", "morning", "evening"}


def _after_concession(subj: Token) -> Token:
    """'Although the party touted thrift, minister Tomas Kress, an ally, acknowledged':
    the parser may make the concession's last noun the subject and the name after the
    comma its conjunct; the name is the subject."""
    if subj.left_edge.dep_ != "mark" or subj.left_edge.lower_ not in (
        "although",
        "though",
        "while",
        "as",
        "because",
        "since",
        "when",
        "after",
    ):
        return subj
    name = next(
        (
            c
            for c in subj.children
            if c.dep_ == "conj"
            and c.pos_ == "PROPN"
            and subj.doc[c.left_edge.i - 1].text == ","
            and not any(g.dep_ == "cc" for g in subj.children)
        ),
        None,
    )
    return name or subj


def _past_time_subject(subj: Token) -> Token:
    """'The ISPR had a day earlier said': the parser makes 'a day' the subject; the
    speaker is the subject the sentence opened with."""
    if subj.lemma_.lower() not in _TIME_NOUNS:
        return subj
    for t in subj.sent:
        if t.i >= subj.i:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN"):
            return t
    return subj


def _past_dateline(subj: Token) -> Token:
    """'MADRID, 12 February (Outlet) — The governor ..., believes': the parser may take the
    dateline place for the subject and hang the real one on it as an apposition after the
    dash."""
    placename = (
        subj.i == 0
        and subj.ent_type_ in ("GPE", "LOC")
        and len(subj.doc) > 1
        and subj.doc[1].text in ("—", "–", "-", "--")
    )  # "Berlin – Chancellor X has promised ..."
    if not placename and (subj.i > 2 or not subj.text.isupper() or len(subj.text) < 3):
        return subj
    dash = next((t for t in subj.subtree if t.text in ("—", "–", "-", "--") and t.i > subj.i), None)
    if dash is None:
        doc = subj.doc
        colon = next((t for t in doc[subj.i : subj.i + 8] if t.text == ":"), None)
        verb = subj.head
        if colon is None or verb.i <= colon.i:
            return subj
        # "NEW DELHI, May 15: ..., the minister S Jaishankar on Thursday recalled": the
        # dateline taken for the subject; the person named last before the verb speaks
        names = [
            t
            for t in doc[colon.i + 1 : verb.i]
            if t.ent_type_ == "PERSON"
            and t.dep_ != "compound"
            and t.head.i != verb.i
            or t.ent_type_ == "PERSON"
            and t.dep_ in ("nsubj", "appos")
        ]
        return names[-1] if names else subj
    after = [c for c in subj.children if c.dep_ == "appos" and c.i > dash.i] + [
        c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i
    ]
    return min(after, key=lambda c: c.i) if after else subj


def _set_cue(cand: Candidate, po, t: Token, mode: str) -> None:
    """Attach cue token ``t`` (its text, span, subject and lemma) to ``cand``."""
    subj = subject_of(t)
    cue, a, b = _cue_text(t)
    cand.cue, cand.cue_span, cand.cue_token = cue, (po.offset + a, po.offset + b), t.i
    cand.subject_token = subj.i if subj is not None else None
    cand.mode = mode
    cand.lemma = t.lemma_.lower()


def _cue_text(t: Token, extra: list[Token] | None = None) -> tuple[str, int, int]:
    toks = [t] + [c for c in t.children if c.dep_ == "prt"] + (extra or [])
    toks.sort(key=lambda x: x.i)
    a = toks[0].idx
    b = toks[-1].idx + len(toks[-1].text)
    return t.doc[toks[0].i : toks[-1].i + 1].text, a, b


def _is_abbrev(word: str) -> bool:
    """'U.S.', 'Jan.', 'Dr.', an initial 'S.': a full stop that does not end a sentence."""
    word = word.lstrip("(\"“‘'")
    if re.fullmatch(r"(?:[A-Za-z]\.){2,}|[A-Z]\.", word):
        return True
    return word.endswith(".") and word[:-1].lower() in gazetteer().abbreviations


def _sentence_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """Approximate sentence containing pos within [lo, hi) (ignoring marks inside quotes)."""
    a = pos
    while a > lo:
        closing = text[a - 1] in '”"’' and a - 2 >= lo and text[a - 2] in ".?!"
        if (text[a - 1] in ".?!" or closing) and a < hi and text[a].isspace():
            if closing:
                break
            # not an abbreviation like "U.S." or "Jan."
            w = re.search(r"(\S+)$", text[lo:a])
            word = w.group(1) if w else ""
            if not _is_abbrev(word):
                break
        a -= 1
    b = pos
    while b < hi:
        if text[b] in ".?!" and (b + 1 >= hi or text[b + 1].isspace()):
            w = re.search(r"(\S+)$", text[lo : b + 1])
            word = w.group(1) if w else ""
            if not _is_abbrev(word):
                b += 1
                break
        b += 1
    return a, b


def _relayed(t: Token, mode: str, subj: Token | None) -> bool:
    """'The source said that shortly after, Pratt told aides that he would win': what a
    named person said, relayed by an unnamed source, is a statement of its own."""
    if mode != "clause" or subj is None or subj.pos_ != "PROPN" or t.dep_ != "ccomp":
        return False
    outer = t.head
    src = subject_of(outer) if is_cue(outer) else None
    return src is not None and src.lemma_.lower() in _ANONYMOUS_SOURCES


OPEN_MARKS = ("“", '"', "‘")  # opening quotation marks as the tokenizer leaves them


def _quoted(tokens) -> bool:
    """Whether any of ``tokens`` is an opening quotation mark."""
    return any(x.text in OPEN_MARKS for x in tokens)


def _in_fronted_report(t: Token) -> bool:
    """'X has called for Y, saying Z, the agency reported': X's own words inside a clause
    fronted before another source's cue are a statement of X's as well."""
    cur, steps = t, 0
    while cur.dep_ != "ROOT" and steps < 4:
        up = cur.head
        if (
            cur.dep_ == "ccomp"
            and cur.i < up.i
            and speech_use(up)
            and any(c.dep_ == "nsubj" and c.i > cur.i for c in up.children)
        ):
            lo = max(cur.left_edge.i - 1, t.sent.start)
            if any(QUOTE_CLASSES.get(x.text[:1]) for x in t.doc[lo : t.i]):
                return False  # a quotation's own words: the quote says it
            subj = subject_of(t)
            return subj is not None and subj.i < up.i and subj.pos_ in ("PROPN", "NOUN")
        cur, steps = up, steps + 1
    sent = t.sent
    acc = next(
        (
            x
            for x in t.doc[t.i + 1 : sent.end - 1]
            if x.lower_ == "according"
            and t.doc[x.i + 1].lower_ == "to"
            and t.doc[x.i - 1].text in (",", "”", '"')
        ),
        None,
    )
    if (
        acc is not None
        and t.tag_ == "VBG"
        and t.dep_ == "advcl"
        and not _quoted(t.doc[sent.start : t.i])
    ):
        # "X voiced doubts about Y, describing it as Z, according to the statement": X's
        # words inside the report the statement gives are X's as well
        subj = subject_of(t)
        return subj is not None and subj.i < t.i and subj.pos_ in ("PROPN", "NOUN")
    return False


_GAP_CUES = {
    "claims", "claimed", "says", "said", "insists", "insisted", "believes", "believed",
    "argues", "argued", "maintains", "maintained", "alleges", "alleged", "contends",
    "contended", "thinks", "thought", "suggests", "suggested",
}  # fmt: skip


def _hypothetical(t: Token) -> bool:
    """Speech that has not happened: 'will say', 'are going to say', 'would ask'."""
    modal = ("will", "'ll", "’ll", "would", "'d", "’d", "could", "may", "might", "should")
    if any(c.dep_ == "aux" and c.lower_ in modal for c in t.children):
        return True
    return t.dep_ == "xcomp" and t.head.lemma_.lower() in ("go", "want", "plan", "intend")


def _quote_spans_sentences(doc, b: int) -> int | None:
    """The closing mark of the quotation left open at token ``b`` when it runs on past a
    sentence end ('“agreed to X. . . . We posted it.”') before it closes."""
    ran_on = False
    for x in doc[b + 1 :]:
        if x.text in ("”", '"'):
            return x.i if ran_on else None
        if x.text in (".", "?", "!") and x.i + 1 < len(doc) and doc[x.i + 1].text[:1].isupper():
            ran_on = True
        if x.is_sent_start and x.i > b + 1:
            ran_on = True
    return None


def _relative_aside(t: Token) -> tuple[int, int] | None:
    """'a deputy, who he claimed, had fled the country': a cue in a relative clause whose
    only word after it is a comma; the words from the comma to the sentence end (first and
    last token) are what was claimed of the person."""
    doc = t.doc
    if t.dep_ != "relcl" or not speech_use(t) or t.i + 2 >= len(doc):
        return None
    rel = t.left_edge
    if rel.lower_ not in ("who", "which", "that") or rel.i == 0 or doc[rel.i - 1].text != ",":
        return None
    if doc[t.i + 1].text != "," or any(c.i > t.i and c.dep_ != "punct" for c in t.children):
        return None
    if not any(c.dep_ == "nsubj" and c.i > rel.i for c in t.children):
        return None
    a, b = t.i + 2, t.sent.end - 1
    while b > a and doc[b].is_punct and doc[b].text not in ("”", '"', "’"):
        b -= 1
    first = doc[a]
    if b - a < 2 or not (first.pos_ in ("AUX", "VERB") or first.dep_ in ("aux", "auxpass")):
        return None
    return a, b


def _named_inside_report(t: Token, subj: Token | None) -> bool:
    """'Awad said that during the meeting, al-Burhan expressed X', 'al-Burhan expressed
    reservations about Y, according to the statement': what a named person said, told inside
    another source's report, is that person's statement as well."""
    if subj is None or subj.ent_type_ != "PERSON" or t.tag_ not in ("VBD", "VBZ"):
        return False
    if subj.i > t.i or any(QUOTE_CLASSES.get(x.text[:1]) for x in t.doc[t.sent.start : t.i]):
        return False  # (after a quotation: the parser's reading of the attribution)
    cur, steps = t, 0
    while cur.dep_ != "ROOT" and steps < 4:
        if cur.dep_ == "ccomp" and speech_use(cur.head) and cur.head.i < t.i:
            outer = subject_of(cur.head)
            # (a named reporter of the words: "The minister said that X told aides Y" stays
            # the minister's report)
            return (
                outer is not None
                and outer.pos_ == "PROPN"
                and outer.i != subj.i
                and outer.i < cur.head.i
            )
        cur, steps = cur.head, steps + 1
    doc = t.doc
    return any(
        x.lower_ == "according" and doc[x.i + 1].lower_ == "to" and doc[x.i - 1].text in (",", "”")
        for x in doc[t.i + 1 : t.sent.end - 1]
    )


def _pronoun_before_tag(t: Token) -> Token | None:
    """'parts of the deal that, Kress said, could be met': the relative pronoun right
    before a parenthetical tag, else None (not a demonstrative 'That, Kress said, ...')."""
    doc = t.doc
    lo = min(x.i for x in t.subtree if not x.is_punct)
    rel = doc[lo - 2] if lo > 2 and doc[lo - 1].text == "," else None
    if (
        rel is None
        or rel.lower_ not in ("that", "which", "who")
        or rel.dep_ not in ("nsubj", "nsubjpass")
        or rel.i == rel.sent.start
        or doc[rel.i - 1].pos_ not in ("NOUN", "PROPN", "PUNCT")
    ):
        return None
    return rel


def _relative_report(t: Token, mode: str) -> bool:
    """'The aide who revealed that X is a police officer, according to Y': what the person
    a relative clause describes revealed is a statement of its own inside the other report
    (so is the tag inside a relative clause: 'elements that, Nogueras said, could be met')."""
    if mode == "parenthetical":
        return _pronoun_before_tag(t) is not None
    if (
        mode == "clause"
        and t.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        and any(
            c.dep_ == "ccomp"
            and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("which", "that") and g.i < t.i
                for g in c.children
            )
            for c in t.children
        )
    ):
        return True  # "the initiative which the government said would help X" (not "that
        # we think is harmful" inside a quotation: the quoted speaker's own words)
    return (
        mode == "clause"
        and t.dep_ == "relcl"
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.dep_ in ("nsubj", "nsubjpass")
        and t.head.head.i > t.right_edge.i
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children)
    )


def _plain_demand(t: Token) -> bool:
    """'confronted X and demanded an answer': demanding a plain noun is an act told in the
    narrative, not words reported."""
    if t.lemma_.lower() != "demand" or any(c.dep_ in ("ccomp", "xcomp") for c in t.children):
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and not _quoted(obj.subtree)
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)
    )


def _gap_name(t: Token) -> tuple[Token, Token] | None:
    """'a ruling (that) many commentators called a political earthquake': the one noun
    phrase after a naming verb in a relative clause whose object is the noun before it
    (parsed as a relative, as a clause or with the subject as a noun the verb modifies);
    the name given and the one who gave it, else None."""
    doc = t.doc
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is None and t.dep_ == "acl" and t.head.i == t.i - 1 and t.head.pos_ == "NOUN":
        subj = t.head  # ("in a ruling many commentators called X": 'commentators called')
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    objs = [c for c in t.children if c.dep_ in ("dobj", "oprd", "attr") and c.i > t.i]
    if len(objs) != 1 or objs[0].left_edge.i != t.i + 1 or objs[0].pos_ not in ("NOUN", "ADJ"):
        return None
    name = objs[0]
    end = name.right_edge.i + 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].text not in ("-", "–")):
        return None  # the name ends the relative clause
    lo = subj.i
    while (
        lo > 0
        and doc[lo - 1].head.i == subj.i
        and doc[lo - 1].dep_ in ("det", "amod", "compound", "nummod")
        and doc[lo - 1].tag_ != "VBG"
    ):
        lo -= 1
    before = doc[lo - 1] if lo > 1 else None
    if before is None or not (
        before.lower_ in ("that", "which")
        and doc[before.i - 1].pos_ == "NOUN"
        or before.pos_ == "NOUN"
        or before.tag_ == "VBG"  # ('a ruling many X called Y': the noun read as a verb)
        and doc[before.i - 1].pos_ in ("DET", "NOUN", "ADJ")
    ):
        return None
    return name, subj


def _closing_fragment(doc, a: int, b: int) -> bool:
    """'X must complete an evidential "jigsaw", a lawyer said': the clause [a, b] ends
    with a few quoted words opened inside it and the comma after the closing mark, not with
    a quotation of its own."""
    k = b - 1
    while k > a and doc[k].text not in OPEN_MARKS and doc[k].text not in ("”", "’"):
        k -= 1
    return (
        a < k < b
        and doc[k].text in OPEN_MARKS
        and b - k <= 6
        and doc[b - 1].text not in (",", ".", "!", "?")
        and b + 1 < len(doc)
        and doc[b + 1].text == ","
    )


def _infinitive_after(v: Token, obj: Token) -> Token | None:
    """'called for employers to pay more' with the infinitive hung on the verb: the
    infinitive right after the object of 'for' (its subject), else None."""
    return next(
        (
            c
            for c in v.children
            if c.dep_ in ("advcl", "xcomp")
            and c.left_edge.i == obj.right_edge.i + 1
            and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        ),
        None,
    )


def _conditional(t: Token) -> bool:
    """'urged sanctions if it rejects a ceasefire': a cue verb inside a condition."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)


def _first_word(t: Token) -> int:
    """Index of the first non-punctuation token of t's subtree."""
    return next((x.i for x in t.subtree if not x.is_punct), t.i)


def _stolen_object(prep: Token) -> Token | None:
    """'to vote for Raila Odinga saying X': a preposition left without its object because
    the parser made the name the subject of the participle after it; that name."""
    doc = prep.doc
    if prep.pos_ != "ADP" or any(prep.children) or prep.i + 1 >= len(doc):
        return None
    nxt = doc[prep.i + 1]
    subj = nxt if nxt.dep_ == "nsubj" else nxt.head if nxt.head.dep_ == "nsubj" else None
    if subj is None or subj.left_edge.i != prep.i + 1:
        return None
    verb = subj.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i == subj.right_edge.i + 1:
        return subj
    return None


def _plural_speaker_of_conj(t: Token) -> Token | None:
    """'Senators say the House needs to act and warn that X': a plain-form cue coordinated
    inside the reported clause cannot go with its singular subject; it is the second verb
    of the plural speakers of the cue above ('say ... and warn')."""
    if t.dep_ != "conj" or t.tag_ not in ("VB", "VBP") or _has_subject(t):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None
    cur, steps = t.head, 0
    while cur.dep_ not in ("ccomp", "ROOT") and steps < 8:
        cur, steps = cur.head, steps + 1
    if cur.dep_ != "ccomp" or not is_cue(cur.head) or cur.head.tag_ != "VBP":
        return None
    inner = next((c for c in cur.children if c.dep_ == "nsubj"), None)
    if inner is None or inner.tag_ not in ("NN", "NNP"):
        return None
    outer = subject_of(cur.head)
    if outer is None or not (outer.tag_ in ("NNS", "NNPS") or outer.lower_ in ("they", "we")):
        return None
    return outer


def _negative_subject(t: Token) -> bool:
    """'Neither the sources nor the ministry say ...', 'Nobody said', 'No official said':
    nobody said it."""
    for c in t.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or c.i > t.i:
            continue
        if c.lower_ in ("nobody", "none", "neither", "noone") or any(
            g.dep_ == "preconj"
            and g.lower_ == "neither"
            or g.dep_ == "det"
            and g.lower_ == "no"
            and (c.pos_ == "NOUN" or c.lower_ == "one")  # (not "No 10 said")
            for g in c.children
        ):
            return True
    return False


def _has_subject(v: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in v.children):
        return False  # "points at a square that was a car park": a relative clause
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children) or (
        v.tag_ in ("VB",) and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    )


MEDIUM_NOUNS = {
    "medium",
    "post",
    "statement",
    "interview",
    "remarks",
    "briefing",
    "conference",
    "x",
    "telegram",
    "twitter",
    "facebook",
    "media",
    "reporters",
    "journalists",
    "television",
    "radio",
    "speech",
    "letter",
    "communiqué",
    "communique",
    "message",
    "address",
    "tweet",
    "video",
    "broadcast",
}
# occasions a report names where it was said: "in calls with X", "during a meeting"
OCCASION_NOUNS = {"call", "meeting", "talk", "summit", "visit", "session", "phone"}
_PERCEIVING = {"hearing", "seeing", "smelling", "feeling", "witnessing", "noticing"}
_WRITTEN_PIECES = {"profile", "article", "story", "editorial", "column", "piece", "documentary"}
DENIABLE = {
    "role",
    "involvement",
    "responsibility",
    "claim",
    "report",
    "allegation",
    "accusation",
    "charge",
    "wrongdoing",
    "link",
    "knowledge",
    "existence",
    "participation",
    "presence",
    "suggestion",
    "assertion",
    "rumour",
    "rumor",
    "complicity",
    "blame",
}
REPORTING = {"say", "tell", "add", "state", "write", "announce", "report", "claim", "insist"}
PREP_FRAMES = {
    "warn": ("of", "against", "about"),
    "caution": ("against",),
    "call": ("for",),
    "appeal": ("for",),
    "press": ("for",),
    "argue": ("for", "against"),
    "speak": ("of", "about", "against", "out"),
    "plead": ("for", "with"),
    "insist": ("on",),
    "chant": ("for",),
}
EXPRESSED = {
    "concern",
    "hope",
    "support",
    "solidarity",
    "regret",
    "condolence",
    "gratitude",
    "satisfaction",
    "readiness",
    "willingness",
    "opposition",
    "disappointment",
    "alarm",
    "outrage",
    "frustration",
    "confidence",
    "optimism",
    "doubt",
    "sympathy",
    "appreciation",
    "anger",
    "sorrow",
    "shock",
    "dismay",
    "commitment",
    "interest",
    "reservation",
    "surprise",
}
_PROJECTED_IMAGES = {
    "confidence",
    "strength",
    "power",
    "image",
    "calm",
    "authority",
    "unity",
    "force",
    "voice",
    "light",
    "film",
    "video",
}
_AT_FEELINGS = {"disappointment", "anger", "frustration", "dismay", "surprise", "outrage", "shock"}
_BARE_CLAUSE_VERBS = {"worry", "think", "reckon", "feel", "hope", "argue", "insist", "warn"}
RELATIVE_VERBS = {
    "make",
    "send",
    "write",
    "give",
    "hold",
    "receive",
    "publish",
    "deliver",
    "post",
    "have",
    "place",
    "issue",
    "read",
    "sign",
    "see",
    "hear",
    "release",
    "draft",
    "broadcast",
}
_MESSAGE_NOUNS = {"message", "response", "reply", "retort", "answer", "verdict", "rejoinder"}
_MESSAGE_NOUNS |= {"revelation", "admission", "disclosure", "confession", "announcement"}
_PLEA_NOUNS = {"appeal", "plea", "warning", "demand", "promise", "pledge", "call", "request"}
_STANCE_PREPS = ("for", "about", "over", "with", "regarding")  # "expressed support for X"
_STANCE_ADJS = {
    "categorical",
    "adamant",
    "emphatic",
    "insistent",
    "hopeful",
    "optimistic",
    "pessimistic",
    "confident",
    "worried",
    "concerned",
    "convinced",
}
# verbs of learning and knowing, whose that-clause is their own ("after hearing that X")
_KNOWING = {"hear", "learn", "find", "know", "see", "read", "discover", "realise", "realize"}
_KNOWING |= {"show", "prove", "confirm", "suggest", "mean", "ensure", "decide", "news"}
# what an organisation issues, credited with "according to" ("a report by X")
_SOURCE_DOCS = {"report", "statement", "tally", "estimate", "count", "analysis", "statistics"}
# who can find that X in a statement of their own: documents, studies, courts
_FINDERS = {"report", "study", "survey", "review", "inquiry", "investigation", "audit"}
_FINDERS |= {"analysis", "probe", "court", "judge", "justice", "panel", "jury", "tribunal"}
_FINDERS |= {"ruling", "judgment", "judgement", "verdict", "research", "researcher"}
_PLEDGE_NOUNS = {"assurance", "undertaking", "guarantee"}
# a speech act named by a noun that a light verb gives: "issued a stern warning that X"
_ISSUED_NOUNS = _PLEDGE_NOUNS | {"warning", "promise", "pledge", "threat", "reminder"}
_ISSUING_VERBS = ("give", "offer", "provide", "issue", "make", "deliver", "sound")
_BELIEF_NOUNS = {"fear", "worry", "hope", "concern", "belief", "view", "expectation", "bet"}
_IDEA_NOUNS = {"idea", "notion", "suggestion", "claim", "assertion", "premise", "argument", "view"}
_DESCRIBED = {"bill", "describe", "see", "consider", "know", "dub", "call", "regard", "view"}
_CLAIM_NOUNS = _IDEA_NOUNS | {
    "allegation",
    "accusation",
    "charge",
    "report",
    "rumour",
    "rumor",
    "speculation",
    "question",
    "criticism",
}
_SPEECH_NOUNS = {
    "remark",
    "comment",
    "claim",
    "assertion",
    "suggestion",
    "allegation",
    "insistence",
    "contention",
    "warning",
    "boast",
    "admission",
    "acknowledgment",
    "acknowledgement",
    "revelation",
    "disclosure",
}
_SUBORDINATORS = {"how", "that", "whether", "why", "because", "while", "where", "when", "what"}
_ANONYMOUS_SOURCES = {
    "person",
    "people",
    "source",
    "official",
    "adviser",
    "advisor",
    "aide",
    "ally",
    "associate",
    "insider",
    "confidant",
    "staffer",
    "one",
}
CONDITIONS = {"unless", "if", "because", "until", "so", "than", "provided"}
_TIME_LINKS = {"after", "before", "following", "when", "during", "upon"}
CIRCUMSTANCES = {"after", "before", "during", "when", "as", "at", "following", "upon", "since"}
_GLOSS_HEADS = {
    "charge",
    "claim",
    "accusation",
    "allegation",
    "move",
    "step",
    "figure",
    "assertion",
    "position",
    "view",
    "stance",
    "statement",
    "remark",
    "comment",
    "decision",
    "sign",
}
_TEMPORAL_HEADS = {
    "day",
    "days",
    "week",
    "weeks",
    "hours",
    "hour",
    "month",
    "months",
    "year",
    "years",
    "minutes",
    "time",
}


_GLOSS_PP_NOUNS = _GLOSS_HEADS | {
    "comments",
    "rebuke",
    "criticism",
    "warning",
    "message",
    "reference",
    "swipe",
    "jab",
    "response",
    "reply",
    "signal",
    "nod",
    "apparent",
    "words",
    # ", in a major blow for X": what the news means for someone, the reporter's verdict
    "blow",
    "boost",
    "setback",
    "victory",
    "defeat",
    "embarrassment",
    "reversal",
    "snub",
}


def _gloss_pp(prep: Token) -> bool:
    """', in some of the strongest comments yet', ', in a rebuke to X': the reporter's
    description of the words, not part of them (unlike ', in the glassmaking process')."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if pobj.lower_ in ("some", "one", "what") or pobj.pos_ == "PRON":
        of = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if inner is None:
            return pobj.lower_ == "what"
        pobj = inner
    return pobj.lower_ in _GLOSS_PP_NOUNS or pobj.lemma_.lower() in _GLOSS_PP_NOUNS


def _inner_apposition(head: Token, b: int) -> bool:
    """An apposition that is part of what was said: indefinite or bare, no clause, no name
    ('a strategic plateau just inside X', 'chief among them a demand for Y'); unlike the
    reporter's definitions ('the capital of X', 'the name China uses', 'a court whose ...')
    and a speaker's name and title read as an apposition."""
    if head.dep_ == "appos" and head.lower_ == "one" and head.i > 0:
        # ", one of many that had been updated": the speaker's own gloss of the noun
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if head.pos_ != "NOUN" or head.dep_ != "appos":
        return False
    sub = list(head.subtree)
    if any(not x.is_punct for x in head.doc[sub[-1].i + 1 : b + 1]):
        return False  # ", a court whose ...": more follows that the apposition does not hold
    if sub[0].lower_ in ("the", "this", "that", "these", "those") or sub[0].dep_ == "poss":
        return False
    return not any(
        x.pos_ in ("VERB", "AUX", "PROPN")
        and x.i != head.i
        and x.head.i == head.i
        or x.tag_ in ("WDT", "WP", "WP$")
        or x.ent_type_ in ("PERSON",)
        for x in sub
    )


POSITION_NOUNS = {
    "line",
    "position",
    "view",
    "insistence",
    "stance",
    "argument",
    "belief",
    "assessment",
    "assertion",
    "claim",
    "message",
    "warning",
    "contention",
    "possibility",
}
CALL_VERBS = {"lead", "renew", "repeat", "issue", "echo", "join", "reiterate", "voice", "step"}
POSITION_VERBS = {
    "maintain",
    "reiterate",
    "repeat",
    "reaffirm",
    "stress",
    "state",
    "express",
    "restate",
    "defend",
    "outline",
    "underline",
    "emphasize",
    "emphasise",
    "acknowledge",
    "concede",
    "admit",
}
# these take a noun only with a that-clause or a quotation: "expressed optimism that ..."
NOUN_CLAUSE_VERBS = {"announce", "express", "voice", "raise"}
NEEDS_CLAUSE = {"reiterate", "convey", "recall", "repeat"}
CALLS = {"call", "demand", "appeal", "commitment", "position", "stance", "warning", "offer"}
CALL_CUES = {"urge", "demand", "call", "press", "recommend", "propose"}  # take a condition


def _not_said(t: Token) -> bool:
    """Uses of a cue that report no speech: 'ended without agreement on calling for a
    ceasefire' (under 'without', or the topic of a noun), 'recalled what the minister has
    said on the issue', 'a charge Tehran denies' after the charge it takes up."""
    cur, steps = t, 0
    while cur.dep_ != "ROOT" and steps < 4:
        if cur.dep_ == "pcomp" and cur.head.lower_ == "without":
            return True
        if cur.lower_ == "without" and cur.dep_ == "prep":
            return True
        cur, steps = cur.head, steps + 1
    if (
        t.tag_ == "VBG"
        and t.dep_ == "pcomp"
        and t.head.lower_ in ("on", "of", "about", "over")
        and (t.head.head.pos_ == "NOUN" or t.doc[t.head.i - 1].pos_ == "NOUN")
    ):
        return True  # "agreement on calling for X", "talk of urging Y": a topic
    for c in t.children:
        if (
            c.dep_ == "ccomp"
            and c.i > t.i
            and c.left_edge.lower_ == "what"
            and any(is_cue(x) and x.lemma_.lower() in ("say", "state", "tell") for x in c.subtree)
        ):
            return True  # "recalled what X has said": a reference, not the words
    lemma = t.lemma_.lower()
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i < t.i), None)
    # "..., a charge Tehran denies": a gloss on the preceding clause
    return (
        obj is not None
        and lemma in ("deny", "reject", "dismiss", "dispute")
        and obj.lemma_.lower() in DENIABLE | {"charge", "allegation", "accusation"}
        and obj.left_edge.i > 0
        and t.doc[obj.left_edge.i - 1].text == ","
    )


def _gloss_follows(doc, i: int) -> bool:
    """'..., allegations their family has rejected', '..., a charge X denies': a noun
    phrase taking up the whole clause before the comma."""
    j = i
    while j < len(doc) and doc[j].dep_ in ("det", "amod", "nummod") and j < i + 3:
        j += 1
    if j >= len(doc):
        return False
    head = doc[j]
    return (
        head.pos_ == "NOUN"
        and (head.lemma_.lower() in _GLOSS_HEADS or head.lemma_.lower() in DENIABLE)
        and any(c.dep_ in ("relcl", "ccomp", "acl") and _has_subject(c) for c in head.children)
    )


def _quote_runs_on(open_mark: Token) -> bool:
    """'saying “we regret the misunderstanding” about X's account': the clause goes on
    past the closing mark (the next word hangs on a word inside the quotation), so the
    quoted words are a fragment of reported speech, not a direct quote."""
    doc = open_mark.doc
    close = next(
        (x for x in doc[open_mark.i + 1 :] if x.text in ("”", '"', "’") or x.text in ".?!"),
        None,
    )
    if close is None or close.text in ".?!" or close.i + 1 >= len(doc):
        return False
    nxt = doc[close.i + 1]
    return (
        not nxt.is_punct
        and open_mark.i < nxt.head.i < close.i
        and nxt.dep_ in ("prep", "acl", "relcl")
        and (
            nxt.head.pos_ in ("NOUN", "PROPN", "ADJ")
            or nxt.lower_ in ("about", "over", "of", "for", "against")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in nxt.children)
        )
    )


def _only_to(t: Token) -> bool:
    """'declined to elaborate other than to reiterate that ...', 'only to say that ...': the
    infinitive is what the subject did say."""
    doc = t.doc
    to = next((c for c in t.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i < 1:
        return False
    before = doc[to.i - 1].lower_
    return before == "only" or (before == "than" and to.i >= 2 and doc[to.i - 2].lower_ == "other")


def _that_clause_follows(doc, j: int) -> bool:
    """'— but that ...', ', and that ...', 'but that ...' at j: a second reported clause
    coordinated with the first (the speaker's still)."""
    k = j + 1 if doc[j].text in (",", "—", "–", "--") else j
    return (
        k + 1 < len(doc)
        and doc[k].lower_ in ("but", "and")
        and doc[k + 1].lower_ == "that"
        and doc[k + 1].dep_ == "mark"
    )


def _next_act(t: Token, cue: Token) -> bool:
    """A verb coordinated with the reported clause's verb, in the narrator's tense: the
    speaker's next act. "a warning that X could do Y and acknowledged Z" (a simple past
    cannot share the clause's modal), "said they see X as Y and then listed Z" (a simple
    past beside a reported clause in the present, after a past cue)."""
    head = t.head
    if t.tag_ != "VBD" or t.lemma_ == "be" or _has_subject(t) or t.doc[t.i - 1].lower_ == "than":
        return False  # (not "X could slow Y but were unlikely to Z": a backshifted clause)
    if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return speech_use(t)
    if (
        head.tag_ == "VBN"
        and head.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
        and any(c.dep_ == "advmod" and c.lower_ == "then" for c in t.children)
    ):
        return True  # "said he had not seen X and then ignored a question": past perfect
    return head.tag_ in ("VBZ", "VBP") and head.dep_ == "ccomp" and cue.tag_ in ("VBD", "VBN")


def _present_next_act(t: Token, cue: Token) -> bool:
    """'said Labour broke the law ... and is looking to make changes': a present
    progressive, with no subject of its own, coordinated with a reported clause in the
    past after a past cue, is the speaker's (the narrator's) next act."""
    return (
        t.tag_ == "VBG"
        and not _has_subject(t)
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in t.children)
        and t.head.tag_ == "VBD"
        and t.head.dep_ == "ccomp"
        and t.head.head.i == cue.i
        and cue.tag_ == "VBD"
    )


def _did_next_act(t: Token, cue: Token) -> bool:
    """'claimed his comments were misunderstood but did not issue a retraction': a verb
    with a past 'did' and no subject, coordinated with the reported clause after a past
    cue, is the speaker's next act."""
    return (
        t.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "did" for c in t.children)
        and not _has_subject(t)
        and t.head.dep_ == "ccomp"
        and t.head.head.i == cue.i
        and cue.tag_ == "VBD"
    )


def refine(cue: Token, a: int, b: int, mode: str) -> tuple[int, int]:
    """Adjust a reported-speech token range [a, b] (inclusive)."""
    doc = cue.doc
    noun_cue_cut = False
    # 1. a conjoined speech verb inside the content starts its own statement (", and noted")
    for i in range(a + 1, b + 1):
        t = doc[i]
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.i == cue.i and speech_use(t):
            b = i - 1  # "urged X to vote for Y saying Z": the participle is a statement of its own
            break
        if (
            cue.tag_ == "VBG"
            and t.dep_ == "conj"
            and t.tag_ == "NN"
            and t.lower_.endswith("ing")
            and t.lower_[:-3] in gazetteer().cue_category
            and doc[i - 1].lower_ == "and"
            and any(
                c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                for c in t.children
            )
        ):
            # "saying X and warning that Y" with the second participle read as a noun: the
            # speaker's next statement
            b = i - 2
            noun_cue_cut = True
            break
        if (
            t.dep_ == "conj"
            and speech_use(t)
            and not _plain_demand(t)
            and not (
                t.tag_ == "VBG"
                and t.head.tag_ == "VBG"
                and t.head.dep_ == "xcomp"
                and t.head.head.i == cue.i
            )  # "stressed opposing X and insisting on Y": one gerund object
            and not (t.tag_ == "VBG" and t.head.dep_ in ("pobj", "pcomp") and t.head.i >= a)
            # ('accused her of “warning” and “threatening” senators': one charge)
            and (
                t.head.dep_ not in ("relcl", "acl")  # "the days when X held Y and fired Z"
                # "rejected any notion that X would win, and maintained that ...": the
                # speaker's second verb, hung by the parser inside the noun's clause
                or doc[i - 1].lower_ == "and"
                and doc[i - 2].text == ","
                and t.tag_ == cue.tag_
                # "say X failed to elect Y and warn that ...": the speakers' second verb
                or _plural_speaker_of_conj(t) is not None
            )
            and not _has_subject(t)
            and t.i > cue.i
            and not (
                any(c.dep_ == "neg" for c in t.children)
                and t.lemma_.lower() in gazetteer().weak_verbs
            )  # "told the judge he is innocent and does not fear X": still his report
            and not any(c.dep_ == "auxpass" for c in t.children)  # "... and had been told"
            and doc[i - 1].lower_ != "than"  # "reform X rather than announce Y": one clause
            and not any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in t.children)
        ):  # "... would try to run X and would offer refunds": still the reported clause
            j = min(i, t.left_edge.i) - 1  # (and before "did not" of "... and did not elaborate")
            while j > a and (doc[j].dep_ == "cc" or doc[j].is_punct):
                j -= 1
            b = j
            break
        if (
            t.dep_ == "conj"
            and t.head.dep_ == "ccomp"
            and t.head.head.i == cue.i
            and t.tag_ == cue.tag_ == "VBD"
            and speech_use(t)
            and not _plain_demand(t)
            and doc[i - 1].dep_ == "nsubj"
            and doc[i - 1].lower_ in ("he", "she", "they", "we")
            and doc[i - 2].lower_ == "and"
        ):
            b = i - 3  # '... were "just wrong" and he urged X to act': a second statement
            while b > a and doc[b].is_punct and doc[b].text not in ("”", '"', "’"):
                b -= 1
            break
        if (
            t.dep_ == "advcl"
            and speech_use(t)
            and t.i > a + 3
            and doc[t.left_edge.i].lower_ in ("as", "while", "when")
            and doc[t.left_edge.i].dep_ == "mark"
            and (
                any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in t.children)
                or (t.tag_ == "VBG" and doc[t.left_edge.i].lower_ == "while")
            )
            and any(c.dep_ == "ccomp" and c.i > t.i for c in t.children)
        ):
            # "said the proposal is still on the table as he indicated that ...": the
            # speaker's next report, a statement of its own (also "..., while warning that")
            b = t.left_edge.i - 1
            while b > a and doc[b].is_punct and doc[b].text not in ("”", '"', "’"):
                b -= 1
            noun_cue_cut = True  # (the clause does not run on past it)
            break
        own = _present_next_act(t, cue) or _did_next_act(t, cue)
        if t.dep_ == "conj" and t.i > cue.i and (own or _next_act(t, cue)):
            j = i - 1
            while j > a and (doc[j].dep_ in ("cc", "advmod", "aux", "neg") or doc[j].is_punct):
                j -= 1
            b = j
            noun_cue_cut = noun_cue_cut or own  # (and the clause does not run on past it)
            break
        if (
            t.dep_ == "relcl"
            and speech_use(t)
            and t.left_edge.tag_ in ("WDT", "WP")
            and t.left_edge.i > a + 2
            and doc[t.left_edge.i - 1].text == ","
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in t.children)
            and any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children)
        ):
            # "..., which his allies warned would hurt X", "X's engineers, who critics say
            # have lost influence": their statement, not the speaker's (", which she
            # described as X": her own gloss goes on)
            b = t.left_edge.i - 2
            break
        # 2. trailing apposition or temporal adjunct after a comma (", a court whose ...",
    #    ", a day after ...")
    for i in range(a + 1, b + 1):
        t = doc[i]
        after_quote = (
            i >= a + 2 and doc[i - 1].text in ("”", "’", '"') and doc[i - 2].text == ","
        )  # 'he’s a “realist,” indicating ...'
        if doc[i - 1].text != "," and not (after_quote and t.tag_ == "VBG"):
            continue
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.left_edge.i == i
            and t.head.dep_ not in ("relcl", "acl")  # "that included X, shifting Y and Z"
            and not any(c.dep_ == "conj" and c.i > t.right_edge.i for c in t.head.children)
        ):  # (a cue participle, ", calling for talks", is a statement of its own)
            b = i - 2  # ", escalating a row ...": the reporter's gloss, not the speech
            break  # (", showing him X, and demanded Y": inside the clause)
        if (
            t.dep_ == "prep"
            and (t.lower_ in ("amid", "despite") or t.lower_ in ("in", "as") and _gloss_pp(t))
            and t.head.i < i
            and t.head.pos_ in ("VERB", "AUX")
            and not any(doc[k].text in (",", ";") for k in range(i, b + 1))
        ):
            b = i - 2  # ", in some of the strongest comments yet ...": a gloss
            break
        if (
            t.dep_ == "prep"
            and t.lower_ == "with"
            and t.head.pos_ in ("VERB", "AUX")
            and mode != "fronted"  # ("X shows no sign of abating, with Y setting records,
        ):  # the agency added": a clause that runs up to the cue is all the speaker's)
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None and any(
                g.i > pobj.i and (g.pos_ == "ADJ" or g.tag_ in ("VBG", "VBN"))
                for g in pobj.children
            ):
                b = i - 2  # ", with tensions already high": the reporter's background
                break
        head = t if t.dep_ in ("appos", "npadvmod") else t.head
        if t.dep_ not in ("appos", "npadvmod") and not (
            t.dep_ in ("det", "nummod", "amod")
            and head.dep_ in ("appos", "npadvmod")
            and head.i <= i + 2
        ):
            continue
        if head.dep_ == "npadvmod" and head.lower_ not in _TEMPORAL_HEADS | _GLOSS_HEADS:
            continue
        if head.lower_ not in _TEMPORAL_HEADS | _GLOSS_HEADS and _inner_apposition(head, b):
            continue  # ", a strategic plateau just inside X", ", chief among them ...": an
            # apposition inside the reported clause, not a comment on it
        if any(doc[k].text in (",", ";") for k in range(i, b + 1)):
            continue
        b = i - 2
        break
    # 2e. ", which is being billed as the biggest strike since 1977": the reporter's
    #     description of the thing named last, not part of what was said
    for i in range(a + 2, b + 1):
        t = doc[i]
        v = t.head
        if (
            doc[i - 1].text == ","
            and t.lower_ in ("which", "who")
            and v.dep_ == "relcl"
            and v.right_edge.i >= b
            and v.lemma_.lower() in _DESCRIBED
            and any(c.dep_ == "auxpass" for c in v.children)
        ):
            b = i - 2
            break
    # 2a. "— even though allies ignored his call", "— a move that ...": the reporter's aside
    for i in range(a + 1, b + 1):
        if doc[i - 1].text not in ("—", "–", "--"):
            continue
        t = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else t
        concessive = t.lower_ in ("though", "although", "whereas") or (
            t.lower_ == "even" and nxt.lower_ in ("though", "as", "if")
        )
        gloss = t.lower_ in ("a", "an") and nxt.lower_ in _GLOSS_HEADS
        if concessive or gloss:
            b = i - 2
            break
    # 2d. 'called X "patronizing" after her loss on Tuesday': a time phrase after the
    #     quoted name dates the calling, it is not part of the name
    #     ('said that “there won’t be a deal” after talks failed': a whole clause quoted
    #     ends at its closing mark; the time after it is the saying's)
    whole = mode == "clause" and doc[a].text in OPEN_MARKS
    if mode == "as_such" or whole:
        for i in range(a + 2, b + 1):
            t = doc[i]
            if (
                doc[i - 1].text in ("”", '"', "’")
                and t.lower_ in (CIRCUMSTANCES if not whole else _TIME_LINKS)
                and t.dep_ in ("prep", "mark")
                and doc[i - 1].i > a
                and not (whole and (t.dep_ != "mark" or t.head.tag_ != "VBD"))
            ):  # (a past event: '“it will open” when the money arrives' is still said)
                b = i - 1
                break
            if whole and doc[i - 1].text in ("”", '"', "’"):
                break  # the quotation closed with more of the clause after it
    # 2c. the reporter's own clause after the report: ", as critics gathered outside", ",
    #     while he has also defended X", "— including Y", ", and the terms remain unclear"
    b = _narrator_tail(cue, a, b, appeal=mode in ("for", "object_to"))
    # 2b. a trailing "on social media" / "in a statement" is where it was said, not what
    for i in range(a + 1, b + 1):
        t = doc[i]
        if t.dep_ == "prep" and t.right_edge.i >= b and t.lower_ in ("on", "in", "via", "during"):
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.lemma_.lower() in MEDIUM_NOUNS
                and not any(g.dep_ == "amod" and g.tag_ == "VBN" for g in pobj.children)
            ):  # (not "should come clean on his reported statement": what it is about)
                b = i - 1
                break
    # 3. the parse stopped early: run on to the sentence end when nothing intervenes
    if mode in ("clause", "object", "object_to", "object_of") and a > cue.i and not noun_cue_cut:
        sent_end = cue.sent.end - 1
        if cue.dep_ == "relcl" and cue.head.dep_ in ("nsubj", "nsubjpass") and cue.head.head.i > b:
            # "The aide who revealed that X is a police officer": the clause ends where the
            # sentence the relative clause sits in goes on
            sent_end = min(sent_end, cue.head.head.left_edge.i - 1, cue.right_edge.i)
        j = b + 1
        ok = j <= sent_end
        in_quote = False  # words inside a quotation opened on the way are the speaker's
        while j <= sent_end:
            t = doc[j]
            if t.text == "“" and any(x.text == "”" for x in doc[j + 1 : sent_end + 1]):
                in_quote = True
                j += 1
                continue
            if in_quote and t.text in ("”", '"'):
                in_quote = False
            if in_quote and (t.ent_type_ in ("DATE", "TIME") or t.lower_ in CIRCUMSTANCES):
                j += 1
                continue
            if (
                t.text == ","
                and j > b + 2
                and any(doc[k].lower_ in CONDITIONS for k in range(b + 1, b + 3))
            ):
                break  # "... unless countries cut emissions faster, as a report showed"
            if (
                t.text == ","
                and j + 1 <= sent_end
                and doc[j + 1].lower_ == "but"
                and any(doc[k].dep_ == "neg" for k in range(a, j))
                and not any(
                    is_cue(x) or x.dep_ in ("nsubj", "nsubjpass") and x.head.dep_ != "relcl"
                    for x in doc[j + 2 : sent_end + 1]
                )
            ):
                # "said he was not blaming X, but those who Y": the correction is his
                j = sent_end + (0 if doc[sent_end].is_punct else 1)
                break
            if t.text == "," and _gloss_follows(doc, j + 1):
                break  # "accuse X of Y in order to Z, allegations their family rejects"
            if _that_clause_follows(doc, j):
                j += 3 if t.is_punct else 2  # "... — but that X would be fine": same speaker
                continue
            if t.is_punct and t.text not in (".", "!", "?", '"', "”"):
                ok = False
                break
            if t.dep_ == "conj" and t.head.i == cue.i and t.pos_ in ("VERB", "AUX"):
                ok = False  # "said X and then listed Y": the speaker's next act
                break
            if t.lower_ in CIRCUMSTANCES and t.dep_ in ("prep", "mark", "advmod"):
                ok = False
                break
            if (
                (
                    is_cue(t)
                    and (t.dep_ == "conj" or t.lemma_.lower() not in gazetteer().weak_verbs)
                    and t.lemma_.lower() != "agree"
                )
                or t.lower_ in ("according", "while", "but")
                or t.ent_type_ in ("DATE", "TIME")
            ):
                ok = False
                break
            if t.dep_ == "prep" and any(
                g.lemma_.lower() in MEDIUM_NOUNS for g in t.children if g.dep_ == "pobj"
            ):
                ok = False
                break
            if t.text in (".", "!", "?"):
                break
            j += 1
        if ok and j - 1 > b:
            b = j - 1
    # 4. no dangling conjunctions, auxiliaries or punctuation
    while b > a and (
        doc[b].dep_ in ("cc", "aux") or doc[b].is_punct and doc[b].text not in ("”", "’", ")", '"')
    ):
        b -= 1
    # 5. a quotation opened inside the content is closed inside it (and one closed inside
    #    it opens inside it: 'accused "the system" of X' with the mark hung on the cue)
    inner = doc[a : b + 1].text
    if (
        a > 0
        and doc[a - 1].text in ("“", '"')
        and (inner.count("”") > inner.count("“") or inner.count('"') % 2 == 1)
    ):
        a -= 1
        inner = doc[a : b + 1].text
    opened = (
        inner.count("“") > inner.count("”")
        or inner.count('"') % 2 == 1
        or inner.count("‘") > inner.count("’")
        or re.search(r"(?:^|\s)'\w", inner) is not None
        and not re.search(r"\w'(?:\s|$)", inner)
    )
    if opened:
        b0 = b
        for k in (b + 1, b + 2):
            if k < len(doc) and doc[k].text in ("”", '"', "’", "'"):
                b = k
                break
            if k < len(doc) and doc[k].text not in (".", ",", "!", "?"):
                break
        # 'pleading with them to “stay the course, hold the line”' with the rest of the
        # quotation hung elsewhere: the content runs on to the closing mark
        close = next(
            (x.i for x in doc[b + 1 : cue.sent.end] if x.text in ("”", "“")),
            None,
        )
        if (
            b == b0
            and b > cue.i
            and close is not None
            and doc[close].text == "”"
            and inner.count("“") == inner.count("”") + 1
        ):
            b = close
    return a, b


_UNKNOWN = {"unclear", "uncertain", "unknown"}


def _narrator_tail(cue: Token, a: int, b: int, appeal: bool = False) -> int:
    """The last token of [a, b] before a clause that is the reporter's, not the speaker's:
    ', as critics gathered outside' (a simple-past as-clause with a subject of its own),
    ', while he has also defended X' (another act of the speaker's), '— including Y' (the
    reporter's detail after a dash), ', and the terms remain unclear' (what the reporter
    does not know). In an appeal ('called for X to do Y') no comma is needed: 'as the war
    entered its fifth month' is the time of the call, not part of what is to be done."""
    doc = cue.doc
    for i in range(a + 2, b + 1):
        t = doc[i]
        prev = doc[i - 1].text
        comma = prev == "," or (prev in ("”", "’") and doc[i - 2].text == ",")
        if appeal and t.lower_ == "as" and t.dep_ in ("mark", "prep"):
            # (also when the parser reads "as the war, sparked by X, entered Y" as a prep)
            verb = next((x for x in doc[i + 1 : cue.sent.end] if x.pos_ in ("VERB", "AUX")), None)
            while verb is not None and verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl"):
                verb = next(
                    (x for x in doc[verb.right_edge.i + 1 : cue.sent.end] if x.pos_ == "VERB"),
                    None,
                )  # skip "sparked by X" set inside the as-clause
            if verb is not None and verb.tag_ == "VBD" and verb.lemma_.lower() != "do":
                return i - 1
        if comma and t.lower_ in ("as", "while") and t.dep_ == "mark" and t.head.i > i:
            v = t.head
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            aux = [c for c in v.children if c.dep_ == "aux"]
            if (
                t.lower_ == "as"
                and subj is not None
                and subj.i > i
                and v.tag_ == "VBD"
                and not aux
                and not is_cue(v)
            ):
                return i - 2 if prev in (",", "”", "’") else i - 1
            if t.lower_ == "while" and any(
                c.dep_ == "advmod" and c.lower_ == "also" for c in v.children
            ):
                return i - 2
        if prev in ("—", "–", "--") and t.lower_ in ("including", "includes"):
            return i - 2
        if (
            t.lower_ == "and"
            and prev == ","
            and i + 1 <= b
            and any(
                x.lemma_ in ("be", "remain")
                and any(c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in x.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > i for c in x.children)
                for x in doc[i + 1 : b + 1]
            )
        ):
            return i - 2
    return b


def _summary_says(doc, t: Token | None = None) -> bool:
    """'Head of the council says he seeks no feud with Norland' (a summary line under the
    title): a present-tense 'says' with a clause of its own, or t is that cue."""
    for x in [t] if t is not None else doc:
        if (
            x.lemma_.lower() == "say"
            and x.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "nsubj" and c.i < x.i for c in x.children)
            and (
                any(c.dep_ == "ccomp" and c.i > x.i and _has_subject(c) for c in x.children)
                # ("Judge says not disclosing X led to Y": the clause misparsed)
                or any(y.tag_ in ("VBD", "VBZ", "VBP", "MD") for y in x.doc[x.i + 2 :])
            )
        ):
            return True
        if (
            x.lemma_.lower() in ("call", "urge", "press")
            and x.tag_ == "VBZ"
            and any(c.dep_ == "nsubj" and c.i < x.i for c in x.children)
            and any(y.lower_ == "to" and y.dep_ == "aux" for y in x.doc[x.i + 2 :])
        ):
            return True  # "National association calls for RCMP to plead guilty"
    return False


def _bullet_report(doc) -> bool:
    """'- Sarri stated that Chelsea played very badly' (a summary bullet, no full stop): a
    bullet whose cue has a that-clause is a report, not a subhead."""
    return doc.text.lstrip()[:2] in ("- ", "• ", "* ", "– ") and any(
        is_cue(t) and any(c.dep_ == "ccomp" and _that_marked(c) for c in t.children) for t in doc
    )


def _headline_like(text: str) -> bool:
    """A short paragraph without sentence-final punctuation: a subhead or summary line."""
    body = text.strip()
    if not body or "\n" in body or len(body.split()) > 16:
        return False
    if body[-1] not in ".!?:;\"”’)…'":
        return True
    return body[-1] in "\"”’'" and _title_case(body)


def _title_case(body: str) -> bool:
    """'President X Warns Against Trusting Putin, Affirms "Nothing About Y"': a live-feed
    entry's title in title case (even when it ends with a quotation)."""
    long_words = re.findall(r"[^\W\d_][\w’'-]{3,}", body)
    return (
        "\n" not in body.strip()
        and len(body.split()) <= 16
        and len(long_words) >= 4
        and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    )


_MODALS = ("would", "will", "could", "can", "should", "must", "may", "might", "'d", "’d")


def _epithet(np: Token) -> bool:
    """'the possible 2016 White House contender', 'the Texas Republican': a definite
    description of a person that a reporter uses to take up the speaker again."""
    words = [x for x in np.subtree if x.i <= np.i]
    return (
        len(words) >= 3
        and words[0].lower_ == "the"
        and np.lower_.rstrip("s") in set(gazetteer().cues.get("epithet_heads", ()))
    )


def _comma_conjunct(cue: Token, b: int, words: tuple[str, ...]) -> tuple[Token, Token] | None:
    """The first verb coordinated with ``cue`` after token ``b`` and its conjunction, when
    that is one of ``words`` after a comma (', but ...'); None otherwise."""
    doc = cue.doc
    for c in cue.children:
        if c.dep_ != "conj" or c.i <= b or c.pos_ not in ("VERB", "AUX"):
            continue
        cc = next((x for x in cue.children if x.dep_ == "cc" and b < x.i < c.i), None)
        if cc is None or cc.lower_ not in words or doc[cc.i - 1].text != ",":
            return None
        return c, cc
    return None


def _new_attribution(c: Token) -> bool:
    """Whether the clause headed by ``c`` attributes words anew ('..., but he said X')."""
    return any(speech_use(x) or x.lower_ == "according" for x in c.subtree)


def _coordinated_tail(cue: Token, clause: Token, b: int) -> int | None:
    """'said he had spoken with X, but he received a different message', 'said Russia needs
    to be part of it, but must abandon Y': a clause the parser coordinates with the cue
    continues the reported clause, unless it is a new attribution ('..., but he did not say
    when'), or the speaker's own next act ('..., and left the room'). The new last token."""
    doc = cue.doc
    found = _comma_conjunct(cue, b, ("but", "and", "yet"))
    if found is None:
        return None
    c, cc = found
    if cue.tag_ == "VBG" and cue.dep_ == "advcl":
        return None  # "apologised, telling MPs X, and will meet Y": the main clause's
    if any(x.dep_ == "neg" for x in c.children) and not _has_subject(c):
        return None
    if _new_attribution(c):
        return None
    if _quoted(doc[cc.i : c.i + 1]):
        return None  # a quotation: a direct quote of its own
    subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    aux = [x for x in c.children if x.dep_ in ("aux", "auxpass")]
    if subj is None:
        # a subjectless verb phrase goes with the reported clause only when its form
        # is not the narrator's ('but must abandon', not 'and left the room')
        if not any(x.lower_ in _MODALS for x in aux) and not (
            c.tag_ in ("VBZ", "VBP") and cue.tag_ in ("VBD", "VBN")
        ):
            return None
        if clause.tag_ == "VB" and clause.dep_ != "ccomp":
            return None
    elif subj.i < cc.i or _epithet(subj):
        return None  # '..., but the possible 2016 contender was unrepentant': the speaker
    return c.right_edge.i


def _grievance(kids, b_tok: int) -> int:
    """'anger at the council for cutting jobs': the for-phrase right after the feeling's
    target (hung on the verb) is what the feeling is about; the new end."""
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i == b_tok + 1:
            b_tok = c.right_edge.i
    return b_tok


def _expressed(doc, dobj: Token, preps, kids) -> tuple[int | None, int | None]:
    """The stance of "expressed/voiced X" as a clause (``express`` alone is weak), or
    (None, None): "expressed their willingness to continue talks" (an intention),
    "expressed support for the workers" (the stance and what it is about), "expressed
    surprise over the statement issued by X" (the preposition hung on the verb)."""
    if _to_infinitive(dobj):
        return dobj.left_edge.i, dobj.right_edge.i
    if dobj.lemma_.lower() not in EXPRESSED:
        return None, None
    feeling = dobj.lemma_.lower() in _AT_FEELINGS
    places = MEDIUM_NOUNS | set(gazetteer().cues.get("convened", ())) | {"event", "ceremony"}

    def stance(c: Token) -> bool:
        # ("expressed disappointment at journalists for failing to X": what it is at, not
        # "concern at the meeting": where it was expressed)
        return (
            c.lower_ in _STANCE_PREPS
            or (
                feeling
                and c.lower_ == "at"
                and not any(g.dep_ == "pobj" and g.lemma_.lower() in places for g in c.children)
                and any(  # (with the grievance: not "their anger at the delegates")
                    x.lower_ == "for" and x.dep_ == "prep" and x.i > c.i
                    for x in doc[c.i : c.sent.end]
                )
            )
        )

    if any(c.dep_ == "prep" and stance(c) for c in dobj.children):
        b_tok = dobj.right_edge.i
        for c in kids:
            if (
                c.dep_ == "dobj"
                and c.i > b_tok
                and c.left_edge.i == b_tok + 2
                and doc[b_tok + 1].text == ","
            ):
                # "disappointment at journalists, civil groups, and whistleblowers for X":
                # the list's next conjuncts read as a second object
                b_tok = c.right_edge.i
        return dobj.left_edge.i, _grievance(kids, b_tok) if feeling else b_tok
    if _quoted(dobj.subtree):
        return None, None
    pr = next(
        (
            c
            for c in preps
            if c.i == dobj.right_edge.i + 1
            and stance(c)
            and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        ),
        None,
    )
    if pr is None:
        return None, None
    b_tok = _grievance(kids, pr.right_edge.i) if pr.lower_ == "at" else pr.right_edge.i
    return dobj.left_edge.i, _second_participle(doc, kids, pr, b_tok)


def _second_participle(doc, kids, pr: Token, b_tok: int) -> int:
    """'the statement issued by X and published on Y': the second participle of the noun
    in ``pr``'s object, hung on the verb by the parser, extends the content to its end."""
    pobj = next((g for g in pr.children if g.dep_ == "pobj"), None)
    more = next(
        (
            c
            for c in kids
            if c.dep_ == "conj"
            and c.tag_ in ("VBN", "VBD")
            and c.i == b_tok + 2
            and doc[b_tok + 1].lower_ == "and"
            and not _has_subject(c)
        ),
        None,
    )
    if (
        more is not None
        and pobj is not None
        and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in pobj.children)
    ):
        return more.right_edge.i
    return b_tok


class QuoteFinder:
    def __init__(self, text: str, paras: list[Para], press_issuer: str | None = None):
        self.text = text
        self.paras = paras
        self.gz = gazetteer()
        self.press_issuer = press_issuer
        # the lemmatiser's slips on cue verbs ("hoped" -> "hop")
        forms = self.gz.cues.get("form_lemmas", {})
        for p in paras:
            for t in p.doc:
                if t.tag_.startswith("VB") and t.lower_ in forms:
                    t.lemma_ = forms[t.lower_]

    # -- direct quotes -----------------------------------------------------------------
    def direct(self) -> list[Candidate]:
        text = self.text
        raw_quotes: list[tuple[int, int, int, int, int]] = []  # open, close, content a, b, para
        pending: tuple[int, int] | None = None  # (open position, para index) of an unclosed quote
        body = "".join(p.text for p in self.paras)
        # house styles that quote with single marks throughout (‘...’ and no “...”)
        level = "double" if re.search(r'[“”"«»]', body) else "single"
        self.level = level
        for pi, p in enumerate(self.paras):
            a, b = p.offset, p.offset + len(p.text)
            pairs = find_quote_pairs(text, a, b, level)
            if (
                level == "double"
                and pi < 2
                and pending is None
                and not pairs
                and not re.search(r'[“”"«»]', p.text)
            ):
                # a standfirst in headline style ("‘Prices will fall,’ minister says") over
                # a body quoting with double marks
                pairs = [(o, c) for o, c in find_quote_pairs(text, a, b, "single") if c is not None]
            if pending is not None:
                if pairs and pairs[0][0] == a:
                    first_open, first_close = pairs[0]
                    pairs = pairs[1:]
                    if first_close is None:
                        pending = (pending[0], pending[1])
                        continue
                    o, opi = pending
                    raw_quotes.append((o, first_close, o + 1, first_close, opi))
                    pending = None
                else:
                    o, opi = pending
                    pend_para = self.paras[opi]
                    pend_end = pend_para.offset + len(pend_para.text)
                    raw_quotes.append((o, pend_end, o + 1, pend_end, opi))
                    pending = None
            for o, c in pairs:
                if c is None:
                    pending = (o, pi)
                else:
                    raw_quotes.append((o, c, o + 1, c, pi))
            if pending is None:
                for o, c, ca in find_dash_quotes(text, a, b):
                    if any(x < o or y is None or y > c for x, y in pairs):
                        continue
                    # (quotation marks inside it quote words inside the quotation)
                    raw_quotes = [q for q in raw_quotes if not (q[4] == pi and o <= q[0] < c)]
                    raw_quotes.append((o, c, ca, c, pi))
        if pending is not None:
            o, opi = pending
            pp = self.paras[opi]
            raw_quotes.append((o, pp.offset + len(pp.text), o + 1, pp.offset + len(pp.text), opi))

        out: list[Candidate] = []
        prev: Candidate | None = None
        for o, c, ca, cb, pi in raw_quotes:
            ca, cb = trim_content(text, ca, cb)
            if cb <= ca:
                continue
            cand = Candidate("direct", ca, cb, pi, quote_open=o, quote_close=c)
            if pi >= 2 and _title_case(self.paras[pi].text):
                continue  # a live-feed entry's title quoting its story
            ok = self._attribute(cand, prev) and not self._label(cand)
            if ok:
                out.append(cand)
                prev = cand
                out.extend(self._nested(cand))
        return out

    def _label(self, cand: Candidate) -> bool:
        """'the roll-back of what unions call "process of denationalising"': a name some
        people use, quoted as such, not words quoted from them (but 'held what he called
        “cordial” talks': one past calling is his word for them)."""
        if cand.cue_token is None or cand.lemma not in ("call", "dub", "term", "label", "name"):
            return False
        t = self.paras[cand.para].doc[cand.cue_token]
        if t.tag_ == "VBD" and any(
            c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in t.children
        ):
            return False
        return any(
            c.lower_ in ("what", "whatever") and c.i < t.i for c in list(t.children) + [t.left_edge]
        )

    def _tokens_between(self, p: Para, a: int, b: int) -> list[Token]:
        return [t for t in p.doc if a <= p.offset + t.idx < b]

    def _para_of(self, pos: int) -> int:
        for i, p in enumerate(self.paras):
            if p.offset <= pos <= p.offset + len(p.text):
                return i
        return 0

    def _attribute(self, cand: Candidate, prev: Candidate | None) -> bool:
        text = self.text
        words = len(re.findall(r"\w+", text[cand.start : cand.end]))
        close = cand.quote_close if cand.quote_close is not None else cand.end
        ci = self._para_of(close)
        p = self.paras[ci]
        pend = p.offset + len(p.text)
        po = self.paras[cand.para]
        open_ = cand.quote_open if cand.quote_open is not None else cand.start
        s_a0, _ = _sentence_bounds(text, open_, po.offset, po.offset + len(po.text))
        lead = text[s_a0:open_].strip()
        starts_sentence = not lead or lead.endswith((".", "?", "!", ":", "—", "–"))
        if lead.endswith(",") and not any(
            is_cue(x) or x.pos_ == "VERB" and _has_subject(x)
            for x in self._tokens_between(po, s_a0, open_)
        ):
            # 'However, without cooperation, “we will be facing difficulties,” X said': a
            # lead-in paraphrase before the quotation
            starts_sentence = True
        if _BARE_NAME.fullmatch(lead) and text[cand.start : cand.start + 1].islower():
            starts_sentence = True  # 'Colby “has been really bad on this,” X said'
        if not starts_sentence and re.search(r"[.?!] [A-Z]", text[cand.start : cand.end]):
            lead_toks = [x for x in self._tokens_between(po, s_a0, open_) if not x.is_space]
            if (
                0 < len(lead_toks) <= 5
                and all(x.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") for x in lead_toks)
                and any(x.pos_ in ("NOUN", "PROPN") for x in lead_toks)
            ):
                # 'The rules “take effect in May. We expect no delays,” she said': the
                # quotation runs on for sentences after its subject; it is the quote
                starts_sentence = True
        words_of = self._in_the_words_of(cand, po, s_a0)
        if words_of is not None:
            return True
        # (A) speech verb after the quote, in the same sentence
        after = text[close + 1 : pend]
        m = re.match(r"\s*[,]?\s*", after)
        tail_start = close + 1 + (m.end() if m else 0)
        s_a, s_b = (
            _sentence_bounds(text, min(tail_start, pend - 1), p.offset, pend)
            if tail_start < pend
            else (pend, pend)
        )
        tail_end = s_b
        # the sentence must continue after the quote (not a new sentence)
        if not starts_sentence:
            pass
        elif (
            tail_start < pend
            and not text[tail_start].isupper()
            or (
                tail_start < pend
                and re.match(r"[A-Z]", text[tail_start])
                and text[close - 1] in ",?!—"
            )
            or (tail_start < pend and text[close - 1] not in ".?!")
        ):
            toks = self._tokens_between(p, tail_start, tail_end)
            if len(toks) > 2 and toks[0].lower_ == "according" and toks[1].lower_ == "to":
                pobj = next((c for c in toks[1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    a0, b0 = toks[0].idx, toks[1].idx + len(toks[1].text)
                    cand.cue, cand.cue_span, cand.cue_token = (
                        "according to",
                        (p.offset + a0, p.offset + b0),
                        toks[0].i,
                    )
                    cand.para = ci
                    cand.subject_token = pobj.i
                    cand.mode = "after"
                    cand.lemma = "according"
                    return True
            skip_to = -1
            for t in toks[:40]:
                if t.i <= skip_to:
                    continue
                if (
                    t.text in ("“", '"')
                    or QUOTE_CLASSES.get(t.text[:1], ("", ""))[1] == "open"
                    and t.i > toks[0].i + 2
                ):
                    if t.i > 0 and t.doc[t.i - 1].lower_ in ("who", "which"):
                        # 'the senator, who "asked not to be named," told X': a quoted
                        # relative clause inside the attribution
                        skip_to = next(
                            (x.i for x in toks if x.i > t.i and x.text in ("”", '"')), t.i
                        )
                        continue
                    break
                if is_cue(t) and not any(c.dep_ == "neg" for c in t.children):
                    subj = subject_of(t)
                    if subj is not None and p.offset + subj.idx < close:
                        subj = None  # the parser took a word of the quotation as subject
                        between = [
                            x
                            for x in p.doc[: t.i]
                            if p.offset + x.idx > close and x.pos_ in ("PROPN", "NOUN", "PRON")
                        ]
                        if between:
                            subj = between[0]
                            while subj.dep_ in ("compound", "amod", "det", "poss", "nmod") and (
                                subj.head.i < t.i and subj.head.i > subj.i
                            ):
                                subj = subj.head
                    if subj is None and skip_to >= 0:
                        # 'the senator, who "asked ...," told X': the noun before the aside
                        subj = next(
                            (
                                x
                                for x in toks
                                if x.i < t.i and x.pos_ in ("NOUN", "PROPN") and x.i < skip_to
                            ),
                            None,
                        )
                    if subj is None:
                        # "said X" inversion: subject after the verb
                        for c in t.children:
                            if (
                                c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod", "attr")
                                and c.i > t.i
                                and c.pos_ in ("PROPN", "NOUN", "PRON")
                            ):
                                subj = c
                                break
                    if (
                        subj is None
                        and t.i + 1 < len(p.doc)
                        and p.doc[t.i + 1].pos_ in ("PROPN", "PRON")
                    ):
                        subj = p.doc[t.i + 1]
                    if (
                        words <= 2
                        and t.dep_ == "parataxis"
                        and t.head.i > t.i
                        and _quoted_name_before(t) is not None
                    ):
                        return False  # '“Dom,” he wrote of himself, was ...': a quoted name
                    cue, a, b = _cue_text(t)
                    cand.cue, cand.cue_span, cand.cue_token = cue, (p.offset + a, p.offset + b), t.i
                    cand.para = ci
                    cand.subject_token = subj.i if subj is not None else None
                    cand.mode = "after"
                    cand.lemma = t.lemma_.lower()
                    return words >= 2 or subj is not None
            if (
                len(toks) >= 2
                and toks[0].tag_ == "PRP"
                and toks[0].dep_ == "nsubj"
                and toks[0].head.i == toks[1].i
                and toks[1].tag_ == "VBD"
                and toks[1].lemma_.lower() in self.gz.cues.get("after_quote_verbs", ())
            ):
                # '“So what’s your plan?” he challenged lawmakers': a verb of answering
                # back right after the pronoun is the cue
                t = toks[1]
                cue, a, b = _cue_text(t)
                cand.cue, cand.cue_span, cand.cue_token = cue, (p.offset + a, p.offset + b), t.i
                cand.para = ci
                cand.subject_token = toks[0].i
                cand.mode = "after"
                cand.lemma = t.lemma_.lower()
                return True
        # (B) speech verb and a colon/comma before the quote
        open_ = cand.quote_open if cand.quote_open is not None else cand.start
        s_a, _ = _sentence_bounds(text, open_, po.offset, po.offset + len(po.text))
        before = text[s_a:open_]
        if not before.strip() and cand.para > 0:
            # "Abbas Araghchi said:" closing the previous paragraph
            pp = self.paras[cand.para - 1]
            ptext = pp.text.rstrip()
            if ptext.endswith(":"):
                last = list(pp.doc.sents)[-1]
                for t in reversed(list(last)):
                    if is_cue(t) and not any(c.dep_ == "neg" for c in t.children):
                        subj = subject_of(t)
                        cue, a, b = _cue_text(t)
                        cand.cue, cand.cue_span, cand.cue_token = (
                            cue,
                            (pp.offset + a, pp.offset + b),
                            t.i,
                        )
                        cand.para = cand.para - 1
                        cand.subject_token = subj.i if subj is not None else None
                        cand.mode = "before"
                        cand.lemma = t.lemma_.lower()
                        return True
        last_tok = self._tokens_between(po, s_a, open_)[-1:] if before.strip() else []
        that_cue = self._that_quote_cue(cand, po, s_a, open_) if last_tok else None
        if that_cue is not None:
            # 'told the council that “the river is a danger” and “we cannot allow X.”':
            # whole quoted clauses after "that" are the cue's direct quotes
            t = that_cue
            _set_cue(cand, po, t, "before")
            return True
        if (
            last_tok
            and is_cue(last_tok[0])
            and not _conditional(last_tok[0])
            and words >= 3
            and not self._runs_on(po, open_)
        ):
            # 'Trump said "we are going to win"': the quotation is the verb's object
            t = last_tok[0]
            _set_cue(cand, po, t, "before")
            return True
        if before.strip() and re.search(r"[:,]\s*$", before):
            toks = self._tokens_between(po, s_a, open_)
            for t in reversed(toks):
                if is_cue(t) and not any(c.dep_ == "neg" for c in t.children):
                    if (
                        t.dep_ in ("xcomp", "acomp", "advcl")
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                        and t.head.i < t.i
                    ):
                        continue  # 'added that voters are reticent to admit it: “...”'
                    if text[cand.start : cand.start + 1].islower() and any(
                        x.lower_ == "that" and x.dep_ == "mark" and x.i > t.i
                        for x in toks
                        if x.head.i > toks[-1].i
                    ):
                        # 'says that the words, “we are one council” need to be X': a
                        # quoted subject inside the reported clause, no quotation of its own
                        return False
                    subj = subject_of(t)
                    cue, a, b = _cue_text(t)
                    cand.cue, cand.cue_span, cand.cue_token = (
                        cue,
                        (po.offset + a, po.offset + b),
                        t.i,
                    )
                    cand.subject_token = subj.i if subj is not None else None
                    cand.mode = "before"
                    cand.lemma = t.lemma_.lower()
                    return words >= 2
            # "The senator was blunt:" / "... as follows:" without a verb we know
            if before.rstrip().endswith(":") and words >= 2:
                subj = next(
                    (
                        t
                        for t in self._tokens_between(po, s_a, open_)
                        if t.dep_ in ("nsubj", "nsubjpass")
                        and s_a <= po.offset + t.head.idx < open_
                    ),
                    None,
                )
                if subj is not None or words >= 5:
                    cand.mode = "colon"
                    cand.subject_token = subj.i if subj is not None else None
                    return True
        # (C) a whole-sentence quote next to an attributed one
        starts_sentence = not before.strip() or before.rstrip().endswith((".", "?", "!", ":"))
        if before.strip().rstrip(",") in ("But", "And", "Yet", "Still"):
            starts_sentence = True  # 'But “provenance is not essential; accuracy is.”'
        ends_sentence = text[cand.end - 1] in ".?!" or (
            cand.quote_close is not None
            and text[cand.quote_close + 1 : cand.quote_close + 2] in ("", "\n")
        )
        near_prev = prev is not None and (
            prev.para >= cand.para - 1 or self._para_of(prev.end) >= cand.para - 1
        )
        short_ok = (
            prev is not None
            and prev.para == cand.para
            and text[cand.end - 1] in ".?!"
            and text[cand.start : cand.start + 1].isupper()
        )  # “..., ” said X. “We do.”
        if starts_sentence and ends_sentence and (words >= 3 or short_ok) and near_prev:
            cand.mode = "continuation"
            cand.parent = prev
            cand.cue, cand.cue_span, cand.cue_token = prev.cue, prev.cue_span, prev.cue_token
            cand.lemma = prev.lemma
            return True
        if starts_sentence and ends_sentence and words >= 3:
            cand.mode = "orphan"
            return True
        return False

    def _that_quote_cue(self, cand: Candidate, p: Para, s_a: int, open_: int) -> Token | None:
        """The cue of a quotation that is a whole reported clause: 'said that “X”', 'told Y
        that “X” and “Z.”' (the quotation closes the clause: nothing but "and “...”" or the
        sentence end after it)."""
        text = self.text
        close = cand.quote_close if cand.quote_close is not None else cand.end
        toks = [x for x in self._tokens_between(p, s_a, open_) if not x.is_space]
        if not toks:
            return None
        k = len(toks) - 1
        if toks[k].lower_ == "and" and k > 0 and toks[k - 1].text in ("”", '"'):
            # the second of two quoted clauses: the first must follow "that"
            j = k - 2
            while j >= 0 and toks[j].text not in OPEN_MARKS:
                j -= 1
            k = j - 1
        if k < 1 or toks[k].lower_ != "that" or toks[k].dep_ not in ("mark", "dobj"):
            return None
        rest = text[close + 1 : p.offset + len(p.text)]
        body = text[cand.start : cand.end]
        ends = body.rstrip()[-1:] in (".", "!", "?")
        if not re.match(r"\s*(?:[.!?]?\s*$|[.!?]\s+[A-Z“\"]|and\s+[“\"])", rest) and not (
            ends and re.match(r"\s+[A-Z“\"]", rest)
        ):
            return None
        if not body[:1].islower() and not body[:1].isupper():
            return None
        inner = [x for x in p.doc if open_ < p.offset + x.idx < close]
        if not any(x.tag_ in ("VBZ", "VBP", "VBD", "MD") for x in inner):
            return None  # 'said that “nonsense”': a quoted word, not a clause
        for x in reversed(toks[:k]):
            if x.dep_ in ("acl", "relcl", "amod") and (
                x.tag_ == "VBN" or any(c.dep_ == "agent" for c in x.children)
            ):
                continue  # "a meeting called by Russia": a participle on a noun
            if is_cue(x) and not any(c.dep_ == "neg" for c in x.children):
                return None if _conditional(x) else x
            if x.pos_ in ("VERB", "AUX") and x.dep_ not in ("acl", "relcl", "aux", "auxpass"):
                return None  # another verb governs the clause
        return None

    def _in_the_words_of(self, cand: Candidate, p: Para, s_a: int) -> Candidate | None:
        """'the tendency, in the words of one former minister, for the cabinet to behave
        “like a circular firing squad”': the quotation in the sentence is the words of X."""
        open_ = cand.quote_open if cand.quote_open is not None else cand.start
        close = cand.quote_close if cand.quote_close is not None else cand.end
        _, s_b = _sentence_bounds(self.text, open_, p.offset, p.offset + len(p.text))
        toks = [
            x for x in self._tokens_between(p, s_a, s_b) if not (open_ <= p.offset + x.idx <= close)
        ]
        doc = p.doc
        for x in toks:
            if (
                x.lower_ == "in"
                and x.i + 3 < len(doc)
                and doc[x.i + 1].lower_ == "the"
                and doc[x.i + 2].lower_ == "words"
                and doc[x.i + 3].lower_ == "of"
            ):
                of = doc[x.i + 3]
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
                if pobj is None or p.offset + pobj.idx >= open_ and p.offset + pobj.idx <= close:
                    return None
                others = [y for y in toks if is_cue(y) and y.i != x.i and not _conditional(y)]
                if others:
                    return None  # another speech verb in the sentence attributes it
                cand.cue = "in the words of"
                cand.cue_span = (p.offset + x.idx, p.offset + of.idx + len(of.text))
                cand.cue_token = x.i
                cand.subject_token = pobj.i
                cand.mode = "after" if p.offset + x.idx > close else "before"
                cand.lemma = "say"
                return cand
        return None

    def _runs_on(self, p: Para, open_: int) -> bool:
        mark = next((x for x in p.doc if p.offset + x.idx == open_), None)
        return mark is not None and _quote_runs_on(mark)

    def _nested(self, outer: Candidate) -> list[Candidate]:
        """Single-quoted speech inside a direct quote, attributed inside the quote."""
        text = self.text
        out = []
        inner_level = "single" if getattr(self, "level", "double") == "double" else "double"
        for o, c in find_quote_pairs(text, outer.start, outer.end, inner_level):
            if c is None:
                continue
            ca, cb = trim_content(text, o + 1, c)
            if len(re.findall(r"\w+", text[ca:cb])) < 3:
                continue
            pi = self._para_of(o)
            p = self.paras[pi]
            s_a, _ = _sentence_bounds(text, o, max(outer.start, p.offset), p.offset + len(p.text))
            s_a = max(s_a, outer.start)
            before = text[s_a:o]
            toks = self._tokens_between(p, s_a, o)
            tail = [t for t in toks[-2:] if not t.is_punct]
            right_after_cue = bool(tail) and (
                is_cue(tail[-1]) or (len(tail) == 2 and is_cue(tail[0]) and tail[1].pos_ == "PRON")
            )
            if not re.search(r"[:,]\s*$", before) and not right_after_cue:
                continue
            for t in reversed(toks):
                if is_cue(t):
                    if _hypothetical(t):
                        break  # '“They are going to say, ‘You failed,’” X said': not said
                    subj = subject_of(t)
                    cue, a, b = _cue_text(t)
                    cand = Candidate(
                        "direct",
                        ca,
                        cb,
                        pi,
                        cue,
                        (p.offset + a, p.offset + b),
                        t.i,
                        subj.i if subj is not None else None,
                        mode="nested",
                        quote_open=o,
                        quote_close=c,
                        parent=outer,
                        lemma=t.lemma_.lower(),
                    )
                    out.append(cand)
                    break
        return out

    # -- reported speech -----------------------------------------------------------------
    def indirect(self) -> list[Candidate]:
        out: list[Candidate] = []
        for pi, p in enumerate(self.paras):
            if _QUESTION_LABEL.match(p.text):
                continue  # a journalist's question in a transcript says nothing itself
            headline = _headline_like(p.text) and not _bullet_report(p.doc)
            if headline and not (pi < 3 and _summary_says(p.doc)):
                continue  # "Minister condemns offensive": a subhead or summary bullet
            for t in p.doc:
                if headline and not _summary_says(p.doc, t):
                    continue  # (a summary line under the title: only its "X says Y")
                if (
                    t.lower_ == "according"
                    and t.i + 1 < len(p.doc)
                    and p.doc[t.i + 1].lower_ == "to"
                ):
                    c = self._according(pi, p, t)
                    if c:
                        out.append(c)
                    continue
                if not is_cue(t):
                    c = (
                        self._phrasal(pi, p, t)
                        or self._noun_clause(pi, p, t)
                        or self._colon_message(pi, p, t)
                        or self._fear_is(pi, p, t)
                        or self._stance_that(pi, p, t)
                        or self._backed_idea(pi, p, t)
                        or self._relative_gap(pi, p, t)
                        or self._concern_among(pi, p, t)
                        or self._noun_participle(pi, p, t)
                        or self._finding(pi, p, t)
                        or self._tag_read_as_noun(pi, p, t)
                    )
                    if c is None and t.lemma_.lower() == "push" and t.pos_ == "VERB":
                        c = self._pointing(pi, p, t)  # "pushed back on the idea that X"
                    if c:
                        out.append(c)
                    continue
                c = (
                    self._what_said(pi, p, t)
                    or self._reported(pi, p, t)
                    or self._relative_gap(pi, p, t)
                )
                if c and not _NO_COMMENT.match(self.text, c.start, c.end):
                    out.append(c)
                    if c.mode == "fronted":
                        out.extend(self._fronted_tail(pi, p, t, c))
        return out

    def _noun_participle(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'..., saying X and warning that Y' with the second participle read as a noun:
        the speaker's next statement."""
        doc = p.doc
        if not (
            t.dep_ == "conj"
            and t.tag_ == "NN"
            and t.lower_.endswith("ing")
            and t.lower_[:-3] in self.gz.cue_category
            and t.i > 0
            and doc[t.i - 1].lower_ == "and"
        ):
            return None
        clause = next(
            (
                c
                for c in t.children
                if c.dep_ == "ccomp"
                and any(m.lower_ == "that" and m.i == t.i + 1 for m in c.children)
            ),
            None,
        )
        anc = t.head
        while anc.dep_ != "ROOT" and not (anc.tag_ == "VBG" and is_cue(anc)):
            anc = anc.head
        if clause is None or not (anc.tag_ == "VBG" and is_cue(anc)):
            return None
        a, b = refine(anc, t.i + 2, clause.right_edge.i, "clause")
        start, end = self._span(p, a, b)
        if end - start < 10:
            return None
        subj = subject_of(anc)
        return _indirect_at(
            pi, p, t, start, end, subj.i if subj is not None else None, "clause", t.lower_[:-3]
        )

    def _tag_read_as_noun(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'X was 14 when the plot was devised, police allege.': a closing tag whose verb
        the parser took for a noun; the clause before the comma is what was said."""
        doc = p.doc
        word = t.lower_
        if t.pos_ not in ("NOUN", "PROPN") or not (
            word in self.gz.clause_verbs or word.endswith("s") and word[:-1] in self.gz.clause_verbs
        ):
            return None
        if t.i + 1 < len(doc) and doc[t.i + 1].text not in (".", "!", "?"):
            return None
        comma = next((k for k in range(t.i - 1, max(t.i - 5, 0), -1) if doc[k].text == ","), None)
        if comma is None or comma + 1 == t.i:
            return None
        if not all(
            x.pos_ in ("NOUN", "PROPN", "DET", "ADJ") and x.ent_type_ not in ("DATE", "TIME")
            for x in doc[comma + 1 : t.i]
        ):
            return None
        a_tok, b_tok = t.sent.start, comma - 1
        if doc[a_tok].text in OPEN_MARKS or doc[b_tok].text in ("”", '"', "’"):
            return None  # a quotation: the direct finder's
        if not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in doc[a_tok:comma]):
            return None
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 10:
            return None
        lemma = word if word in self.gz.clause_verbs else word[:-1]
        return _indirect_at(pi, p, t, start, end, t.i - 1, "fronted", lemma)

    def _finder_before(self, pi: int, p: Para, t: Token) -> bool:
        """The sentence before t's (the previous paragraph's last) has a report, a study
        or a survey for its subject."""
        if t.sent.start > 0:
            prev = p.doc[t.sent.start - 1].sent
        else:
            k = pi - 1
            while k >= 0 and not self.paras[k].text.strip():
                k -= 1
            if k < 0 or not len(self.paras[k].doc):
                return False
            prev = self.paras[k].doc[-1].sent
        return any(
            x.dep_ in ("nsubj", "nsubjpass")
            and x.head.dep_ == "ROOT"
            and x.lemma_.lower() in _FINDERS
            for x in prev
        )

    def _finding(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'The report found that X', 'the justices found there would be a risk', 'rulings
        that found X': what a document, a study or a court concluded is its statement (a
        person who 'found that the door was open' says nothing)."""
        if t.lemma_.lower() != "find" or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        if any(c.dep_ in ("neg", "auxpass") or c.lower_ in _MODALS for c in t.children):
            return None
        subj = subject_of(t)
        if subj is not None and subj.lower_ == "it" and self._finder_before(pi, p, t):
            pass  # "The report observed X. It found that Y": the report's finding
        elif (
            subj is not None
            and subj.ent_type_ == "ORG"
            and subj.pos_ == "PROPN"
            and t.i + 1 < len(p.doc)
            and p.doc[t.i + 1].lower_ == "that"
        ):
            pass  # "The Bureau of Statistics found that X": a body's finding
        elif subj is None or subj.lemma_.lower() not in _FINDERS or subj.i > t.i:
            return None
        clause = next(
            (
                c
                for c in t.children
                if c.dep_ == "ccomp" and c.i > t.i and c.pos_ in ("VERB", "AUX") and _has_subject(c)
            ),
            None,
        )
        if clause is None:
            return None
        a_tok = clause.left_edge.i
        if p.doc[a_tok].lower_ == "that":
            a_tok += 1
        if a_tok != t.i + 1 and p.doc[t.i + 1].lower_ != "that":
            return None  # "found it hard to X", "found the men guilty"
        b_tok = clause.right_edge.i
        for c in t.children:
            # "It found police are more risk averse, have a high concern for X, and want Y":
            # present-tense verbs hung on the past cue go on the reported clause
            if (
                c.dep_ == "conj"
                and c.tag_ in ("VBP", "VBZ")
                and t.tag_ == "VBD"
                and c.i > b_tok
                and not _has_subject(c)
                and all(x.is_punct or x.dep_ == "cc" for x in p.doc[b_tok + 1 : c.left_edge.i])
            ):
                b_tok = c.right_edge.i
        a_tok, b_tok = refine(t, a_tok, b_tok, "clause")
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, subj.i, "clause", "find", inner=t.dep_ == "relcl")

    def _what_said(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'following what it said was an attack by X on Y': the free relative's gap is the
        subject of "was"; what comes after it is what was said."""
        doc = p.doc
        if t.lemma_.lower() not in ("say", "claim", "call", "allege", "describe", "term"):
            return None
        if (
            t.i + 3 >= len(doc)
            or doc[t.i + 1].lemma_ != "be"
            or doc[t.i + 1].tag_
            not in (
                "VBD",
                "VBZ",
                "VBP",
            )
        ):
            return None
        k = t.i - 1
        while k >= 0 and doc[k].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ") and t.i - k <= 4:
            if doc[k].lower_ == "what":
                break
            k -= 1
        if k < 0 or doc[k].lower_ != "what" or k == t.i - 1:
            return None
        subj = next(
            (x for x in doc[k + 1 : t.i] if x.dep_ == "nsubj" or x.pos_ in ("PROPN", "PRON")),
            None,
        )
        if subj is None or any(c.dep_ == "neg" for c in t.children):
            return None
        be = doc[t.i + 1]
        a = t.i + 2
        b = be.right_edge.i if be.left_edge.i >= be.i - 3 else t.sent.end - 1
        b = min(b, t.sent.end - 1)
        while b > a and doc[b].is_punct and doc[b].text not in ("”", '"', "’"):
            b -= 1
        if b - a < 3:
            return None  # "what the mayor said was a lie": the reporter's verdict
        start, end = self._span(p, a, b)
        return _indirect_at(pi, p, t, start, end, subj.i, "clause", t.lemma_.lower())

    def _concern_among(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'sparked concern among Democrats -- and some Republicans -- that X': the fear
        held among a group, with its that-clause."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in ("concern", "fear", "worry", "alarm"):
            return None
        doc = p.doc
        if any(c.dep_ == "expl" for c in t.head.children):
            return None  # "there is growing concern among scientists that X": a mood told
        among = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "among"), None)
        src = next((g for g in among.children if g.dep_ == "pobj"), None) if among else None
        if src is None or src.pos_ not in ("NOUN", "PROPN"):
            return None
        k = src.right_edge.i + 1
        if k < len(doc) and doc[k].text in ("--", "—", "–", "("):
            # "-- and some Republicans --": an aside on who else holds it
            k = next((x.i + 1 for x in doc[k + 1 : k + 12] if x.text in ("--", "—", "–", ")")), k)
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark":
            return None
        clause = doc[k].head
        if not _has_subject(clause) or clause.i <= k:
            return None
        a_tok, b_tok = refine(clause, k + 1, clause.right_edge.i, "clause")
        while b_tok > k and doc[b_tok].is_punct and doc[b_tok].text not in ("”", '"', "’"):
            b_tok -= 1
        start, end = self._span(p, k + 1, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, src.i, "clause", "say")

    def _relative_gap(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'the films, which the studio claims are its best': a relative clause whose gap is
        the subject of the reported clause, read by the parser with the cue as a noun or
        with the clause hung elsewhere; what follows the cue is what was claimed."""
        doc = p.doc
        if t.lower_ not in _GAP_CUES or t.i + 3 >= len(doc) or t.i < 3:
            return None
        nxt = doc[t.i + 1]
        if not (nxt.pos_ in ("AUX", "VERB") and nxt.tag_ in ("VBZ", "VBP", "VBD", "MD")):
            return None
        k = t.i - 1
        while k > 0 and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and t.i - k <= 4:
            k -= 1
        if not (
            doc[k].lower_ in ("which", "that", "who")
            and k + 1 < t.i
            # (", which the studio claims is", "the initiative which the government said
            # would help": restrictive after the noun too)
            and (doc[k - 1].text == "," or doc[k - 1].pos_ == "NOUN" and doc[k].lower_ != "who")
            and any(x.pos_ in ("NOUN", "PROPN") for x in doc[k + 1 : t.i])
        ):
            return None
        sent = t.sent
        a, b = t.i + 1, sent.end - 1
        if sent.root.i > t.i:
            # "The film, which the studio claims is its best, opens today": the clause
            # ends at the comma before the main verb
            b = next((x.i for x in doc[a : sent.root.i] if x.text == ","), b)
            b -= 1
        while b > a and doc[b].is_punct and doc[b].text not in ("”", '"', "’"):
            b -= 1
        if b - a < 1:
            return None
        subj = next((x for x in reversed(doc[k + 1 : t.i]) if x.pos_ in ("NOUN", "PROPN")), None)
        start, end = self._span(p, a, b)
        return _indirect_at(pi, p, t, start, end, subj.i, "clause", t.lemma_.lower())

    def _fronted_tail(self, pi: int, p: Para, t: Token, c: Candidate) -> list[Candidate]:
        """'The deal is close, an official told reporters, but two issues remain': the
        clause coordinated after the attribution is the same source's second point."""
        found = _comma_conjunct(t, t.i, ("but", "and"))
        if found is None:
            return []
        conj, cc = found
        subj = next((x for x in conj.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or subj.i < cc.i:
            return []  # ", and added ...": the speaker's own next act
        if _new_attribution(conj) or _quoted(p.doc[cc.i : conj.right_edge.i + 1]):
            return []
        a, b = self._span(p, cc.i + 1, conj.right_edge.i)
        return [_indirect_at(pi, p, t, a, b, c.subject_token, "fronted", c.lemma)]

    def _span(self, p: Para, a_tok: int, b_tok: int) -> tuple[int, int]:
        doc = p.doc
        a = doc[a_tok].idx
        b = doc[b_tok].idx + len(doc[b_tok].text)
        a, b = trim_indirect(p.text, a, b)
        return p.offset + a, p.offset + b

    def _reported(self, pi: int, p: Para, t: Token) -> Candidate | None:
        gz = self.gz
        lemma = t.lemma_.lower()
        doc = p.doc
        if any(c.dep_ == "neg" for c in t.children) or _negative_subject(t):
            return None
        if any(
            c.dep_ == "dobj" and c.lower_ in ("itself", "themselves", "himself", "herself")
            for c in t.children
        ) and lemma in ("call", "describe", "dub", "style", "term"):
            return None  # "a group which calls itself X": a name, not a statement
        if lemma in ("shoot", "hit", "fire") and not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children
        ):
            return None  # only "shot back that ...", "hit back", "fired back"
        if (
            lemma == "tell"
            and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in t.children)
            and any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in t.children)
        ):
            return None  # "We told you so": the words themselves, not a report of them
        if lemma == "rule" and any(c.dep_ == "prt" for c in t.children):
            return None  # "ruled out talks": no ruling reported
        if lemma == "shrug" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in t.children):
            return None  # only "shrugged off X as Y"
        if lemma in ("point", "push") and (c := self._pointing(pi, p, t)) is not None:
            return c
        if lemma == "point" and not any(c.lower_ == "out" for c in t.children):
            return None  # "points at the square" is no speech, "points out that" is
        if _not_said(t):
            return None
        if lemma == "speak":
            # "have spoken hopefully of working with X", "spoke of how mistaken Y was": an
            # act or a clause spoken of (not "spoke to reporters", "spoke about the weather")
            pr = next(
                (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "about")),
                None,
            )
            comp = (
                next(
                    (
                        g
                        for g in pr.children
                        if g.dep_ == "pcomp"
                        and (g.tag_ == "VBG" or g.left_edge.lower_ in ("how", "what", "why"))
                    ),
                    None,
                )
                if pr is not None
                else None
            )
            if comp is None or _conditional(t):
                return None
            a, b = refine(t, comp.left_edge.i, comp.right_edge.i, "clause")
            start, end = self._span(p, a, b)
            if end - start < 10:
                return None
            subj = subject_of(t)
            return _indirect_at(
                pi, p, t, start, end, subj.i if subj is not None else None, "clause", lemma
            )
        if lemma == "cite" and t.dep_ == "advcl" and t.head.lemma_.lower() in REPORTING:
            return self._citing(pi, p, t)
        cited_as = lemma == "cite" and any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and c.i > d.right_edge.i
            and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
            for d in t.children
            if d.dep_ == "dobj"
            for c in t.children
        )  # "cited the reforms in X as examples of how Y": named as such
        if (
            lemma == "cite"
            and not cited_as
            and not (t.tag_ == "VBG" and t.dep_ == "advcl" and doc[t.left_edge.i - 1].text == ",")
        ):
            return None  # only ", citing X" after a main clause is a reason given
        if (
            lemma == "cite"
            and not cited_as
            and not any(
                x.text in OPEN_MARKS or x.dep_ in ("relcl", "acl") and _has_subject(x)
                for x in t.subtree
            )
        ):
            return None  # ", citing congestion and safety": a reason, not the words given
        if (
            t.dep_ in ("advcl", "xcomp", "acl")
            and t.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            and not is_cue(t.head)
            and (
                t.dep_ == "advcl"
                or t.head.lemma_.lower() not in ("continue", "begin", "start", "go", "use")
                or any(c.dep_ == "dobj" and c.i < t.i for c in t.head.children)
            )
            and not _only_to(t)
            and not (
                t.head.lemma_.lower() == "go"
                and any(c.dep_ == "prt" and c.lower_ == "on" for c in t.head.children)
            )  # "went on to accuse X of Y": the next thing said
        ):
            return None  # "began a strike to demand higher pay": a purpose, not speech
        if t.dep_ == "conj" and any(
            c.dep_ in ("cc", "prep") and c.lower_ == "than" and c.i == t.i - 1
            for c in list(t.head.children) + [doc[t.i - 1]]
        ):
            return None  # "reform the contract rather than announce new funding": not done
        if (
            t.tag_ == "VBG"
            and lemma in ("suggest", "indicate", "show")
            and (ev := subject_of(t)) is not None
            and ev.lemma_.lower() in gz.evidence_nouns
        ):
            return None  # "Their accounts matched, suggesting X": the reporter's inference
        if _conditional(t):
            return None  # "... if it rejects a ceasefire": a condition, not a statement
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in (
            "decline",
            "refuse",
            "fail",
            "avoid",
            "resist",
        ):
            return None  # "declined to say whether ..."
        modal = ("will", "'ll", "’ll", "could", "may", "might", "should", "must", "can")
        if any(c.dep_ == "aux" and c.lower_ in modal for c in t.children) or (
            t.dep_ == "xcomp"
            and t.head.lemma_.lower()
            in (
                "expect",
                "plan",
                "want",
                "hope",
                "intend",
                "due",
                "set",
                "likely",
                "going",
                "prepare",
            )
        ):
            return None  # speech that has not happened (yet)
        if t.tag_ in ("VBD", "VBN") and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.i < t.i
            and c.left_edge.i > 0
            and doc[c.left_edge.i - 1].lower_ in ("with", "without")
            for c in t.children
        ):
            return None  # "... with many casualties reported": a passive without a reporter
        verbless = (
            t.dep_ == "acl"
            and t.head.dep_ == "ROOT"
            and t.head.pos_ in ("NOUN", "PROPN")
            and t.head.i == t.i - 1
            and t.head.left_edge.i == t.sent.start
            and not is_cue(t.head)
        )  # "A DfT spokesperson called on unions to ..." read as a noun phrase: the verb
        if (
            t.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children)
            and t.dep_ in ("advcl", "ROOT", "acl")
            and not verbless
        ):
            return None  # "Asked whether ...": a question put to someone
        if (
            t.tag_ in ("VBN", "VBD")
            and t.i == t.sent.start
            and t.dep_ != "ROOT"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children)
        ):
            return None  # "Asked whether X, his aide said: ..." parsed as a past tense
        if any(c.dep_ == "auxpass" for c in t.children) and not any(
            c.dep_ == "agent" for c in t.children
        ):
            return None
        kids = list(t.children)
        dobj = next((c for c in kids if c.dep_ in ("dobj",)), None)
        if (
            lemma == "welcome"
            and dobj is not None
            and (
                dobj.ent_type_ == "PERSON"
                or dobj.lower_ in ("him", "her", "them", "me", "us")
                or dobj.lemma_.lower() in gz.person_role_heads
                or dobj.lemma_.lower() in ("guest", "visitor", "delegation")
            )
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in kids)
        ):
            return None  # "In welcoming the President, X said": receiving a visitor
        if lemma == "consider" and not any(
            c.dep_ in ("ccomp", "oprd") and c.i > t.i and _has_subject(c) or c.dep_ == "oprd"
            for c in kids
        ):
            return None  # only "considered herself the favourite" ("considered the bill": no)
        if lemma in gz.cues.get("as_only_verbs", ()):
            # "views the island as a province", "referred to the guards as instructors":
            # speech only in the as-frame (not "viewed the footage", "referred the case")
            if lemma == "refer":
                to = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "to"), None)
                dobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
            if dobj is None or not any(
                c.dep_ == "prep" and c.lower_ == "as" and c.i > dobj.i
                for c in kids + list(dobj.children)
            ):
                return None
        ccomp = next(
            (
                c
                for c in kids
                if c.dep_ == "ccomp"
                and c.i > t.i
                and _has_subject(c)
                and not (  # "thanked X who chaired Y": a relative clause of the object
                    dobj is not None
                    and dobj.i < c.left_edge.i
                    and c.left_edge.lower_ in ("who", "which")
                    and c.left_edge.dep_ in ("nsubj", "nsubjpass")
                )
            ),
            None,
        )
        if (
            ccomp is not None
            and any(
                x.text in ("”", '"') and doc[x.i - 1].text == ","
                for x in doc[t.sent.start + 1 : t.i]
            )  # ('“...,” X said': the cue attributes the quotation before it)
            and not any(c.dep_ == "mark" for c in ccomp.children)
            and doc[ccomp.left_edge.i - 1].dep_ == "pobj"
            and any(c.dep_ == "prep" and c.right_edge.i == ccomp.left_edge.i - 1 for c in kids)
        ):
            # '“Nobody answered,” Berg said in the kitchen of the flat he can no longer
            # afford': the cue of a quotation; the bare clause after its place is a relative
            ccomp = None
        if (
            ccomp is not None
            and ccomp.tag_ in ("VBG", "NN")
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in ccomp.children)
            and any(
                x.text in ("”", '"') and doc[x.i - 1].text == ","
                for x in doc[t.sent.start + 1 : t.i]
            )
        ):
            # '“...,” Barbosa told a WHO meeting on cholera': the cue of the quotation;
            # a gerund with no auxiliary after it is the audience, no reported clause
            ccomp = None
        if ccomp is None:
            # 'said the bloc "understands" the fears': a quoted verb makes the parser read
            # its subject as a modifier; the finite verb after a noun is still a clause
            ccomp = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "ccomp"
                    and c.i > t.i
                    and c.tag_ in ("VBZ", "VBD", "VBP")
                    and doc[c.i - 1].text in OPEN_MARKS
                    and any(
                        g.dep_ in ("nmod", "npadvmod", "dep", "compound")
                        and g.pos_ in ("NOUN", "PROPN", "PRON")
                        and g.i < c.i
                        for g in c.children
                    )
                ),
                None,
            )
        if ccomp is None and lemma in gz.clause_verbs and t.dep_ == "ccomp":
            # "X told his counterpart on Thursday he would ..., media reported": the clause
            # right after the cue's phrases hung as a second clause of the outer cue
            ccomp = next(
                (
                    c
                    for c in t.head.children
                    if c.dep_ == "ccomp"
                    and c.left_edge.i == t.right_edge.i + 1
                    and _has_subject(c)
                    and c.left_edge.dep_ in ("nsubj", "nsubjpass")
                ),
                None,
            )
        if ccomp is None and lemma in gz.clause_verbs:
            # "told reporters at the meeting that he was ..." parsed as a relative clause
            for c in kids:
                if c.dep_ == "prep" and c.i > t.i:
                    for g in c.subtree:
                        if g.dep_ in ("relcl", "acl") and g.head.lemma_.lower() in _CLAIM_NOUNS:
                            break  # "responding to the suggestion that X": another's claim
                        if (
                            g.dep_ in ("relcl", "acl")
                            or g.dep_ == "ccomp"
                            and g.head.dep_ == "relcl"  # "suggested to those who will
                            and _has_subject(g)  # listen that ..."
                        ) and _that_marked(g):
                            # also "said in a statement that ..." read as the noun's clause
                            ccomp = g
                            break
                        # "told Trump in a phone call that Russia would respond"
                        if (
                            g.dep_ == "relcl"
                            and (
                                g.head.lemma_.lower() in MEDIUM_NOUNS | {"call", "conversation"}
                                # "admitted during the hearing that officers leaked data":
                                # a clause with subject and object has no gap to relativise
                                or g.head.dep_ == "pobj"
                                and g.head.head.i == c.i
                                and g.left_edge.i == g.head.i + 1
                                and any(m.dep_ == "dobj" and m.i > g.i for m in g.children)
                            )
                            and g.left_edge.lower_ == "that"
                            and g.left_edge.dep_ in ("dobj", "mark")
                            and any(m.dep_ == "nsubj" and m.lower_ != "that" for m in g.children)
                            and g.lemma_.lower() not in RELATIVE_VERBS
                        ):
                            ccomp = g
                            break
                if ccomp is not None:
                    break
        if ccomp is None and lemma in gz.clause_verbs:
            # "warned after her sacking as home secretary that there is no Plan B": the
            # that-clause hung on a participle or noun inside the cue's time phrase (one
            # that takes no clause of its own: not "after hearing that X")
            ccomp = next(
                (
                    g
                    for c in kids
                    if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in CIRCUMSTANCES
                    for g in c.subtree
                    if g.dep_ == "ccomp"
                    and g.left_edge.lower_ == "that"
                    and g.left_edge.dep_ == "mark"
                    and (g.head.tag_ == "VBG" or g.head.pos_ == "NOUN")
                    and not is_cue(g.head)
                    and g.head.lemma_.lower() not in _KNOWING
                    and _has_subject(g)
                ),
                None,
            )
        if ccomp is None and lemma in gz.clause_verbs:
            # "told reporters as he arrived that Budapest would ...": the that-clause hung
            # on the time clause between the cue and it
            for c in kids:
                if (
                    c.dep_ == "advcl"
                    and c.i > t.i
                    and c.left_edge.lower_ in ("as", "when", "after", "before", "while")
                    and _has_subject(c)
                    and not is_cue(c)
                ):
                    ccomp = next(
                        (
                            g
                            for g in c.children
                            if g.dep_ in ("advcl", "ccomp")
                            and g.i > c.i
                            and _has_subject(g)
                            and any(
                                m.dep_ == "mark" and m.lower_ == "that" and m.i == g.left_edge.i
                                for m in g.children
                            )
                        ),
                        None,
                    )
                    if ccomp is not None:
                        break
        if (
            ccomp is None
            and lemma in gz.clause_verbs
            and dobj is not None
            and dobj.lower_ == "that"
            and not any(dobj.children)
            and dobj.i + 1 < len(doc)
            and not doc[dobj.i + 1].is_punct
        ):
            # "said that 80 years after the war, Norland was ...": the complementizer read
            # as the object and the clause opening with a time phrase as an adverbial
            clause = next(
                (
                    c
                    for c in kids
                    if c.dep_ in ("advcl", "conj", "parataxis", "ccomp")
                    and c.left_edge.i == dobj.i + 1
                    and c.pos_ in ("VERB", "AUX")
                    and _has_subject(c)
                ),
                None,
            )
            if clause is not None:
                ccomp, dobj = clause, None
        if (
            ccomp is None
            and dobj is not None
            and lemma in POSITION_VERBS
            and dobj.lemma_.lower() in POSITION_NOUNS
        ):
            # "maintained the administration's line that any ceasefire must be ...": the
            # clause of the position noun is what was said
            ccomp = _that_clause_of(dobj)
        bare_a = None
        if (
            ccomp is None
            and lemma in ("tell", "assure", "inform", "remind", "warn")
            and dobj is not None
        ):
            # 'reminded the president that Norland "pays in blood"': the that-clause read
            # as a relative clause of the object
            rel = next(
                (
                    c
                    for c in dobj.children
                    if c.dep_ == "relcl" and c.i > dobj.i and doc[dobj.i + 1].lower_ == "that"
                ),
                None,
            )
            if (
                rel is not None
                and (doc[dobj.i + 1].dep_ == "mark" or _quoted(rel.subtree))
                and any(x.dep_ == "nsubj" and x.tag_ != "WDT" for x in rel.children)
            ):  # (a quotation: not "the man that X pays")
                ccomp = rel
            elif rel is not None and rel.tag_ in ("NN", "NNS") and rel.left_edge.i == dobj.i + 1:
                # "telling the Telegraph that cuts were unavoidable": "that cuts" read as a
                # relative clause whose verb is a noun, the clause's verb left without subject
                ccomp = next(
                    (
                        c
                        for c in doc[rel.right_edge.i + 1 : rel.right_edge.i + 4]
                        if c.dep_ in ("ccomp", "advcl", "conj", "ROOT")
                        and c.pos_ in ("VERB", "AUX")
                        and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                    ),
                    None,
                )
                bare_a = rel.left_edge.i + 1 if ccomp is not None else None
        if ccomp is None and lemma in gz.clause_verbs:
            # "says not disclosing the intercepts led to unfairness": a gerund subject read
            # as the cue's complement, the clause's verb hung on it
            ccomp = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "xcomp"
                    and c.tag_ == "VBG"
                    and c.left_edge.i == t.i + 1
                    and any(
                        g.dep_ in ("dep", "ccomp", "conj")
                        and g.tag_ in ("VBD", "VBZ", "VBP")
                        and g.i > c.i
                        and not _has_subject(g)
                        for g in c.children
                    )
                ),
                None,
            )
        if ccomp is None and lemma in gz.clause_verbs:
            # "acknowledged for the first time that X had left": the that-clause read as a
            # relative clause of "time"
            ccomp = next(
                (
                    r
                    for c in kids
                    if c.dep_ == "prep" and c.i == t.i + 1
                    for g in c.children
                    if g.dep_ == "pobj"
                    and g.lemma_.lower() == "time"
                    and any(m.lower_ in ("first", "last") for m in g.children)
                    for r in g.children
                    if r.dep_ == "relcl"
                    and r.left_edge.lower_ == "that"
                    and r.left_edge.dep_ in ("advmod", "mark")
                    and any(x.dep_ in ("nsubj", "nsubjpass") for x in r.children)
                ),
                None,
            )
            if ccomp is not None:
                bare_a = ccomp.left_edge.i + 1
        if ccomp is None and lemma in gz.clause_verbs:
            # "said on the agenda of his talks were X and Y", "said among the dead were
            # two nurses": an inverted clause, its place phrase hung on the cue
            inv = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "ccomp"
                    and c.i > t.i
                    and c.lemma_.lower() == "be"
                    and not _has_subject(c)
                    and any(g.dep_ == "attr" and g.i > c.i for g in c.children)
                ),
                None,
            )
            place = (
                next(
                    (
                        c
                        for c in kids
                        if c.dep_ == "prep"
                        and c.i > t.i
                        and c.right_edge.i == inv.i - 1
                        and c.lower_ in ("on", "among", "in", "at", "behind", "with")
                        and not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)
                    ),
                    None,
                )
                if inv is not None
                else None
            )
            if place is not None:
                ccomp, bare_a = inv, place.i
        bare_obj = None
        if (
            ccomp is None
            and lemma in REPORTING - {"tell"} | _BARE_CLAUSE_VERBS
            and dobj is not None
            and dobj.pos_ in ("PROPN", "NOUN")
            and dobj.i > t.i
        ):
            # "added the ANC did not believe in it": the clause's subject read as the object
            # ("critics who worry her politics might undermine X": its verb hung elsewhere)
            c = next(
                (
                    c
                    for c in (kids if lemma in REPORTING else t.sent)
                    if c.dep_ == "ccomp"
                    and c.i > dobj.i
                    and (
                        not _has_subject(c)
                        or lemma not in REPORTING  # (a subject hung on it from outside)
                        and not any(x.dep_ in ("nsubj", "csubj") and x.i > t.i for x in c.children)
                    )
                    and (
                        min(x.i for x in c.subtree if x.i > dobj.right_edge.i)
                        == dobj.right_edge.i + 1
                        # "said the call with X, who was on a plane, was useful": the
                        # subject's relative clause or apposition closed by a comma
                        or c.left_edge.i == dobj.right_edge.i + 2
                        and doc[dobj.right_edge.i + 1].text == ","
                        and any(
                            x.dep_ in ("relcl", "appos") and doc[x.left_edge.i - 1].text == ","
                            for x in dobj.subtree
                        )
                    )
                    and (
                        c.tag_ in ("VBD", "VBZ")
                        or any(
                            x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBZ", "MD")
                            for x in c.children
                        )
                    )
                ),
                None,
            )
            if c is not None:
                ccomp, bare_obj = c, dobj
        if ccomp is None and lemma in ("tell", "assure", "inform", "remind") and dobj is not None:
            # "told the summit she had come to X": a bare clause read as a relative clause
            ccomp = next(
                (
                    c
                    for c in dobj.children
                    if c.dep_ == "relcl"
                    and not doc[c.left_edge.i - 1].is_punct
                    and c.left_edge.dep_ == "nsubj"
                    and c.left_edge.head.i == c.i
                    and c.left_edge.tag_ == "PRP"
                    and c.left_edge.lower_ not in ("it", "you")
                ),
                None,
            )
        if ccomp is not None and speech_use(ccomp):
            # "X said no party wanted a delay, state radio said": the clause is an outlet's
            # report of X's words; X said what the outlet's fronted clause holds
            inner_subj = next((c for c in ccomp.children if c.dep_ == "nsubj"), None)
            inner_clause = next(
                (c for c in ccomp.children if c.dep_ == "ccomp" and c.i < ccomp.i), None
            )
            if (
                inner_subj is not None
                and inner_clause is not None
                and inner_clause.i < inner_subj.i
                and doc[inner_subj.left_edge.i - 1].text == ","
                and _has_subject(inner_clause)
            ):
                ccomp = inner_clause
        ccomp_before = next((c for c in kids if c.dep_ == "ccomp" and c.i < t.i), None)
        if (
            ccomp_before is None
            and t.dep_ == "pcomp"
            and t.head.lower_ == "as"
            and t.head.head.lemma_.lower() == "quote"
        ):
            # "X is Y, Afkham was quoted as saying by Z": the fronted clause hung on "quoted"
            ccomp_before = next(
                (c for c in t.head.head.children if c.dep_ == "ccomp" and c.i < t.i), None
            )
        subj0 = next((c for c in kids if c.dep_ == "nsubj"), None)
        if (
            ccomp_before is None
            and lemma in REPORTING
            and t.i > 0
            and (
                doc[t.i - 1].text == ","
                and any(c.dep_ == "nsubj" and c.i > t.i for c in kids)
                or subj0 is not None
                and subj0.i < t.i
                and subj0.left_edge.i > 0
                and doc[subj0.left_edge.i - 1].text == ","
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > t.i for c in kids)
            )
        ):
            # "At times, the mayor signs orders from his car, said a person close to him":
            # the fronted report read as an adverbial clause of the inverted cue
            ccomp_before = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "advcl"
                    and c.i < t.i
                    and c.right_edge.i >= min(t.i, (subj0 or t).left_edge.i) - 2
                    and _has_subject(c)
                    and c.tag_ in ("VBZ", "VBP", "VBD")
                    and not any(m.dep_ == "mark" for m in c.children)
                ),
                None,
            )
        if (
            subj0 is not None
            and subj0.left_edge.i > 0
            and doc[subj0.left_edge.i - 1].lower_ in ("what", "whatever")
            and t.dep_ != "ROOT"
        ):
            return None  # "a question about what he hoped the meeting would achieve"
        if (
            ccomp is not None
            and ccomp_before is not None
            and subj0 is not None
            and ccomp_before.i < subj0.i < t.i
            and _first_word(ccomp) > 0
            and doc[_first_word(ccomp) - 1].text == ","
        ):
            # "X will cut Y, the ministry said on Wednesday, a move critics warned could
            # ...": a cue takes one complement; the fronted clause is it, the tail after
            # the comma is a comment on the whole sentence
            ccomp = None
        antecedent_in_subject = (
            subj0 is not None
            and subj0.left_edge.i > 0
            and doc[subj0.left_edge.i - 1].text == ","
            and subj0.left_edge.lower_ in ("a", "an")
            and subj0.left_edge.i + 1 < subj0.i
        )  # ", a move officials said would ...": the parser folds the antecedent in
        gap_after_noun = (
            subj0 is not None
            and subj0.left_edge.i > 0
            and doc[subj0.left_edge.i - 1].tag_ in ("NN", "NNS")
            and ccomp_before is not None
            and subj0.i == t.i - 1
        )  # "work-rule issues critics said helped prompt the strike": a contact relative
        if (
            ccomp is None
            and subj0 is not None
            and subj0.tag_ != "WDT"
            and (t.dep_ != "ROOT" or antecedent_in_subject or gap_after_noun)
            and lemma in gz.clause_verbs
        ):
            # "a move critics warned could push millions into hunger": a relative clause
            # whose gap is the subject of the reported clause
            gap_aux = ("could", "would", "might", "may", "will", "is", "was", "are", "were")
            gap_aux += ("has", "had")

            def gap_clause(c: Token) -> bool:
                # ("which party leaders said would not happen": the relative pronoun
                # hung on the reported verb stays out)
                first = next((x for x in c.subtree if x.i > t.i and not x.is_punct), c)
                rel = [g for g in list(c.children) + kids if g.tag_ == "WDT" and g.i < t.i]
                if first.i == c.i and c.tag_ in ("VBD", "VBZ", "VBN") and rel:
                    return True  # "which he had said meant X": the relative pronoun's verb
                if c.dep_ == "xcomp":
                    return False
                if first.dep_ == "aux":
                    return first.lower_ in gap_aux
                return gap_after_noun and first.i == c.i and c.tag_ in ("VBD", "VBZ")

            gap = next(
                (
                    c
                    for c in kids
                    if c.dep_ in ("ccomp", "xcomp")
                    and c.i > t.i
                    and not _has_subject(c)
                    and gap_clause(c)
                ),
                None,
            )
            vague = subj0.lower_ in ("some", "many", "others", "few", "several") and not any(
                subj0.children
            )  # "a delay that some say may have cost lives": nobody in particular
            if gap is not None and not vague:
                ccomp = gap
        inverted_subj = None
        if (
            ccomp is not None
            and ccomp_before is not None
            and subj0 is None
            and ccomp.tag_ == "VBG"
            and doc[t.i - 1].text == ","
        ):
            # "X is playing a balanced role, said the ministry citing Y": the participle
            # after the inverted subject is the speaker's next act; the fronted clause is
            # the report
            inv = next((c for c in ccomp.children if c.dep_ == "nsubj"), None)
            if inv is not None and inv.left_edge.i == t.i + 1 and inv.pos_ in ("NOUN", "PROPN"):
                ccomp, inverted_subj = None, inv
        if subj0 is not None and subj0.lower_ == "both":
            return None  # "Both said ...": two speakers that only the context names
        xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
        oprd = next(
            (
                c
                for c in kids
                if c.dep_ in ("oprd", "dep", "attr")
                and dobj is not None
                and c.i > dobj.i
                and c.pos_ in ("NOUN", "ADJ", "PROPN")
            ),
            None,
        )
        if oprd is None and dobj is not None and lemma in gz.as_such_verbs:
            # 'called the findings "a red alert"' parsed as an apposition
            oprd = next((c for c in dobj.children if c.dep_ == "appos" and c.i > dobj.i), None)
        preps = [c for c in kids if c.dep_ == "prep"]
        extra_cue: list[Token] = []
        a_tok = b_tok = None
        mode = ""
        gap_name = _gap_name(t) if lemma in ("call", "dub", "term", "brand", "label") else None
        if gap_name is not None:
            # "a ruling (that) many commentators called a political earthquake": the noun
            # the relative clause hangs on is the first object; the name given is said
            a_tok, b_tok = gap_name[0].left_edge.i, gap_name[0].right_edge.i
            mode = "as_such"
        if (
            lemma == "report"
            and t.i + 2 < len(doc)
            and doc[t.i + 1].lower_ in _PERCEIVING
            and not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i + 1 for c in kids)
        ):
            # "another witness reported hearing gunfire" (the gerund often read as a noun):
            # what the witness says they perceived
            last = max(x.i for x in t.subtree)
            while last > t.i + 1 and doc[last].is_punct:
                last -= 1
            a_tok, b_tok = t.i + 1, last
            mode = "clause"
        if (
            a_tok is None
            and t.dep_ == "csubj"
            and lemma in gz.clause_verbs
            and dobj is not None
            and dobj.right_edge.i + 1 < t.head.i
            and doc[dobj.right_edge.i + 1].tag_ == "MD"
            and doc[dobj.right_edge.i + 1].head.i == t.head.i
        ):
            # ', warning Tokyo will otherwise "bear all the consequences."' read with the
            # participle as the subject of the clause it reports: the clause's subject is
            # the participle's object
            a_tok, b_tok = dobj.left_edge.i, t.head.right_edge.i
            mode = "clause"
        gerund = next(
            (c for c in kids if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == t.i + 1),
            None,
        )
        rest = (
            next(
                (
                    c
                    for c in kids
                    if c.dep_ == "ccomp"
                    and c.i > gerund.right_edge.i
                    and not _has_subject(c)
                    and any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)
                ),
                None,
            )
            if gerund is not None and ccomp is None and lemma in gz.clause_verbs
            else None
        )
        if a_tok is None and rest is not None:
            # "said extending the plants' lifespan — which are due to close — would only save
            # 2%": a gerund subject read as the cue's object, its verb as a subjectless clause
            a_tok, b_tok = gerund.left_edge.i, rest.right_edge.i
            mode = "clause"
        if lemma in gz.object_for_verbs and dobj is not None:
            # "blamed the government for the breakdown in talks", "rebuked X for Y"
            fr = next((c for c in preps if c.lower_ == "for" and c.i > dobj.i), None)
            if fr is None:
                # "rebuked U.S. Ambassador to X Y for ...": "for" hung on an object
                fr = next(
                    (
                        g
                        for c in kids
                        if c.dep_ == "dobj"
                        for g in c.children
                        if g.dep_ == "prep" and g.lower_ == "for"
                    ),
                    None,
                )
            if fr is None and lemma != "blame":
                return None  # "rebuked the aides": an act, no words reported
            if fr is not None:
                a_tok, b_tok = dobj.left_edge.i, fr.right_edge.i
                mode = "object_of"
        if a_tok is None and lemma in gz.object_of_verbs and dobj is not None:
            # "accused X of Y", "warned the rebels against seeking Y"
            of_words = gz.object_of_preps.get(lemma, ("of",))
            of = next((c for c in preps if c.lower_ in of_words and c.i > dobj.i), None)
            if of is None:
                of = next(
                    (c for c in dobj.children if c.dep_ == "prep" and c.lower_ in of_words), None
                )
            if of is None:
                # "accused Ardagh in 2014 of infringing": "of" hung on the date
                of = next(
                    (
                        g
                        for c in preps
                        if c.i > dobj.i
                        for g in c.subtree
                        if g.dep_ == "prep"
                        and g.lower_ == "of"
                        and g.head.ent_type_ in ("DATE", "TIME")
                        and g.head.head.i == c.i
                    ),
                    None,
                )
            if of is None:
                # "blamed the media from the two states of blowing X up": "of" + gerund hung
                # deeper inside the object
                of = next(
                    (
                        g
                        for g in t.subtree
                        if g.dep_ == "prep"
                        and g.lower_ in of_words
                        and g.i > dobj.i
                        and any(x.dep_ == "pcomp" and x.tag_ == "VBG" for x in g.children)
                        and not any(x.pos_ in ("VERB", "AUX") and x.i != t.i for x in g.ancestors)
                    ),
                    None,
                )
            if of is not None:
                a_tok, b_tok = dobj.left_edge.i, of.right_edge.i
                mode = "object_of"
        if (
            a_tok is None
            and lemma in ("promise", "pledge", "vow")
            and dobj is not None
            and xcomp is not None
            and xcomp.i > dobj.i
            and dobj.pos_ in ("PROPN", "NOUN")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
        ):
            # "has promised Ukraine to finance arms deliveries": recipient + infinitive
            a_tok, b_tok = xcomp.left_edge.i, xcomp.right_edge.i
            mode = "object"
        subj_override = inverted_subj if gap_name is None else gap_name[1]
        cap_b = None
        if xcomp is None and dobj is None and lemma in ("promise", "pledge", "vow", "threaten"):
            # 'threatening Saturday on X to "cut ..."': the infinitive after the cue's time
            # and place, read as a purpose clause
            xcomp = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "advcl"
                    and c.tag_ == "VB"
                    and c.left_edge.lower_ == "to"
                    and c.i > t.i
                    and all(
                        any(
                            x.i in (g.i for g in k.subtree) and k.dep_ in ("npadvmod", "prep")
                            for k in kids
                        )
                        for x in doc[t.i + 1 : c.left_edge.i]
                    )
                ),
                None,
            )
        if (
            a_tok is None
            and lemma in ("promise", "pledge", "vow", "threaten", "propose")
            and dobj is None
            and ccomp is None
            and xcomp is not None
            and xcomp.i > t.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)
        ):
            # "sarcastically promised to release the transcripts", "X threatening to
            # 'spill the beans'" (the subject of the participle: the object before it)
            a_tok, b_tok = xcomp.left_edge.i, xcomp.right_edge.i
            mode = "object"
            ing = next(
                (c for c in xcomp.subtree if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > t.i),
                None,
            )
            if ing is not None:
                b_tok = ing.left_edge.i - 1  # '... on her and sharing an image': not said
                while b_tok > a_tok and doc[b_tok].dep_ in ("cc", "punct"):
                    b_tok -= 1
                cap_b = b_tok
            for c in kids:
                if c.dep_ == "advcl" and c.i > b_tok and _conditional(c) and ing is None:
                    b_tok = c.right_edge.i  # "threatening to strike unless X": the condition
            by_means = t.dep_ == "pcomp" and t.head.lower_ == "by"
            if t.tag_ == "VBG" and t.dep_ not in ("ROOT", "advcl", "conj") and not by_means:
                # "included Trump threatening to ...": the name before the participle,
                # parsed as its compound or as the object of the verb above
                left = [c for c in t.children if c.i == t.i - 1] + [
                    c for c in t.head.children if c.dep_ == "dobj" and c.i == t.i - 1
                ]
                if not left or left[0].pos_ not in ("PROPN", "NOUN"):
                    return None
                subj_override = left[0]
        if (
            a_tok is None
            and lemma == "credit"
            and dobj is not None
            and dobj.pos_ in ("PROPN", "NOUN")
        ):
            # "has credited Voss with originating the attack lines"
            wi = next((c for c in preps if c.lower_ == "with" and c.i > dobj.i), None)
            if wi is not None:
                a_tok, b_tok = dobj.left_edge.i, wi.right_edge.i
                mode = "object_of"
        if (
            lemma == "call"
            and dobj is not None
            and dobj.lemma_.lower() in gz.convened_nouns
            and not _quoted(dobj.subtree)
            # "called the vote “a turning point”": naming it, the quote its complement
            and not any(c.dep_ == "oprd" and _quoted(c.subtree) for c in kids)
        ):
            return None  # "called the meeting to discuss budgets": convening, not speech
        if a_tok is None and lemma in gz.object_to_verbs:
            tgt = dobj
            on = None
            if tgt is None and lemma == "call":
                on = next((c for c in preps if c.lower_ in ("on", "upon")), None)
                tgt = (
                    next((c for c in on.children if c.dep_ == "pobj"), None)
                    if on is not None
                    else None
                )
            comp = xcomp
            if (
                comp is None
                and ccomp is not None
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in ccomp.children)
            ):
                comp = ccomp
                if tgt is None:
                    tgt = next((c for c in ccomp.children if c.dep_ == "nsubj"), None)
            if comp is None and tgt is not None and any(c.dep_ == "relcl" for c in tgt.children):
                # "urging anyone who has trouble removing debris to contact it": the
                # infinitive hung inside the relative clause on the person urged
                last = t.sent.end - 1
                while last > tgt.i and doc[last].is_punct:
                    last -= 1
                comp = next(
                    (
                        x
                        for x in tgt.subtree
                        if x.dep_ == "advcl"
                        and x.tag_ == "VB"
                        and x.right_edge.i == last
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)
                        and doc[x.left_edge.i - 1].pos_ in ("NOUN", "PROPN", "PRON")
                    ),
                    None,
                )
            if (
                tgt is not None
                and comp is not None
                and comp.i > tgt.i
                and any(c.lower_ == "to" for c in comp.children)
            ):
                a_tok, b_tok = tgt.left_edge.i, comp.right_edge.i
                stolen = _stolen_object(doc[b_tok])
                if stolen is not None:
                    b_tok = stolen.right_edge.i
                mode = "object_to"
                if on is not None:
                    extra_cue = [on]
        if a_tok is None and dobj is None and ccomp is None and lemma in PREP_FRAMES:
            # "warned of famine", "warned against escalation", "called for calm"
            pr = next((c for c in preps if c.lower_ in PREP_FRAMES[lemma] and c.i > t.i), None)
            obj = (
                next((c for c in pr.children if c.dep_ in ("pobj", "pcomp")), None) if pr else None
            )
            inf = _infinitive_after(t, obj) if obj is not None else None
            if pr is not None and pr.lower_ == "with" and inf is None:
                return None  # only "pleaded with them to X" ("pleaded with the judge": no)
            if (
                obj is not None
                and inf is None
                and (obj.ent_type_ == "PERSON" or obj.lower_ == "help")
            ):
                return None  # "a young mother calls for Kusi": summoning someone
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                # "called for employers to pay more", "pleaded with them to X"
                a_tok, b_tok = obj.left_edge.i, (inf or obj).right_edge.i
                for c in preps:
                    pc = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if (
                        c.i == b_tok + 1
                        and not (pc is not None and pc.ent_type_ in ("DATE", "TIME"))
                        and not (pc is not None and pc.lemma_.lower() in MEDIUM_NOUNS)
                    ):
                        b_tok = c.right_edge.i
                extra_cue = [pr]
                mode = "for"
        if a_tok is None and (lemma in gz.for_verbs or lemma == "ask") and dobj is None:
            # "called for the inquiry to be held in public" (for as a mark)
            adv = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "advcl"
                    and c.i > t.i
                    and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    and any(m.lower_ == "to" for m in c.children)
                ),
                None,
            )
            if adv is not None:
                mark = next(m for m in adv.children if m.dep_ == "mark" and m.lower_ == "for")
                dated = any(  # "called on Wednesday for Israel to tone down X"
                    c.dep_ in ("prep", "npadvmod")
                    and c.left_edge.i == t.i + 1
                    and c.right_edge.i == mark.i - 1
                    and any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)
                    for c in kids
                )
                if mark.i == t.i + 1 or dated:
                    a_tok, b_tok = mark.i + 1, adv.right_edge.i
                    extra_cue = [mark]
                    mode = "for"
        if a_tok is None and lemma == "ask" and dobj is None and ccomp is None:
            # "asked for an injunction to be extended": the thing asked to be done (a bare
            # "asked for help" or "asked for a meeting" reports no words)
            fr = next((c for c in preps if c.lower_ == "for" and c.i == t.i + 1), None)
            pobj = next((g for g in fr.children if g.dep_ == "pobj"), None) if fr else None
            if pobj is not None and pobj.pos_ == "NOUN" and _to_infinitive(pobj):
                a_tok, b_tok = pobj.left_edge.i, pobj.right_edge.i
                where = next(
                    (
                        x.i
                        for x in doc[a_tok + 1 : b_tok + 1]
                        if x.lower_ in ("where", "which") and doc[x.i - 1].text == ","
                    ),
                    None,
                )
                if where is not None:
                    b_tok = where - 2  # "..., where 72 people are housed": the reporter's
                extra_cue = [fr]
                mode = "for"
        if a_tok is None and lemma in gz.for_verbs:
            fr = next((c for c in preps if c.lower_ == "for"), None)
            pobj = next((c for c in fr.children if c.dep_ == "pobj"), None) if fr else None
            # "called for employers to pay more": the infinitive hung on the verb goes
            # with its subject after "for" ("pushed for X to" only in this frame)
            inf = _infinitive_after(t, pobj) if pobj is not None else None
            if pobj is not None and dobj is None and (lemma == "call" or inf is not None):
                if inf is None and (
                    pobj.ent_type_ == "PERSON" or pobj.lower_ in ("help", "me", "him", "her")
                ):
                    return None  # "a young mother calls for Kusi": summoning someone
                a_tok = pobj.left_edge.i
                b_tok = inf.right_edge.i if inf is not None else pobj.right_edge.i
                extra_cue = [fr]
                mode = "for"
        if a_tok is None and lemma in ("apologise", "apologize") and dobj is None:
            # "apologised for the prosecution's absence": what the apology is for
            fr = next((c for c in preps if c.lower_ == "for"), None)
            if fr is not None and any(c.dep_ in ("pobj", "pcomp") for c in fr.children):
                a_tok, b_tok = fr.i, fr.right_edge.i
                mode = "object"
        if (
            a_tok is None
            and ccomp is not None
            and (lemma in gz.clause_verbs or lemma in gz.as_such_verbs or lemma in gz.cue_category)
        ):
            subtree = [x for x in ccomp.subtree if x.i > t.i]
            a, b = subtree[0].i, subtree[-1].i
            if bare_obj is not None:
                a = bare_obj.left_edge.i
            elif bare_a is not None:
                a = bare_a
            elif (
                doc[a].lower_ == "that"
                and doc[a].tag_ == "WDT"
                and doc[a].dep_ == "nsubj"
                and doc[a].head.dep_ in ("nsubj", "nsubjpass")
                and doc[a].head.i == a + 1
            ):
                a += 1  # "told X that cuts were ...": the complementizer read as a subject
            if (
                doc[a].dep_ == "mark"
                and doc[a].lower_ in ("whether", "if")
                and (doc[a].head.i == ccomp.i or doc[a].lower_ == "whether")
            ):  # (but "added if X was not cut, then talks were useless": a condition inside)
                if lemma not in ("ask", "wonder", "question", "query", "inquire", "enquire"):
                    return None  # "said whether": no statement
                a += 1  # "asked if Norland needed to update its policy": the question put
            if lemma in ("ask", "wonder", "question", "query", "inquire", "enquire") and doc[
                a
            ].lower_ in ("why", "how", "what", "when", "where", "who", "which", "whom"):
                return None  # "asked why the target had been missed"
            if (
                doc[a].lower_ == "how"
                and doc[a].dep_ == "advmod"
                and doc[a].head.i == ccomp.i
                and a + 1 <= b
                and doc[a + 1].dep_ in ("nsubj", "nsubjpass", "det", "compound", "poss", "amod")
            ):
                a += 1  # "noted how Norland's approach has earned it room": the clause
            had_that = False
            while a <= b and doc[a].lower_ == "that" and doc[a].dep_ in ("mark", "dobj"):
                a += 1
                had_that = True
            # a quotation is handled as a direct quote, unless "that" makes it reported
            # speech in quoted words ('replied that “progress must be made” in talks'; a
            # quotation that is the whole clause after "that" is the direct quote, which
            # wins over this reading: see QuoteFinder._that_quote_cue)
            if doc[a].text in OPEN_MARKS and not had_that:
                return None
            if a > 0 and doc[a - 1].text in OPEN_MARKS and _quote_runs_on(doc[a - 1]):
                a -= 1  # 'saying “we regret X” about Y': the quoted fragment opens it
            elif (
                a - 1 > t.i
                and doc[a - 1].text in OPEN_MARKS + ("'",)
                and any(x.text in ("”", "’", "'", '"') for x in doc[a : ccomp.i])
            ):
                a -= 1  # "saying 'the old man' has X at heart": a quoted subject opens it
            # "X told reporters that ..." / as_such "called X Y"
            a_tok, b_tok = a, b
            mode = "clause"
            nxt = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "ccomp" and c.left_edge.i == b + 1 and not c.left_edge.is_punct
                ),
                None,
            )
            if nxt is not None and any(doc[k].text in ("”", '"') for k in range(a, b + 1)):
                # 'said it’s “disgraceful” Voss would suggest it': one clause split after a
                # quoted word by the parser
                b_tok = nxt.right_edge.i
            for x in ccomp.subtree:
                if (
                    x.dep_ == "advcl"
                    and x.tag_ == "VBG"
                    and is_cue(x)
                    and x.i > a + 2
                    and doc[x.i - 1].text == ","
                ):
                    # "..., warning it could ...": a statement of its own
                    b_tok = min(b_tok, x.i - 2)
                if (
                    x.dep_ == "advcl"
                    and is_cue(x)
                    and x.left_edge.i > a + 2
                    and x.left_edge.lower_ in ("as", "while", "whereas")
                    and doc[x.left_edge.i - 1].text == ","
                    and any(c.dep_ == "nsubj" for c in x.children)
                ):
                    # "..., as Kurdish officials warned that ...": someone else's statement
                    b_tok = min(b_tok, x.left_edge.i - 2)
                if (
                    x.dep_ == "advcl"
                    and x.head.i == ccomp.i
                    and x.tag_ == "VBD"
                    and x.left_edge.i > a + 2
                    and any(c.dep_ == "mark" and c.lower_ == "after" for c in x.children)
                    and doc[x.left_edge.i - 1].text in ("”", "’", '"')
                    and not any(c.dep_ == "aux" for c in x.children)
                    and any(c.dep_ == "aux" and c.lower_ == "had" for c in ccomp.children)
                ):
                    # 'said his side had produced “the perfect X” after Y's header earned a
                    # win': the reported clause is backshifted and closed by its quoted
                    # words; the simple-past adjunct after them dates the saying
                    b_tok = min(b_tok, x.left_edge.i - 1)
            # conjoined that-clauses belong to the same statement ("..., and that ...")
            for c in kids:
                if (
                    c.dep_ == "conj"
                    and c.i > b
                    and any(g.dep_ == "mark" for g in c.children)
                    and not is_cue(c)
                ):
                    b_tok = c.right_edge.i
            for c in ccomp.children:
                if (
                    c.dep_ == "conj"
                    and c.tag_ == "VBD"
                    and t.tag_ == "VBD"
                    and a_tok < c.i <= b_tok
                    and doc[c.i - 1].dep_ == "cc"
                    and doc[c.i - 2].text == ","
                    and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
                    and any(x.dep_ == "aux" and x.lower_ in _MODALS for x in ccomp.children)
                ):
                    # "said the harbour would reopen on Friday, and left the room": the
                    # speaker's next act, misattached to the reported clause
                    b_tok = min(b_tok, c.i - 3)
            tail = _coordinated_tail(t, ccomp, b_tok)
            if tail is not None:
                b_tok = tail
            colon = next(
                (
                    x
                    for x in doc[a_tok + 2 : b_tok]
                    if x.text == ":"
                    and doc[x.i + 1].text in OPEN_MARKS
                    and is_cue(x.head)
                    and x.head.i > a_tok
                ),
                None,
            )
            if colon is not None:
                # 'posted that during a meeting, one leader told Obama: “I cannot ...”': the
                # inner quotation is a direct quote of its own; the report leads up to it
                b_tok = colon.i - 1
        if (
            a_tok is None
            and ccomp is None
            and pi < 3
            and lemma == "say"
            and t.tag_ == "VBZ"
            and dobj is not None
            and dobj.pos_ == "NOUN"
            and not any(c.dep_ in ("det", "poss") for c in dobj.children)
            and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > dobj.i for c in dobj.children)
        ):
            # "PM says rebel attack contained in the region" (a summary line under the
            # title, the auxiliary and article dropped): the clipped clause
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            mode = "clause"
        if a_tok is None and lemma in gz.as_such_verbs and dobj is None:
            # "calls the ad inaccurate", 'dubbed her Google’s “nemesis.”': the object folded
            # by the parser into the name it is given (one noun phrase after the verb)
            folded = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "oprd"
                    and c.left_edge.i == t.i + 1
                    and c.pos_ in ("NOUN", "ADJ", "PROPN")
                    and any(
                        g.dep_ in ("compound", "nmod", "poss")
                        and g.i < c.i
                        and g.pos_ in ("NOUN", "PROPN", "PRON")
                        for g in c.children
                    )
                ),
                None,
            )
            if folded is not None:
                a_tok, b_tok = folded.left_edge.i, folded.right_edge.i
                mode = "as_such"
        if (
            a_tok is None
            and lemma in ("call", "label", "brand", "dub", "term")
            and t.i + 1 < len(doc)
            and doc[t.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON")
        ):
            # 'labelled the position "absolutely absurd"', 'labelled X "arrogant" and
            # "stubborn" over Y' parsed as a modifier or a clause: the object and the quoted
            # name it is given, to the verb's last word
            end = t.right_edge.i
            while end > t.i and doc[end].is_punct and doc[end].tag_ != "''":
                end -= 1
            marks = [x for x in doc[t.i + 2 : end + 1] if x.tag_ == "``" or x.text in ('"', "“")]
            if marks and doc[t.i + 1].tag_ != "``" and end - t.i <= 40:
                a_tok, b_tok = t.i + 1, end
                mode = "as_such"
        if a_tok is None and lemma in gz.as_such_verbs and dobj is not None and oprd is not None:
            a_tok, b_tok = dobj.left_edge.i, oprd.right_edge.i
            mode = "as_such"
            opens = [x for x in doc[dobj.right_edge.i : b_tok + 1] if x.tag_ == "``"]
            if opens and not any(x.tag_ == "''" for x in doc[opens[-1].i + 1 : b_tok + 1]):
                # 'called the veto "a gut punch to renters."' with "to renters" hung on the
                # verb: the quotation runs to its closing mark
                close = next((x.i for x in doc[b_tok + 1 : t.sent.end] if x.tag_ == "''"), None)
                if close is not None and close - b_tok <= 12:
                    b_tok = close
        if a_tok is None and lemma in gz.as_such_verbs and dobj is not None:
            # "described the situation as dire"
            as_ = next((c for c in preps if c.lower_ == "as" and c.i > dobj.i), None)
            if as_ is None:
                # "dismissed the slide as a result of bad coverage": "as" hung on the object
                as_ = next(
                    (c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "as"), None
                )
            if as_ is None:
                # "described the vote to end debate as a show vote": "as" hung on the
                # infinitive inside the object
                as_ = next(
                    (
                        c
                        for x in dobj.children
                        if x.dep_ in ("acl", "relcl") and x.i > dobj.i
                        for c in x.children
                        if c.dep_ == "prep" and c.lower_ == "as"
                    ),
                    None,
                )
            if as_ is None and lemma in ("label", "brand", "dismiss", "describe", "term"):
                # "labelled reports that the party would X as propaganda spread by Y": the
                # as-phrase read as a clause ("as [propaganda spread by Y]") inside the object
                mark = next(
                    (
                        x
                        for x in dobj.subtree
                        if x.lower_ == "as"
                        and x.dep_ == "mark"
                        and x.i > dobj.i
                        and x.head.tag_ in ("VBN", "VBD")
                        and any(c.dep_ == "nsubj" and c.i == x.i + 1 for c in x.head.children)
                    ),
                    None,
                )
                if mark is not None:
                    a_tok, b_tok = dobj.left_edge.i, mark.head.right_edge.i
                    mode = "as_such"
            if a_tok is None and as_ is None and dobj.right_edge.i + 1 < len(doc):
                # "dismissed the slide -- Voss lost six points -- as a temporary result":
                # the "as" after an aside between dashes
                k = dobj.right_edge.i + 1
                dashes = ("--", "—", "–")
                if doc[k].text in dashes:
                    close = next(
                        (j for j in range(k + 1, min(len(doc), k + 40)) if doc[j].text in dashes),
                        None,
                    )
                    if close is not None and close + 1 < len(doc) and doc[close + 1].lower_ == "as":
                        as_ = doc[close + 1]
            if as_ is not None and (
                dobj.pos_ != "PRON" or dobj.lower_ in ("it", "them", "him", "her")
            ):
                # ", describing them as enemies of the state": the pronoun is the thing named
                a_tok, b_tok = dobj.left_edge.i, as_.right_edge.i
                mode = "as_such"
                to_inf = next(
                    (
                        c
                        for c in kids
                        if c.dep_ in ("advcl", "xcomp", "acl")
                        and c.left_edge.i == b_tok + 1
                        and c.left_edge.lower_ == "to"
                    ),
                    None,
                )
                if to_inf is not None:
                    b_tok = to_inf.right_edge.i  # "as a province to be unified with X"
        if (
            a_tok is None
            and lemma in gz.as_such_verbs
            and dobj is not None
            and dobj.tag_ != "WDT"
            and dobj.right_edge.i + 2 < len(doc)
            and doc[dobj.right_edge.i + 1].text in OPEN_MARKS
        ):
            # 'who called the talks “a fresh start.”': the quoted name hung elsewhere by
            # the parser
            close = next(
                (
                    x.i
                    for x in doc[dobj.right_edge.i + 2 : dobj.right_edge.i + 30]
                    if x.text in ("”", '"', "’")
                ),
                None,
            )
            if close is not None and not any(x.is_sent_start for x in doc[dobj.i + 1 : close + 1]):
                a_tok, b_tok = dobj.left_edge.i, close
                mode = "as_such"
        if (
            a_tok is None
            and lemma in ("call", "label", "brand", "term", "dub")
            and dobj is not None
            and dobj.tag_ != "WDT"
            and not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in kids)
        ):
            # 'called the ouster of X and the failures to muster votes for a successor an
            # “embarrassment.”': a long object, then the quoted name at the sentence end
            end = t.sent.end
            opener = next(
                (
                    x
                    for x in doc[dobj.i + 1 : end]  # (the name may be parsed into the object:
                    if x.text in OPEN_MARKS  # "calling his decision to use X an “abuse”")
                    and doc[x.i - 1].lower_ in ("a", "an")
                ),
                None,
            )
            close = (
                next((x.i for x in doc[opener.i + 1 : end] if x.text in ("”", '"')), None)
                if opener is not None
                else None
            )
            if (
                close is not None
                and all(x.is_punct for x in doc[close + 1 : end])
                and not any(
                    x.dep_ in ("nsubj", "nsubjpass") or x.text in (";", ":")
                    for x in doc[dobj.right_edge.i + 1 : opener.i]
                )
                and opener.i - dobj.right_edge.i <= 12
            ):
                a_tok, b_tok = dobj.left_edge.i, close
                mode = "as_such"
        if (
            a_tok is None
            and lemma in gz.as_such_verbs
            and dobj is None
            and any(c.dep_ == "auxpass" for c in kids)
            and any(c.dep_ == "agent" and c.i < t.i + 6 for c in kids)
        ):
            # "the storm was described by officials as the worst in years": what the agent
            # called it
            as_ = next((c for c in preps if c.lower_ == "as" and c.i > t.i), None)
            if as_ is not None and as_.right_edge.i > as_.i:
                a_tok, b_tok = as_.i + 1, as_.right_edge.i
                sub = next(
                    (
                        x
                        for x in doc[a_tok + 1 : b_tok + 1]
                        if x.dep_ in ("mark", "advmod")
                        and x.lower_ in ("as", "while", "when")
                        and x.head.pos_ in ("VERB", "AUX")
                    ),
                    None,
                )
                if sub is not None:
                    b_tok = sub.i - 1  # "... as the worst so far as locals prepare"
                mode = "as_such"
        if (
            a_tok is None
            and lemma in gz.as_such_verbs
            and t.dep_ == "relcl"
            and (dobj is None or dobj.tag_ == "WDT")
        ):
            # "the summit, which she described as a turning point": what the relative
            # pronoun stands for is named in the as-phrase
            as_ = next((c for c in preps if c.lower_ == "as" and c.i > t.i), None)
            if as_ is not None and as_.right_edge.i > as_.i and _quoted(as_.subtree):
                a_tok, b_tok = as_.i + 1, as_.right_edge.i
                mode = "as_such"
        if (
            a_tok is None
            and lemma
            in (
                "deny",
                "admit",
                "acknowledge",
                "stress",
                "emphasize",
                "emphasise",
                "underline",
                "underscore",
                "reiterate",
            )
            and dobj is None
            and xcomp is not None
            and xcomp.tag_ == "VBG"
            and xcomp.i > t.i
        ):
            # "denied receiving any foreign support"
            a_tok, b_tok = xcomp.left_edge.i, xcomp.right_edge.i
            mode = "object"
        if (
            a_tok is None
            and lemma in ("deny", "reject", "dismiss", "downplay")
            and dobj is not None
            and dobj.lemma_.lower() in _IDEA_NOUNS
            and _that_clause_of(dobj) is not None
        ):
            # "rejected any notion that Norland would yield": the notion rejected is named
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            mode = "object"
        if (
            a_tok is None
            and lemma in ("deny", "reject", "dismiss")
            and dobj is not None
            and dobj.lemma_.lower() in DENIABLE
            and any(c.dep_ not in ("det", "punct") for c in dobj.children)
        ):
            # "Islamabad denied any role in the attack", "rejected the accusations"; a bare
            # "rejected the accusation" or "denied any wrongdoing" says nothing of its own
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            mode = "object"
        if (
            a_tok is None
            and lemma in NOUN_CLAUSE_VERBS
            and dobj is not None
            and dobj.lemma_.lower() in EXPRESSED
        ):
            # "expressed optimism that a veto can be upheld": the noun's clause is what
            # was said; "expressed concern over the harm" reports no words
            clause = _that_clause_of(dobj)
            if clause is not None:
                a_tok, b_tok = clause.left_edge.i + 1, clause.right_edge.i
                mode = "clause"
            elif _quoted(dobj.subtree):
                # 'expressed “deep concern” over the fighting': quoted words
                a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
                for c in preps:
                    pc = next((g for g in c.children if g.dep_ == "pobj"), None)
                    timed = pc is not None and pc.ent_type_ in ("DATE", "TIME")
                    if (
                        c.i > dobj.i
                        and c.lower_ in ("over", "about", "for", "with", "at", "to")
                        and not timed
                    ):
                        b_tok = max(b_tok, c.right_edge.i)
                mode = "clause"
        if a_tok is None and lemma in ("express", "voice") and dobj is not None:
            a_tok, b_tok = _expressed(doc, dobj, preps, kids)
            if a_tok is not None:
                mode = "clause"
        if (
            a_tok is None
            and lemma in ("express", "voice")
            and dobj is not None
            and _to_infinitive(dobj)
        ):
            # "expressed their willingness to continue talks": an intention stated
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            mode = "clause"
        if (
            a_tok is None
            and lemma in ("express", "voice")
            and dobj is not None
            and dobj.lemma_.lower() in EXPRESSED
            and any(
                c.dep_ == "prep" and c.lower_ in ("for", "about", "over", "with", "regarding")
                for c in dobj.children
            )
        ):
            # "expressed support for the workers", "voiced reservations about the plan": the
            # stance and what it is about (read as a clause: "express" alone is weak)
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            mode = "clause"
        if (
            a_tok is None
            and lemma in ("express", "voice")
            and dobj is not None
            and dobj.lemma_.lower() in EXPRESSED
            and not _quoted(dobj.subtree)
        ):
            # "expressed surprise over the statement issued by X": the preposition hung on
            # the verb
            pr = next(
                (
                    c
                    for c in preps
                    if c.i == dobj.right_edge.i + 1
                    and c.lower_ in ("for", "about", "over", "with", "regarding")
                    and any(
                        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children
                    )
                ),
                None,
            )
            if pr is not None:
                a_tok = dobj.left_edge.i
                b_tok = _second_participle(doc, kids, pr, pr.right_edge.i)
                mode = "clause"
        if (
            a_tok is None
            and lemma in NOUN_CLAUSE_VERBS
            and dobj is not None
            and not _quoted(dobj.subtree)
        ):
            return None  # "announced support for the plan": no words reported
        if (
            a_tok is None
            and lemma in ("acknowledge", "admit", "concede")
            and dobj is not None
            and dobj.pos_ in ("NOUN", "PROPN")
            and _quoted(doc[dobj.left_edge.i : dobj.i + 1])
        ):
            # 'acknowledged Hill “frustration” with the department': the quoted word names
            # what was acknowledged, and what it is about
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            for c in preps:
                if c.i == b_tok + 1 and c.lower_ in ("with", "over", "about", "at", "of"):
                    b_tok = c.right_edge.i
            while b_tok + 1 < len(doc) and doc[b_tok + 1].text in ("”", '"'):
                b_tok += 1
            mode = "object"
        if a_tok is None and lemma in gz.object_verbs and dobj is not None:
            if dobj.lower_ in ("it", "this", "that", "them") or dobj.pos_ == "PRON":
                return None
            if lemma in gz.gloss_verbs and t.tag_ == "VBG" and t.head.lemma_.lower() in REPORTING:
                return None  # '"...," the official said, underscoring the urgency'
            if lemma in NEEDS_CLAUSE and dobj.lemma_.lower() not in EXPRESSED | CALLS:
                return None  # "reiterated her nation's claim to X": no words of its own
            if lemma == "project" and dobj.lemma_.lower() in _PROJECTED_IMAGES:
                return None  # "projected confidence", "projected images on a wall": no forecast
            if lemma in ("pledge", "promise", "vow") and dobj.ent_type_ in (
                "MONEY",
                "CARDINAL",
                "QUANTITY",
                "PERCENT",
            ):
                return None  # "pledged $10 million to the fund": a sum given, not words
            a_tok, b_tok = dobj.left_edge.i, dobj.right_edge.i
            for c in preps:
                pobj_c = next((g for g in c.children if g.dep_ == "pobj"), None)
                if (
                    c.i > dobj.i
                    and c.lower_ in ("for", "on", "of", "against", "over", "with", "to")
                    and not (pobj_c is not None and pobj_c.ent_type_ in ("DATE", "TIME"))
                    and not (pobj_c is not None and pobj_c.lemma_.lower() in MEDIUM_NOUNS)
                ):
                    level = lemma in ("predict", "forecast", "project") and any(
                        x.like_num or x.ent_type_ in ("PERCENT", "MONEY", "QUANTITY")
                        for x in c.subtree
                    )  # ("projected X to 34 per cent": the level forecast)
                    if c.lower_ == "to" and lemma not in ("convey", "express") and not level:
                        continue
                    b_tok = max(b_tok, c.right_edge.i)
                if (
                    c.i == b_tok + 1
                    and c.lower_ == "in"
                    and pobj_c is not None
                    and pobj_c.lemma_.lower() in ("way", "manner", "fashion")
                ):
                    b_tok = c.right_edge.i  # "denounced X in a way that ...": how it is done
                reason = next(
                    (
                        g
                        for x in c.children
                        if x.dep_ == "pobj" and lemma in REASON_FOR_VERBS and c.i > dobj.i
                        for g in x.children
                        if g.dep_ == "prep" and g.lower_ == "for"
                    ),
                    None,
                )
                if reason is not None:
                    # "criticized X during a hearing Thursday for not being present": the
                    # reason, hung on the time or place between
                    b_tok = max(b_tok, reason.right_edge.i)
            where = next(
                (
                    x
                    for x in doc[dobj.i + 1 : b_tok + 1]
                    if x.dep_ == "prep"
                    and x.lower_ in ("in", "during", "at")
                    and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in MEDIUM_NOUNS | OCCASION_NOUNS
                        for g in x.children
                    )
                ),
                None,
            )
            if where is not None and where.i > dobj.i + 1:
                # "stressed the need for aid in calls on Saturday with X": where it was said
                b_tok = where.i - 1
            for c in kids:
                if c.dep_ == "advcl" and c.i > b_tok and _conditional(c) and lemma in CALL_CUES:
                    b_tok = c.right_edge.i  # "urged sanctions if it rejects X": the condition
            mode = "object"
        if (
            a_tok is None
            and ccomp_before is not None
            and lemma in gz.clause_verbs
            and ccomp_before.lemma_.lower() not in ("say", "tell", "add", "state", "write")
        ):
            subtree = list(ccomp_before.subtree)
            a, b = subtree[0].i, subtree[-1].i
            for c in kids:
                # "Results are unlikely soon, but some issues would be handled, X said": both
                # clauses before the cue are what was said
                if c.dep_ == "ccomp" and c.i < t.i and c.i != ccomp_before.i:
                    a, b = min(a, c.left_edge.i), max(b, c.right_edge.i)
            for c in kids:
                # "X could post record sales, though it must go 'flat out', Y wrote": the
                # concession hung on the cue is part of the fronted report
                if (
                    c.dep_ == "advcl"
                    and b < c.i < t.i
                    and (
                        c.left_edge.i == b + 2
                        and doc[b + 1].text == ","
                        or c.left_edge.i == b + 1
                        and doc[b].text == ","
                    )
                    and c.left_edge.lower_ in ("though", "although", "while", "whereas")
                    and (subj0 is None or c.right_edge.i < subj0.left_edge.i)
                ):
                    b = c.right_edge.i
            if doc[a].text in OPEN_MARKS or (
                doc[b].text in ("”", '"', "’") and not _closing_fragment(doc, a, b)
            ):
                return None
            if doc[a].dep_ == "cc" and doc[a].head.i == ccomp_before.i and a < b:
                a += 1  # "And at times, X does Y, said Z": the link to the sentence before
            a_tok, b_tok = a, b
            mode = "fronted"
        if (
            a_tok is None
            and t.dep_ in ("parataxis", "ccomp", "conj")
            and t.head.i < t.i
            and lemma in gz.clause_verbs
            and t.head.lemma_.lower() not in REPORTING
            and not any(x.dep_ == "cc" and t.head.i < x.i < t.i for x in t.head.children)
            and _first_word(t) > 0
            and doc[_first_word(t) - 1].text == ","
        ):
            # "X agreed ..., Anwar said" parsed with the cue under the fronted clause
            subj = subject_of(t)
            if subj is not None and subj.i > t.head.i:
                head = t.head
                sub = [x for x in head.subtree if x.i < min(y.i for y in t.subtree)]
                if sub:
                    a_tok, b_tok = sub[0].i, sub[-1].i
                    if doc[a_tok].text in OPEN_MARKS:
                        return None
                    mode = "fronted"
        if (
            a_tok is None
            and t.dep_ == "advcl"
            and t.head.i < t.i
            and lemma in REPORTING | {"note", "write", "tweet", "post"}
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") for c in t.children)
            and any(x.text == "," for x in doc[max(0, t.left_edge.i - 2) : t.left_edge.i])
        ):
            # "X is one of several cases, as the newspaper reported Tuesday": the clause
            # before the as-clause is what was reported
            sub = [x for x in t.head.subtree if x.i < t.left_edge.i and not x.is_space]
            while sub and (sub[-1].is_punct or sub[-1].text in ("”", '"')):
                if sub[-1].text in ("”", '"'):
                    break
                sub.pop()
            if sub and doc[sub[0].i].text not in OPEN_MARKS:
                a_tok, b_tok = sub[0].i, sub[-1].i
                mode = "fronted"
        if (
            a_tok is None
            and t.dep_ == "parataxis"
            and t.head.i > t.i
            and lemma in gz.clause_verbs
            and _set_off_by_commas(t)
            and any(c.dep_ == "nsubj" for c in t.children)
        ):
            # "The plan, Hendricks said, was never viable": the sentence around the cue
            head = t.head
            sub = [x for x in head.subtree if not x.is_space]
            a_tok, b_tok = sub[0].i, sub[-1].i
            if doc[a_tok].text in OPEN_MARKS and _quoted_name_before(t) is not None:
                # '“Dom,” he wrote of himself, was “to go to No 10” as his chief of staff':
                # the quoted name is the subject; what follows the cue is what was written
                a_tok = max(x.i for x in t.subtree if not x.is_punct) + 2
            if doc[a_tok].text in OPEN_MARKS and a_tok < t.i:
                return None
            if _pronoun_before_tag(t) is not None and _pronoun_before_tag(t).i == a_tok:
                # "elements that, Nogueras said, could have been met": the relative
                # pronoun stands for a noun outside; what was said follows the tag
                a_tok = max(x.i for x in t.subtree if not x.is_punct) + 2
            mode = "parenthetical"
            inner = next(
                (x for x in doc[t.i + 2 : b_tok + 1] if _relative_aside(x) is not None), None
            )
            if inner is not None:
                b_tok = inner.left_edge.i - 2  # "..., who he alleged, fled": a second claim
        comma = t.i + 1  # the comma closing ", they add," (after the cue's own phrases:
        for c in kids:  # ", the agency said in a statement,")
            if c.dep_ == "prep" and c.i == comma and c.right_edge.i + 1 < len(doc):
                comma = c.right_edge.i + 1
        if (
            a_tok is None
            and t.dep_ == "ROOT"
            and lemma in gz.clause_verbs
            and comma + 1 < len(doc)
            and doc[comma].text == ","
            and subj0 is not None
            and subj0.i < t.i
            and subj0.left_edge.i > 0
            and doc[subj0.left_edge.i - 1].text == ","
        ):
            # "By contrast, they add, the approach that X will lead to Y": the clause after
            # the cue set off by commas, parsed as a conjunct of it; "This, the agency said
            # in a statement, was due to X": its subject before the cue, left unattached
            front = doc[t.sent.start : subj0.left_edge.i - 1]
            np_front = len(front) <= 4 and all(
                x.pos_ in ("PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM") for x in front
            )
            after = next(
                (
                    c
                    for c in kids
                    if c.dep_ in ("conj", "ccomp", "parataxis")
                    and c.left_edge.i == comma + 1
                    and c.pos_ in ("VERB", "AUX")
                    and (_has_subject(c) or np_front)
                ),
                None,
            )
            if after is not None and doc[after.left_edge.i].text not in OPEN_MARKS:
                a_tok, b_tok = after.left_edge.i, after.right_edge.i
                if not _has_subject(after):
                    a_tok = t.sent.start
                mode = "parenthetical"
        aside = _relative_aside(t) if a_tok is None else None
        if aside is not None:
            # "a deputy, who he claimed, had fled the country": the relative clause's cue
            # set off by a comma reports what follows it
            a_tok, b_tok = aside
            mode = "parenthetical"
        if (
            a_tok is None
            and t.dep_ == "ROOT"
            and lemma in gz.clause_verbs
            and subj0 is not None
            and subj0.i < t.i
            and subj0.left_edge.i > 1
            and doc[subj0.left_edge.i - 1].text == ","
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i > t.i for c in kids)
        ):
            # "The only way to reach that is for them to stop, he stressed": a fronted
            # clause the parser did not hang on the cue (the words before the comma)
            a_tok, b_tok = t.sent.start, subj0.left_edge.i - 2
            first = doc[a_tok]
            finite = any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in doc[a_tok : b_tok + 1])
            if (
                not finite
                or first.text in OPEN_MARKS
                or doc[b_tok].text in ("”", '"', "’")
                or first.pos_ in ("ADP", "SCONJ")
                or first.lower_ in CONDITIONS | CIRCUMSTANCES | {"while", "although", "though"}
                or any(is_cue(x) or x.text in (",", ";", ":") for x in doc[a_tok : b_tok + 1])
            ):
                a_tok = b_tok = None
            else:
                mode = "fronted"
        if a_tok is None:
            return None
        if mode in ("for", "object_to"):
            for c in kids:
                if (
                    c.dep_ == "conj"
                    and c.tag_ == "VB"
                    and c.i > b_tok
                    and t.tag_ != "VB"
                    and not any(x.dep_ in ("aux", "nsubj", "nsubjpass") for x in c.children)
                ):
                    # "pushed for employers to pay more and, potentially, bring the age
                    # down": a bare verb cannot go with the finite cue; the infinitive's
                    b_tok = c.right_edge.i
            if _headline_like(p.text) and pi < 3:
                # "Association calls for RCMP to plead guilty after charges laid": a deck
                # line's call runs to its end
                b_tok = max(b_tok, t.sent.end - 1)
        if mode not in ("clause", "fronted", "parenthetical"):
            rel = next(
                (
                    c
                    for c in kids
                    if c.dep_ == "ccomp"
                    and (
                        c.left_edge.i == b_tok + 1
                        or c.left_edge.i == b_tok + 2
                        and doc[b_tok + 1].pos_ == "ADV"
                    )
                    and c.left_edge.lower_ in ("that", "which", "who")
                    and c.left_edge.dep_ in ("nsubj", "nsubjpass")
                ),
                None,
            )
            if rel is not None:
                # "criticized X for acting on elements of the deal that could have been met
                # earlier": a relative clause on the object's last noun, hung on the cue
                b_tok = rel.right_edge.i
        if mode == "parenthetical":
            while b_tok > a_tok and doc[b_tok].text in (".", "!"):
                b_tok -= 1
        else:
            a_tok, b_tok = refine(t, a_tok, b_tok, mode)
        if cap_b is not None:
            b_tok = min(b_tok, cap_b)
        short_ok = mode in ("object", "for", "object_of", "as_such")
        if b_tok - a_tok < (0 if short_ok else 2):
            return None
        start, end = self._span(p, a_tok, b_tok)
        if end - start < (4 if short_ok else 8):
            return None
        body = self.text[start:end]
        if (body.count("“") > body.count("”") or body.count('"') % 2 == 1) and (
            close := _quote_spans_sentences(doc, b_tok)
        ) is not None:
            # 'said the paper “agreed to X. . . . We posted it.”': the reported clause runs on
            # with the quotation it opened, to the closing mark
            end = p.offset + doc[close].idx
        if (
            lemma in gz.weak_verbs
            and not (mode == "as_such" and lemma == "mention")
            and mode
            not in (
                "clause",
                "object_to",
                "fronted",
                "parenthetical",
            )
        ):
            return None
        cue, ca, cb = _cue_text(t, extra_cue)
        if subj_override is None and t.tag_ == "VBG" and t.dep_ == "advcl":
            stolen = next((c for c in kids if c.dep_ == "nsubj" and c.i < t.i), None)
            took = _stolen_object(doc[stolen.left_edge.i - 1]) if stolen is not None else None
            if took is not None and took.i == stolen.i:
                subj_override = subject_of(t.head)  # "vote for X saying Y": the voter's urger
        if subj_override is None:
            subj_override = _plural_speaker_of_conj(t)
        subj = subj_override or subject_of(t)
        if subj is None and mode == "fronted":
            # "Talks will resume, revealed Minister X after ...": the subject inverted
            # after the cue (parsed as its object)
            subj = next(
                (
                    c
                    for c in kids
                    if c.dep_ in ("dobj", "npadvmod", "attr")
                    and c.left_edge.i == t.i + 1
                    and c.pos_ in ("PROPN", "NOUN")
                ),
                None,
            )
        if subj is None and t.dep_ == "ROOT":
            subj = _left_subject(t)
        if subj is not None and start <= p.offset + subj.idx < end:
            subj = None if mode not in ("fronted", "parenthetical") else subj
        cand = Candidate(
            "indirect",
            start,
            end,
            pi,
            cue,
            (p.offset + ca, p.offset + cb),
            t.i,
            subj.i if subj is not None else None,
            mode=mode,
            lemma=lemma,
        )
        cand.inner = (
            _relayed(t, mode, subj)
            or _in_fronted_report(t)
            or _relative_report(t, mode)
            or _named_inside_report(t, subj)
        )
        if mode == "parenthetical" and _quoted(doc[t.i : b_tok + 1]):
            # 'That, Kress said, “made it easier” for the paper to go ahead': the quoted
            # words are part of the reported clause (read as one, like a clause's fragment)
            cand.mode = "clause"
        return cand

    def _pointing(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """', pointing to polls that showed X' (after a speech clause): the evidence
        named; 'pushed back on the idea that X' / 'against a report that X'."""
        doc = p.doc
        lemma = t.lemma_.lower()
        if lemma == "point":
            if not (t.tag_ == "VBG" and t.dep_ == "advcl" and doc[t.left_edge.i - 1].text == ","):
                return None
            if not is_cue(t.head):
                return None
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            if pobj is None or not any(
                c.dep_ in ("relcl", "acl") and c.i > pobj.i for c in pobj.children
            ):
                return None
            a_tok, b_tok = pobj.left_edge.i, t.right_edge.i
        else:
            if not any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in t.children):
                return None
            prep = next(
                (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against")),
                None,
            )
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            if (
                pobj is None
                or pobj.lemma_.lower() not in _IDEA_NOUNS
                or not any(
                    c.dep_ in ("acl", "ccomp", "relcl") and _that_marked(c) and _has_subject(c)
                    for c in pobj.children
                )
            ):
                return None
            a_tok, b_tok = pobj.left_edge.i, pobj.right_edge.i
        while b_tok > a_tok and doc[b_tok].is_punct and doc[b_tok].text not in ("”", '"'):
            b_tok -= 1
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 8:
            return None
        cue, ca, cb = _cue_text(t, [prep])
        subj = subject_of(t)
        if subj is None:
            # "Dillon in his radio interview pushed back": the name hung on the verb
            subj = next(
                (c for c in t.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"),
                None,
            )
        return Candidate(
            "indirect",
            start,
            end,
            pi,
            cue,
            (p.offset + ca, p.offset + cb),
            t.i,
            subj.i if subj is not None else None,
            mode="object",
            lemma=lemma,
        )

    def _noun_clause(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'his remark Tuesday that X', 'comments last year by Y that X', 'her claim that
        X': a speech noun with a that-clause and its speaker (the possessor, the by-agent)."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _SPEECH_NOUNS:
            return None
        doc = p.doc
        k = t.i + 1
        src = next((c for c in t.children if c.dep_ == "poss"), None)
        # skip a time phrase and a by-agent between the noun and "that"
        steps = 0
        while k < len(doc) and steps <= 6 and doc[k].lower_ != "that":
            if (
                doc[k].tag_ == "VBN"
                and doc[k].head.i == t.i
                and src is None
                and k + 1 < len(doc)
                and doc[k + 1].lower_ == "by"
            ):
                k += 1  # "allegations made by X that": the participle before the by-agent
                continue
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                return None
            if doc[k].lower_ == "by" and src is None and k + 1 < len(doc):
                src = next((g for g in doc[k].children if g.dep_ == "pobj"), None)
                if src is not None and src.right_edge.i + 2 < len(doc):
                    # "comments by Roger Stone, a longtime associate, that ..."
                    k = src.right_edge.i + 1
                    if doc[k].text == ",":
                        k += 1
                    if doc[k].lower_ != "that":
                        return None  # "comments by all of them, then it was agreed that"
                    continue
            k += 1
            steps += 1
        if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark" or src is None:
            return None
        clause = doc[k].head
        if not _has_subject(clause) or clause.i <= k:
            return None
        b_tok = clause.right_edge.i
        if t.dep_ in ("nsubj", "nsubjpass") and k < t.head.i <= b_tok:
            b_tok = t.head.i - 1  # "the chief's admission that X angered the board"
        while b_tok > k and doc[b_tok].is_punct and doc[b_tok].text not in ("”", '"', "’"):
            b_tok -= 1
        start, end = self._span(p, k + 1, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, src.i, "clause", "say", inner=True)

    def _colon_message(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'responding to the reports with a simple message: We told you so.' The words
        after the colon, said by the subject of the verb the message goes with."""
        doc = p.doc
        if t.text != ":" or t.i == 0 or t.i + 2 >= len(doc):
            return None
        noun = doc[t.i - 1]
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "to"
            and noun.head.head.lemma_.lower() in _PLEA_NOUNS
        ):
            noun = noun.head.head  # "made an urgent appeal to the farmers: X"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "VERB":
            noun = next(
                (
                    c
                    for c in noun.head.head.children
                    if c.dep_ == "dobj" and c.lemma_.lower() in _PLEA_NOUNS
                ),
                noun,
            )
        if noun.lemma_.lower() not in _MESSAGE_NOUNS | _PLEA_NOUNS or noun.pos_ != "NOUN":
            return None
        verb = noun.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB":
            return None
        subj = subject_of(verb) or _left_subject(verb)
        if subj is None or subj.i > t.i:
            return None
        text = self.text
        pos = p.offset + t.idx + 1
        _, s_b = _sentence_bounds(text, pos + 1, p.offset, p.offset + len(p.text))
        start, end = trim_content(text, pos, s_b)
        if end - start < 6 or text[start] in '“"‘':
            return None  # a quotation after the colon is a direct quote
        return _indirect_at(pi, p, verb, start, end, subj.i, "colon", "say")

    def _stance_that(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'were categorical that X', 'was hopeful that X' (a stance adjective with a
        that-clause), 'gave assurances that X' (a pledge noun given): the subject's words."""
        word = t.lemma_.lower()
        if t.pos_ == "ADJ" and word in _STANCE_ADJS and t.dep_ == "acomp":
            verb = t.head
            if verb.lemma_ not in ("be", "remain") or any(c.dep_ == "neg" for c in verb.children):
                return None
            holders = [verb, t]
        elif t.pos_ == "NOUN" and word in _ISSUED_NOUNS and t.dep_ == "dobj":
            # "gave assurances that X", "issued a stern warning (on Sunday) that X"
            verb = t.head
            if verb.lemma_.lower() not in _ISSUING_VERBS or any(
                c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't") + _MODALS
                for c in verb.children
            ):
                return None
            holders = [t, verb]
        else:
            return None
        clause = next(
            (
                c
                for h in holders
                for c in h.children
                if c.dep_ in ("ccomp", "acl", "relcl")
                and c.i > t.i
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > t.i for m in c.children)
                and _has_subject(c)
            ),
            None,
        )
        subj = subject_of(verb)
        if clause is None or subj is None or subj.i > t.i:
            return None
        a_tok = next(m.i for m in clause.children if m.dep_ == "mark") + 1
        b_tok = clause.right_edge.i
        a_tok, b_tok = refine(verb, a_tok, b_tok, "clause")
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, subj.i, "clause", "say")

    def _backed_idea(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'supported the idea of an electoral pact', 'opposed the notion that X': a
        position taken on an idea named, the idea being what was said."""
        if t.pos_ != "VERB" or t.lemma_.lower() not in ("support", "back", "endorse", "oppose"):
            return None
        if any(c.dep_ in ("neg", "auxpass") for c in t.children):
            return None
        dobj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if dobj is None or dobj.lemma_.lower() not in ("idea", "notion"):
            return None
        if not (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in dobj.children)
            or _that_clause_of(dobj) is not None
        ):
            return None
        subj = subject_of(t)
        if subj is None or subj.i > t.i:
            return None
        a_tok, b_tok = refine(t, dobj.left_edge.i, dobj.right_edge.i, "object")
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, subj.i, "object", t.lemma_.lower())

    def _fear_is(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'For Democrats, the fear is that the slump will deepen': a belief of the people
        the sentence opens with."""
        doc = p.doc
        if t.dep_ != "nsubj" or t.lemma_.lower() not in _BELIEF_NOUNS or t.head.lemma_ != "be":
            return None
        be = t.head
        clause = next(
            (
                c
                for c in be.children
                if c.dep_ in ("ccomp", "attr", "advcl")
                and c.i > t.i
                and _that_marked(c)
                and _has_subject(c)
            ),
            None,
        )
        fr = next((c for c in be.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if clause is None or fr is None or fr.i > t.i:
            return None
        src = next((g for g in fr.children if g.dep_ == "pobj"), None)
        if src is None:
            # "For Democrats already bracing for X": the name parsed as the participle's
            src = next((g for g in fr.subtree if g.dep_ == "nsubj"), None)
        if src is None or src.pos_ not in ("PROPN", "NOUN"):
            return None
        a_tok = next(m.i for m in clause.children if m.dep_ == "mark") + 1
        b_tok = clause.right_edge.i
        while b_tok > a_tok and doc[b_tok].is_punct:
            b_tok -= 1
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 10:
            return None
        return _indirect_at(pi, p, t, start, end, src.i, "clause", "fear")

    def _citing(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """'X, the Courier reported, citing advisers who heard him': the people cited are a
        second source of what the report says (the cited people are no content)."""
        src = next((c for c in t.children if c.dep_ == "dobj"), None)
        if src is None or not (
            src.ent_type_ in ("PERSON", "ORG", "NORP")
            or src.lemma_.lower() in _ANONYMOUS_SOURCES
            or src.lemma_.lower() in ("expert", "analyst", "document", "report", "memo", "email")
        ):
            return None
        base = self._reported(pi, p, t.head)
        if base is None:
            return None
        cue, ca, cb = _cue_text(t)
        return Candidate(
            "indirect",
            base.start,
            base.end,
            pi,
            cue,
            (p.offset + ca, p.offset + cb),
            t.i,
            src.i,
            mode="citing",
            lemma="cite",
            inner=True,
        )

    def _phrasal(self, pi: int, p: Para, t: Token) -> Candidate | None:
        """Speech said by a phrase, not a speech verb: 'has led calls for X', 'renewed
        calls for Y' (content: X), 'made it clear that Z', 'wanted it to be clear that Z'."""
        doc = p.doc
        verb = extra = None
        a_tok = b_tok = None
        mode = "for"
        if (
            t.lemma_.lower() == "call"
            and t.pos_ == "NOUN"
            and t.dep_ == "dobj"
            and t.head.lemma_.lower() in CALL_VERBS
        ):
            fr = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            pobj = next((g for g in fr.children if g.dep_ == "pobj"), None) if fr else None
            if pobj is not None and pobj.ent_type_ != "PERSON":
                verb, extra = t.head, [t, fr]
                a_tok, b_tok = pobj.left_edge.i, pobj.right_edge.i
        elif t.lower_ == "clear" and t.pos_ == "ADJ":
            it = any(doc[k].lower_ == "it" for k in range(max(0, t.i - 3), t.i))
            verb = t.head if t.dep_ in ("ccomp", "oprd", "xcomp") else None
            if t.dep_ == "acomp" and t.head.lemma_.lower() == "be":
                verb = t.head.head if t.head.dep_ in ("ccomp", "xcomp") else None
            if verb is None or verb.lemma_.lower() not in ("make", "want"):
                return None
            if not it and not (verb.lemma_.lower() == "make" and verb.i == t.i - 1):
                return None  # "made it clear that X", "made clear (in a call) (that) X"

            def that_clause(g: Token) -> bool:
                # (after "made (it) clear" the clause may come without "that")
                that = _that_marked(g)
                return that or g.dep_ == "ccomp" and g.left_edge.i == t.i + 1

            clause = next(
                (
                    g
                    for g in t.head.subtree
                    if g.i > t.i
                    and g.dep_ in ("ccomp", "advcl")
                    and that_clause(g)
                    and _has_subject(g)
                ),
                None,
            )
            if clause is None:
                return None
            extra = list(doc[verb.i + 1 : t.i + 1])
            a_tok, b_tok = clause.left_edge.i, clause.right_edge.i
            if doc[a_tok].lower_ == "that":
                a_tok += 1
            mode = "clause"
        if verb is None or a_tok is None or any(c.dep_ == "neg" for c in verb.children):
            return None
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return None
        a_tok, b_tok = refine(verb, a_tok, b_tok, mode)
        start, end = self._span(p, a_tok, b_tok)
        if end - start < 4:
            return None
        cue, ca, cb = _cue_text(verb, extra)
        subj = subject_of(verb)
        return Candidate(
            "indirect",
            start,
            end,
            pi,
            cue,
            (p.offset + ca, p.offset + cb),
            verb.i,
            subj.i if subj is not None else None,
            mode=mode,
            lemma="call" if mode == "for" else "say",
        )

    def _according(self, pi: int, p: Para, t: Token) -> Candidate | None:
        doc = p.doc
        to = doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            # parser sometimes hangs the object on "according"
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        if t.head.dep_ in ("relcl", "acl") or pobj.lemma_.lower() in (
            "doctrine",
            "law",
            "rule",
            "tradition",
            "custom",
            "plan",
            "schedule",
        ):
            return None  # "... according to the Monroe Doctrine": no source of speech
        text = self.text
        pos = p.offset + t.idx
        s_a, s_b = _sentence_bounds(text, pos, p.offset, p.offset + len(p.text))
        if any(x.text in ("“", '"', "”") for x in doc[max(0, t.i - 3) : t.i]):
            # a quotation credited with "according to" is a direct quote, unless the
            # quoted words only end a longer sentence of the writer's ('... on the need
            # “to get on the same page,” according to a person briefed')
            open_ = text.rfind("“", s_a, pos)
            if open_ < 0:
                open_ = text.rfind('"', s_a, text.rfind('"', s_a, pos))
            if open_ < 0 or len(re.findall(r"\w+", text[s_a:open_])) < 4:
                return None
        # the source NP ends at the first comma after the head (drop relative clauses)
        head_end = p.offset + pobj.idx + len(pobj.text)
        after = re.search(r",\s*", text[head_end:s_b])
        # another "according to" earlier in the sentence: this one only covers the
        # stretch after it ('His mood, according to A, has soured — calling them
        # “inept,” according to B')
        prev_acc = [
            p.offset + x.idx
            for x in doc
            if x.lower_ == "according"
            and x.i + 1 < len(doc)
            and doc[x.i + 1].lower_ == "to"
            and s_a <= p.offset + x.idx < pos
        ]
        next_acc = [
            p.offset + x.idx
            for x in doc
            if x.lower_ == "according"
            and x.i + 1 < len(doc)
            and doc[x.i + 1].lower_ == "to"
            and pos < p.offset + x.idx < s_b
        ]
        lo = s_a
        if prev_acc:
            m_prev = re.search(r",\s*", text[prev_acc[-1] : pos])
            lo = prev_acc[-1] + m_prev.end() if m_prev else pos
            dash = max(text.rfind(" — ", lo, pos), text.rfind(" -- ", lo, pos))
            if dash > lo:
                lo = dash + 3
        hi = s_b
        if next_acc:
            dash = max(text.rfind(" — ", pos, next_acc[0]), text.rfind(" -- ", pos, next_acc[0]))
            hi = dash if dash > pos else next_acc[0]
        before = text[lo:pos].rstrip()
        verb_before = any(x.pos_ in ("VERB", "AUX") and lo <= p.offset + x.idx < pos for x in doc)
        prev_word = re.search(r"(\w+)\s*,$", before)
        that_is = re.fullmatch(r"(?:That|This|It)(?:’s|'s| is| was)", before.strip())
        if that_is:
            # "That's according to the panel": the previous sentence is the content
            start, end = self._previous_sentence(pi, p, s_a)
            if start is None:
                return None
        elif (
            prev_word
            and prev_word.group(1).lower() in _SUBORDINATORS
            and after
            and len(text[head_end + after.end() : hi].strip()) > 10
        ):
            # "detailed how, according to their experts, Moscow was helping him"
            start, end = head_end + after.end(), hi
        elif (
            before.endswith(",")
            and not verb_before
            and after
            and len(text[head_end + after.end() : hi].strip()) > 10
        ):
            # "The plan, according to a memo, would exempt Canada": the whole sentence
            start, end = lo, hi
            if next_acc:
                start = head_end + after.end()
        elif before:
            start, end = lo, pos
        else:
            m = re.search(r",\s*", text[head_end:hi])
            if not m:
                return None
            start, end = head_end + m.end(), hi
        start, end = trim_indirect(text, start, end)
        if end - start < 10:
            return None
        anonymous = pobj.lemma_.lower() in _ANONYMOUS_SOURCES or bool(that_is)
        for x in doc:
            if (
                not anonymous
                and is_cue(x)
                and x.lemma_.lower() not in ("according",)
                and start <= p.offset + x.idx < end
                and x.dep_ in ("ROOT", "conj")
                and any(c.dep_ == "nsubj" and c.i < x.i for c in x.children)
                and any(c.dep_ == "ccomp" for c in x.children)
            ):
                # "the ministry said ..., according to the news agency": the agency only
                # carries the report; the speech is the ministry's own statement (people
                # briefed on a meeting are a source of their own)
                return None
        src = pobj
        if {pobj.lower_, pobj.lemma_.lower()} & (self.gz.evidence_nouns | _SOURCE_DOCS):
            # "according to data from the CDC", "according to a report by X": who issued it
            src = next(
                (
                    g
                    for c in pobj.children
                    if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
                    for g in c.children
                    if g.dep_ == "pobj"
                    and g.pos_ == "PROPN"
                    and g.ent_type_ not in ("DATE", "TIME")
                ),
                pobj,
            )
        return Candidate(
            "indirect",
            start,
            end,
            pi,
            "according to",
            (pos, p.offset + to.idx + len(to.text)),
            t.i,
            src.i,
            mode="according",
            lemma="according",
        )

    def _previous_sentence(self, pi: int, p: Para, s_a: int) -> tuple[int | None, int]:
        """The sentence before the one starting at s_a (the previous paragraph's last)."""
        text = self.text
        if s_a > p.offset:
            a, b = _sentence_bounds(text, s_a - 2, p.offset, p.offset + len(p.text))
        else:
            k = pi - 1
            while k >= 0 and not self.paras[k].text.strip():
                k -= 1
            if k < 0:
                return None, 0
            q = self.paras[k]
            end = q.offset + len(q.text.rstrip())
            a, b = _sentence_bounds(text, end - 1, q.offset, q.offset + len(q.text))
        a, b = trim_indirect(text, a, b)
        return (a, b) if b - a >= 10 else (None, 0)

    # -- press releases ------------------------------------------------------------------
    def transcript(self, index) -> list[Candidate]:
        """Q&A transcripts: 'Mao Ning: China firmly opposes ...' paragraphs are direct
        statements of the named speaker (questions are not)."""
        out = []
        interviewee = None
        for pi, p in enumerate(self.paras):
            am = _ANSWER_LABEL.match(p.text)
            if am:
                # "A: That the cheap things matter ...": the answer of the person the
                # interview is with (the person named most before the first answer)
                if interviewee is None:
                    counts: dict[str, int] = {}
                    for mm in index.mentions:
                        if mm.start >= p.offset:
                            break
                        a = index.actors.get(mm.actor)
                        if a is not None and a.kind == "person" and not mm.in_quote:
                            counts[a.name] = counts.get(a.name, 0) + 1
                    interviewee = max(counts, key=counts.get) if counts else ""
                body = p.text[am.end() :].rstrip()
                if interviewee and len(re.findall(r"\w+", body)) >= 3:
                    a, b = trim_content(self.text, p.offset + am.end(), p.offset + len(p.text))
                    cand = Candidate("direct", a, b, pi, mode="transcript")
                    cand.speaker_hint = interviewee
                    cand.speaker_span = None
                    out.append(cand)
                continue
            m = re.match(r"^([A-Z][\w.'’ -]{1,40}?)\s*:\s+(\S.*)$", p.text, re.S)
            if not m:
                continue
            body = m.group(2).rstrip()
            if body.endswith("?") or len(re.findall(r"\w+", body)) < 4:
                continue
            if re.match(
                r"(?:I have no (?:information|comment)|No comment|I would refer you|"
                r"I'd refer you|I will not comment|I don't have)",
                body,
                re.I,
            ):
                continue  # content-free answers
            label_end = m.end(1)
            toks = [t for t in p.doc if t.idx < label_end]
            if not toks:
                continue
            mention = index.mention_at(p, toks[-1])
            if mention is None or index.actors[mention.actor].kind not in (
                "person",
                "government",
                "ministry",
                "organisation",
            ):
                continue
            if (
                mention.start != p.offset + toks[0].idx
                and mention.start > p.offset + toks[0].idx + 12
            ):
                continue
            a, b = trim_content(self.text, p.offset + m.start(2), p.offset + len(p.text))
            cand = Candidate("direct", a, b, pi, mode="transcript")
            cand.speaker_hint = mention.actor
            cand.speaker_span = (mention.start, mention.end)
            out.append(cand)
        return out

    def embedded_posts(self, index, credits: list[tuple[int, str]]) -> list[Candidate]:
        """An embedded post ("The government has nothing to hide. pic.twitter.com/..." over
        "— Grace Tembo (@GraceTembo) September 8, 2025"): the paragraph right above the
        credit is a direct statement of its author when the author is a person or a body
        named in the article, not the outlet's own caption."""
        out = []
        for credit_start, name in credits:
            prev = [
                (pi, p)
                for pi, p in enumerate(self.paras)
                if p.offset + len(p.text) <= credit_start
                and re.fullmatch(
                    r"\s*(?:(?:pic\.twitter\.com|https?://)\S*)?\s*",
                    self.text[p.offset + len(p.text) : credit_start],
                )
            ]
            if not prev:
                continue
            pi, p = prev[-1]
            key = fold(name)
            actor = None
            for a in index.actors.values():
                forms = {fold(a.name)} | {fold(x) for x in a.aliases}
                if key in forms:
                    actor = a
                    break
            if actor is None:
                words = name.split()
                if not (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
                    continue
                if self.gz.outlet_name(name) or self.gz.org_name(name):
                    continue
                if {fold(w) for w in words} & (MEDIA_WORDS | ORGISH_WORDS):
                    continue
                actor = index.actor(name, "person")
            if actor.kind in ("media", "other", "country"):
                continue
            a, b = trim_content(self.text, p.offset, p.offset + len(p.text))
            if len(re.findall(r"\w+", self.text[a:b])) < 4:
                continue
            cand = Candidate("direct", a, b, pi, mode="transcript")
            cand.speaker_hint = actor.name
            ns = self.text.find(name, credit_start)
            cand.speaker_span = (ns, ns + len(name)) if ns >= 0 else None
            out.append(cand)
        return out

    def press_release(
        self, issuer_country: str | None, other_spans: list[Candidate]
    ) -> list[Candidate]:
        out = []
        for pi, p in enumerate(self.paras):
            if not getattr(p, "press", False):
                continue
            a, b = p.offset, p.offset + len(p.text)
            # paragraphs that quote or report someone else are not the ministry's own position
            other = False
            for c in other_spans:
                if c.para == pi and c.kind == "direct":
                    other = True
                if c.para == pi and c.kind == "indirect" and c.subject_token is not None:
                    subj = p.doc[c.subject_token]
                    if subj.lower_ in ("we", "it", "ministry", "government", "country"):
                        continue  # the issuer or its own government taking a position
                    if issuer_country and self.gz.any_country_iso(subj.text) == issuer_country:
                        continue
                    if subj.ent_type_ in ("PERSON",) or (
                        subj.ent_type_ == "" and subj.pos_ == "PROPN"
                    ):
                        other = True
            if other:
                continue
            if len(re.findall(r"\w+", self.text[a:b])) < 8:
                continue
            out.append(Candidate("direct", a, b, pi, mode="press"))
        return out
