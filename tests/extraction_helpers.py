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


def speaks_for(ex, statement):
    """The body a statement's speaker speaks for: the parent of an unnamed spokesperson
    ("A spokesperson for X" speaks for X), else the speaker itself."""
    actor = next((a for a in ex.actors if a.name == statement.speaker), None)
    return actor.parent if actor is not None and actor.parent else statement.speaker
