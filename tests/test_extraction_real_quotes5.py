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


def test_cue_with_its_phrase_set_off_by_commas_mid_clause(nlp):
    body = "This, the Riverton council said in a statement, was due to the heavy rain in March."
    _, ex = run(nlp, body)
    s = by_content(ex, "heavy rain")
    assert s.content == (
        "This, the Riverton council said in a statement, was due to the heavy rain in March"
    )
    assert s.speaker == "Riverton council"


def test_that_clause_after_a_time_phrase_of_the_cue(nlp):
    body = (
        "Ilsa Brun warned after her sacking as finance minister that there is no plan for "
        "the port. Tomas Kress resigned after hearing that the port was sold."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "no plan")
    assert s.content == "there is no plan for the port" and s.speaker == "Ilsa Brun"
    assert not [x for x in ex.statements if "was sold" in x.content]


def test_reported_subject_with_a_relative_clause_read_as_the_object(nlp):
    body = (
        "Tomas Kress said the meeting with Ilsa Brun, who was flying home from Sudia, was “useful.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "useful")
    assert s.content == (
        "the meeting with Ilsa Brun, who was flying home from Sudia, was “useful.”"
    )
    assert s.speaker == "Tomas Kress"


def test_narrator_verdict_after_a_ruling(nlp):
    body = (
        "The Norland High Court has ruled that the harbour levy is unlawful, in a major blow "
        "for Mayor Ilsa Brun’s promise to “fix the port”."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "levy")
    assert s.content == "the harbour levy is unlawful"


def test_speakers_next_act_in_the_narrators_tense(nlp):
    body = (
        "Tomas Kress said they see Norland as having “good roads for us” and then listed six "
        "towns in the north."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "good roads")
    assert s.content == "they see Norland as having “good roads for us”"


def test_commissive_verbs_with_a_noun_object(nlp):
    body = (
        "Tomas Kress sought to move on from a bad year on Wednesday, pledging a renewed "
        "commitment to safety. He vowed a “safety first” culture and promised investment in "
        "the firm's engineers, who critics say have lost influence. The Norland government "
        "pledged $10 million to the fund."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "renewed")
    assert s.content == "a renewed commitment to safety" and s.speaker == "Tomas Kress"
    assert by_content(ex, "culture").content == "a “safety first” culture"
    s = by_content(ex, "investment")
    assert s.content == "investment in the firm's engineers" and s.speaker == "Tomas Kress"
    assert not [x for x in ex.statements if "million" in x.content]


def test_according_to_data_from_a_body(nlp):
    body = (
        "The death is the first from measles in a decade in Norland, according to data from "
        "the Norland Health Agency."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "measles")
    assert s.speaker == "Norland Health Agency" and s.cue == "according to"


def test_what_a_court_or_a_report_found(nlp):
    body = (
        "The Norland High Court heard the case in May. The justices found there would be a "
        "risk of harm to the children. The police found that the door was open. The jury "
        "found the men guilty."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "risk of harm")
    assert s.content == "there would be a risk of harm to the children" and s.cue == "found"
    assert not [x for x in ex.statements if "door" in x.content or "guilty" in x.content]


def test_fronted_clause_with_a_with_phrase_runs_up_to_the_cue(nlp):
    body = (
        "Floods show no sign of easing, with the first two weeks of May setting new records, "
        "the Riverton council added."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "easing")
    assert s.content == (
        "Floods show no sign of easing, with the first two weeks of May setting new records"
    )


def test_calling_a_long_object_a_quoted_name_parsed_into_the_object(nlp):
    body = (
        "Ilsa Brun took aim at the mayor, calling his decision to use the emergency clause an "
        "“unprecedented abuse of power.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "abuse")
    assert s.content == (
        "his decision to use the emergency clause an “unprecedented abuse of power.”"
    )
    assert s.speaker == "Ilsa Brun"


def test_fronted_clause_was_quoted_as_saying_by_an_outlet(nlp):
    body = (
        "The levy is at odds with the current talks on trade, Tomas Kress was quoted as "
        "saying by the Norland Times."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "levy")
    assert s.content == "The levy is at odds with the current talks on trade"
    assert s.speaker == "Tomas Kress"


def test_time_phrase_after_a_quoted_name_dates_the_calling(nlp):
    body = (
        "Ilsa Brun characterized a reporter as “rude” and the questions he asked as "
        "“unfair” after her defeat in the final on Tuesday."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "rude")
    assert s.content == "a reporter as “rude” and the questions he asked as “unfair”"


def test_participle_set_off_by_commas_between_subject_and_cue(nlp):
    body = "The Norland Times, also citing unnamed sources, said Mayor Ilsa Brun will resign."
    _, ex = run(nlp, body)
    s = by_content(ex, "resign")
    assert s.content == "Mayor Ilsa Brun will resign" and s.speaker == "Norland Times"
