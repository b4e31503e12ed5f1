"""Reading, normalisation, metadata and date resolution (no spaCy needed)."""

import datetime as dt

import pytest

from statements.extraction import dates, metadata
from statements.extraction.reading import ReadError, decode_bytes, normalize, read_file


def test_it_rejects_empty_and_whitespace_files(tmp_path):
    for content in (b"", b"   \n\t\n"):
        f = tmp_path / "empty.txt"
        f.write_bytes(content)
        with pytest.raises(ReadError, match="empty"):
            read_file(f)


def test_it_rejects_binary_files(tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(b"PK\x03\x04\x00\x00binary\x00stuff")
    with pytest.raises(ReadError, match="binary"):
        read_file(f)


def test_it_rejects_files_larger_than_the_limit(tmp_path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * 100)
    with pytest.raises(ReadError, match="too large"):
        read_file(f, max_bytes=50)


def test_it_falls_back_to_cp1252_with_a_warning():
    text, warnings = decode_bytes("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"))
    assert text == "Caf\u00e9 \u201cquoted\u201d"
    assert warnings == ["decoded as cp1252"]


def test_it_keeps_the_bom_and_crlf_in_the_raw_text(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes("\ufeffTitle\r\nBody line.\r\n".encode())
    text, warnings = read_file(f)
    assert text.startswith("\ufeffTitle\r\n") and warnings == []


def test_normalisation_maps_offsets_back_to_the_raw_text():
    raw = "\ufeffA\u00a0b\r\nSecond \u201cline\u201d\r\n"
    norm = normalize(raw)
    assert norm.text == "A b\nSecond \u201cline\u201d\n"
    start = norm.text.index("line")
    a, b = norm.to_raw(start, start + 4)
    assert raw[a:b] == "line"
    a, b = norm.to_raw(0, 3)
    assert raw[a:b] == "A\u00a0b"


RSS = """
Ministers Meet Again Over River Dispute
Officials say progress was made.
On Tuesday, the ministers met in the capital.
RELATED:
Another Headline About Something
More body text here.
— Harbour Times English (@harbourtimes) March 4, 2025
HT/ PQ
Sources: Reuters – EFE
From Harbour Times English via This RSS Feed.
"""


def test_rss_metadata_uses_trailer_credits_and_tweet_date():
    meta, layout = metadata.parse(RSS)
    assert meta.title == "Ministers Meet Again Over River Dispute"
    assert meta.publisher == "Harbour Times English"
    assert meta.published is None
    assert meta.credits == ["Reuters", "EFE"]
    assert meta.byline == "PQ"
    assert layout.anchor == dt.date(2025, 3, 4)
    kinds = [p.kind for p in layout.paragraphs]
    assert kinds.count("related") == 2 and kinds[0] == "title"


def test_wire_dateline_gives_place_and_publisher():
    text = (
        "Ministers agree on grain corridor\nMarch 7, 2025\n\n"
        "OSLO, March 7 (Reuters) - Norway said on Friday it would fund the corridor.\n"
    )
    meta, layout = metadata.parse(text)
    assert meta.dateline_place == "Oslo"
    assert meta.publisher == "Reuters"
    assert meta.published == dt.date(2025, 3, 7)
    body = layout.body[0]
    assert text[body.start :].startswith("Norway said")


def test_ap_dateline_and_byline():
    text = "Headline here\nBy JANE ROE\nJune 5, 2025\n\nLISBON (AP) — The minister spoke.\n"
    meta, _ = metadata.parse(text)
    assert meta.publisher == "The Associated Press"
    assert meta.byline == "JANE ROE"
    assert meta.dateline_place == "Lisbon"


def _resolve(expr, anchor, future=False):
    (m,) = dates.find_dates(expr)
    return dates.resolve(m, anchor, future=future)


SAT = dt.date(2026, 1, 3)  # a Saturday


def test_weekday_equal_to_the_anchor_is_the_anchor_day():
    assert _resolve("on Saturday", SAT) == SAT
    assert _resolve("on Thursday", SAT) == dt.date(2026, 1, 1)


def test_future_weekday_is_the_next_one():
    assert _resolve("on Monday", SAT, future=True) == dt.date(2026, 1, 5)


def test_month_day_and_year_boundaries():
    assert _resolve("Jan. 3", SAT) == SAT
    assert _resolve("Dec. 30", dt.date(2026, 1, 2)) == dt.date(2025, 12, 30)
    assert _resolve("16 May 2025", None) == dt.date(2025, 5, 16)
    assert _resolve("Tuesday, August 12, 2025", None) == dt.date(2025, 8, 12)


def test_relative_and_vague_dates():
    assert _resolve("yesterday", SAT) == dt.date(2026, 1, 2)
    assert _resolve("last week", SAT) is None
    assert _resolve("in January", SAT) is None
