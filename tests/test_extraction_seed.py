"""The seed teleSUR article end to end (the repository's own sample, not the dev set)."""

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from statements.extraction.pipeline import extract_file, load_nlp

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_95098a1e481c5395.txt"


@pytest.fixture(scope="module")
def seed():
    nlp = load_nlp()
    t = time.perf_counter()
    ex = extract_file(SEED, nlp=nlp)
    ex.elapsed = time.perf_counter() - t
    return ex


def test_seed_metadata(seed):
    src = seed.source
    assert src.title == "The Kremlin’s call adds geopolitical dimension to ongoing events."
    assert src.publisher == "teleSUR English"
    assert src.credits == ["RT", "teleSUR"]
    assert src.byline == "JF"
    assert src.published is None  # an RSS dump carries no publication date


def test_seed_russian_ministry_direct_quote(seed):
    (s,) = [s for s in seed.statements if s.content.startswith("In view of the confirmed reports")]
    assert s.kind == "direct"
    assert s.content.endswith("through dialogue")
    assert s.speaker == "Ministry of Foreign Affairs of Russia"
    assert seed.text[s.speaker_span[0] : s.speaker_span[1]] == "the Russian diplomacy"
    assert s.cue == "said"
    assert s.date == dt.date(2026, 1, 3)
    assert seed.text[s.content_span[0] : s.content_span[1]] == s.content


def test_seed_lavrov_reported_statement_resolves_the_pronoun(seed):
    (s,) = [s for s in seed.statements if s.content.startswith("Russia would continue to support")]
    assert s.kind == "indirect"
    assert s.speaker == "Sergey Lavrov"
    assert seed.text[s.speaker_span[0] : s.speaker_span[1]] == "He"
    assert s.cue == "affirmed"
    assert s.date == dt.date(2026, 1, 3)
    lavrov = next(a for a in seed.actors if a.name == "Sergey Lavrov")
    assert lavrov.kind == "person" and lavrov.country == "RU"


def test_seed_actors_and_metonyms(seed):
    names = {a.name: a for a in seed.actors}
    assert names["Government of Russia"].kind == "government"
    assert "Moscow" in names["Government of Russia"].aliases
    assert names["teleSUR English"].kind == "media"
    assert "Madelein Garcia" in names  # correspondent named in the text
    assert "JF" not in names  # byline initials are no actor
    for st in seed.statements:
        assert st.speaker is None or st.speaker in names


def test_seed_is_json_serialisable_and_fast(seed):
    d = seed.to_dict()
    json.dumps(d)
    assert d["statements"] and d["events"]
    assert seed.elapsed < 1.0


def test_seed_names_in_statements_and_events_are_actors(seed):
    names = {a.name for a in seed.actors}
    for st in seed.statements:
        assert set(st.about) <= names
        assert seed.text[st.content_span[0] : st.content_span[1]] == st.content
    for ev in seed.events:
        assert set(ev.participants) <= names
    lavrov_call = [e for e in seed.events if e.kind == "phone_call"]
    assert lavrov_call and lavrov_call[0].date == dt.date(2026, 1, 3)
    assert "Sergey Lavrov" in lavrov_call[0].participants
