"""Shared helpers for the extraction tests: short texts written for the tests."""

from statements.extraction.pipeline import extract


def run(nlp, body, title="Test headline for the article", header="Monday, March 3, 2025"):
    """Extract from ``body`` under a title and a dated header line; (text, extraction)."""
    text = f"{title}\n{header}\n\n{body}\n"
    return text, extract(text, nlp=nlp)


def by_content(ex, fragment):
    """The first statement whose content holds ``fragment`` (fails listing them if none)."""
    found = [s for s in ex.statements if fragment in s.content]
    assert found, f"no statement containing {fragment!r}: {[s.content for s in ex.statements]}"
    return found[0]
