"""Reported-speech cues, frames and spans found on real news, fifth round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_voiced_optimism_that(nlp):
    body = "Ilsa Brun has voiced optimism that Norland is warming to the idea of new talks."
    _, ex = run(nlp, body)
    s = by_content(ex, "warming")
    assert s.content == "Norland is warming to the idea of new talks"
    assert s.speaker == "Ilsa Brun" and s.cue == "voiced"


def test_made_clear_with_a_phrase_before_that_and_without_that(nlp):
    body = (
        "Mayor Ilsa Brun made clear in a call with reporters this morning that the city is "
        "“ready for a long fight.” Tomas Kress spoke next. But he made clear the ruling was "
        "only based on the current lack of funds."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "long fight")
    assert s.content == "the city is “ready for a long fight.”"
    assert s.speaker == "Ilsa Brun" and s.cue == "made clear"
    s = by_content(ex, "lack of funds")
    assert s.content == "the ruling was only based on the current lack of funds"
    assert s.speaker == "Tomas Kress"


def test_issued_a_stern_warning_that(nlp):
    body = (
        "Mayor Ilsa Brun issued a stern warning on Sunday that the city would run out of "
        "water by June. The mood soured after the mayor had issued a stark warning that "
        "the unions could use the strike to hurt her and acknowledged that time had run out."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "run out of water")
    assert s.content == "the city would run out of water by June"
    assert s.speaker == "Ilsa Brun" and "warning" in s.cue
    s = by_content(ex, "hurt her")
    assert s.content == "the unions could use the strike to hurt her"
    assert s.speaker == "Ilsa Brun"
    s = by_content(ex, "time had run out")
    assert s.speaker == "Ilsa Brun" and s.cue == "acknowledged"


def test_allegations_made_by_x_that(nlp):
    body = (
        "The inquiry followed allegations made by the port chief Tomas Kress that customs "
        "records were forged during the strike."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "forged")
    assert s.content == "customs records were forged during the strike"
    assert s.speaker == "Tomas Kress"


def test_both_x_and_y_said(nlp):
    body = "Both Mayor Ilsa Brun and the Riverton council said the bridge plan was dead."
    _, ex = run(nlp, body)
    s = by_content(ex, "bridge plan")
    assert s.content == "the bridge plan was dead"
    assert s.speaker == "Ilsa Brun"
