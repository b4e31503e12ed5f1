"""Article layout seen on real wire copy: datelines, wire credits, bylines, section labels and
numeric dates (short texts of our own, fictional names)."""

import datetime as dt

from statements.extraction import dates, metadata
from statements.extraction.pipeline import extract

DECK = "A short deck that sums up the story in one plain sentence.\n\n"


def _parse(body, head="Ministers trade words over quotas\n\n"):
    text = head + body + "\n"
    meta, layout = metadata.parse(text)
    return text, meta, layout


def _read(text, layout):
    """The read part of the body paragraph that opens with a dateline."""
    p = next(p for p in layout.body if p.start != p.line_start)
    return text[p.start : p.end]


def test_tass_slash_dateline_gives_place_and_wire_and_is_cut_off(nlp):
    body = (
        DECK + "VELMORA, March 28. /ITAR-TASS/. The new quotas will not be left without a "
        "response, foreign ministry spokesman Ivo Brandt said on Friday."
    )
    text, meta, layout = _parse(body)
    assert meta.dateline_place == "Velmora"
    assert meta.publisher == "ITAR-TASS" and meta.credits == ["ITAR-TASS"]
    assert _read(text, layout).startswith("The new quotas")
    ex = extract(text, nlp=nlp)
    (s,) = [s for s in ex.statements if "new quotas" in s.content]
    assert "TASS" not in s.content and s.speaker == "Ivo Brandt"


def test_wire_in_brackets_after_a_day_with_double_hyphen():
    text, meta, layout = _parse("ROSKOVO, March 3 (Xinhua) -- The council adopted the text.")
    assert meta.dateline_place == "Roskovo" and meta.publisher == "Xinhua"
    assert _read(text, layout).startswith("The council")


def test_title_case_known_place_before_an_en_dash_is_a_dateline():
    text, meta, layout = _parse(DECK + "Berlin – Chancellor Anna Weiler has promised more aid.")
    assert meta.dateline_place == "Berlin"
    assert _read(text, layout).startswith("Chancellor Anna Weiler")


def test_a_name_before_a_dash_is_no_dateline():
    _, meta, layout = _parse("Markus – a farmer from the valley – said the harvest was late.")
    assert meta.dateline_place is None and layout.dateline_span is None


def test_colon_dateline_known_capital_and_all_caps_with_a_day():
    text, meta, layout = _parse("OSLO: The two ministers met on Friday.")
    assert meta.dateline_place == "Oslo"
    assert _read(text, layout).startswith("The two ministers")
    _, meta, _ = _parse("PORT ELLIS, May 15: The minister rejected the appeal.")
    assert meta.dateline_place == "Port Ellis"


def test_labels_before_a_colon_or_dash_are_no_datelines():
    for body in (
        "WHY IT MATTERS: The vote decides the budget.",
        "EXCLUSIVE — The ministry kept the report back.",
    ):
        _, meta, layout = _parse(body)
        assert meta.dateline_place is None and layout.dateline_span is None, body


def test_circulated_story_note_gives_the_publisher_and_caps_dateline_follows():
    body = (
        "(Reuters circulated the following story on April 14.)\n\n"
        "NORTHCLIFF — No further talks are scheduled, the union said."
    )
    text, meta, layout = _parse(body)
    assert meta.publisher == "Reuters" and meta.credits == ["Reuters"]
    assert meta.dateline_place == "Northcliff"
    assert _read(text, layout).startswith("No further talks")


def test_outlet_after_a_byline_and_outlet_dateline_are_credits():
    body = "By Ada Lint and Tom Vree, CNN\n\n(CNN) — The two senators may have to wait."
    text, meta, layout = _parse(body)
    assert meta.byline == "Ada Lint and Tom Vree"
    assert meta.publisher == "CNN" and meta.credits == ["CNN"]
    assert meta.dateline_place is None
    assert _read(text, layout).startswith("The two senators")
    assert {"Ada Lint", "Tom Vree"} <= layout.excluded_names


def test_bare_wire_credit_at_the_start_of_the_body():
    for lead in ("AFP - ", "(AFP) - "):
        text, meta, layout = _parse(DECK + lead + "The president urged a truce on Monday.")
        assert meta.credits == ["AFP"] and meta.publisher == "Agence France-Presse"
        assert _read(text, layout).startswith("The president")


def test_section_label_is_no_publisher_and_numeric_date_is_read():
    _, meta, _ = _parse(
        "The minister spoke on Wednesday.", head="Title\n\nWORLD | 21-02-2024 22:08\n\n"
    )
    assert meta.publisher is None
    assert meta.published == dt.date(2024, 2, 21)


def test_bare_byline_before_a_dateline():
    body = "Mira Castell\n\nPORT ELLIS, May 15: The minister rejected the appeal."
    _, meta, layout = _parse(body)
    assert meta.byline == "Mira Castell" and "Mira Castell" in layout.excluded_names
    assert meta.dateline_place == "Port Ellis"


def _num(expr, day_first=None):
    (m,) = [d for d in dates.find_dates(expr, day_first=day_first) if d.kind == "full"]
    return dates.resolve(m, None)


def test_numeric_dates_day_or_month_first():
    assert _num("on 21-02-2024") == dt.date(2024, 2, 21)  # 21 can only be the day
    assert _num("on 02/21/2024") == dt.date(2024, 2, 21)
    assert _num("on 03/04/2024") == dt.date(2024, 3, 4)  # slashes: US month first
    assert _num("on 03.04.2024") == dt.date(2024, 4, 3)  # dots and dashes: day first
    assert _num("on 03/04/2024", day_first=True) == dt.date(2024, 4, 3)
    assert dates.day_first_text("It met on 16 May 2025 and on 2 June 2025.") is True
    assert not [d for d in dates.find_dates("version 1.2.3.2024") if d.kind == "full"]


def test_a_country_before_a_dash_is_no_dateline():
    _, meta, _ = _parse("Norway – the largest buyer of the fish – said it would wait.")
    assert meta.dateline_place is None


def test_an_outlet_before_a_dash_and_lower_case_text_is_no_credit():
    _, meta, layout = _parse("Reuters – the agency said on Monday – was first with the news.")
    assert meta.credits == [] and layout.dateline_span is None


def test_wire_credit_glued_to_the_first_word(nlp):
    text = (
        "Aides blame the hackers\n\n(CNN)Maria Lopez's former aides blamed Ruritania for the "
        "outage, saying the attack had been planned for months.\n"
    )
    ex = extract(text, nlp=nlp)
    assert "CNN" in ex.source.credits
    assert not any(a.name.startswith("CNN)") for a in ex.actors)
