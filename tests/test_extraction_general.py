"""General rules added while testing the extractor on the independent corpus
(bench/corpus): short texts written for these tests."""

import pytest

from statements.extraction.pipeline import extract, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, body, title="Test headline for the article", header="Monday, March 3, 2025"):
    text = f"{title}\n{header}\n\n{body}\n"
    return text, extract(text, nlp=nlp)


def by_content(ex, fragment):
    found = [s for s in ex.statements if fragment in s.content]
    assert found, f"no statement containing {fragment!r}: {[s.content for s in ex.statements]}"
    return found[0]


def test_title_with_unlisted_topic_is_stripped_from_the_name(nlp):
    _, ex = run(
        nlp,
        "“The lake is drying faster than we thought,” said Water Resources Minister "
        "Dalia Orbek, speaking in the capital.",
    )
    assert by_content(ex, "The lake is drying").speaker == "Dalia Orbek"


def test_occupation_before_a_name_is_no_part_of_it(nlp):
    _, ex = run(nlp, "Forecaster Maren Lid said the storm would reach the coast by Friday evening.")
    assert by_content(ex, "the storm would reach").speaker == "Maren Lid"


def test_ministry_with_any_topic_and_the_ministry_later(nlp):
    _, ex = run(
        nlp,
        "Peru’s mining ministry on Monday suspended two licences. "
        "The ministry said the companies had ignored safety rules for months.",
    )
    s = by_content(ex, "the companies had ignored")
    assert s.speaker == "Ministry of Mining of Peru"


def test_unknown_country_owning_a_ministry_and_a_government(nlp):
    _, ex = run(
        nlp,
        "Varnesia’s government accused Tollmark of closing the border to "
        "Varnesian lorries. "
        "Tollmark’s foreign ministry rejected the claim. In a statement, it said the "
        "Tollmarkian border had been closed for repairs.",
    )
    assert by_content(ex, "Tollmark of closing").speaker == "Government of Varnesia"
    s = by_content(ex, "had been closed for repairs")
    assert s.speaker == "Ministry of Foreign Affairs of Tollmark"
