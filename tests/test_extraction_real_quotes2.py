"""Reported-speech cues, frames and spans found on real news, second round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_object_to_verbs_take_push_and_implore(nlp):
    body = (
        "Tomas Kress implored the elders to vote. "
        "Two senators are pushing their colleagues to reject the deal."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "elders").content == "the elders to vote"
    s = by_content(ex, "colleagues")
    assert s.content == "their colleagues to reject the deal"
    assert s.speaker == "Two senators"


def test_elaborated_after_a_quote_and_hinted_that(nlp):
    body = (
        "Ola Berg met the press. "
        '"We will win this fight in the end," she elaborated. '
        "Berg hinted on Monday that she would run for the seat."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "We will win")
    assert s.kind == "direct" and s.speaker == "Ola Berg"
    s = by_content(ex, "would run")
    assert s.content == "she would run for the seat" and s.speaker == "Ola Berg"


def test_warned_against_and_rebuked_for(nlp):
    body = (
        "Ola Berg warned the rebels against seeking a military solution. "
        "Spokeswoman Lena Varga rebuked envoy Piet Olsen for blaming Norland for the delays. "
        "Tomas Kress rebuked the aides behind the leaks."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "rebels")
    assert s.content == "the rebels against seeking a military solution"
    assert s.speaker == "Ola Berg"
    s = by_content(ex, "Piet Olsen")
    assert s.content == "envoy Piet Olsen for blaming Norland for the delays"
    assert s.speaker == "Lena Varga"
    assert not [x for x in ex.statements if "aides" in x.content]


def test_a_court_ruled(nlp):
    body = (
        "Ola Berg's order was unlawful, the High Court has ruled. "
        "The court also ruled that the fine must be repaid. "
        "The court ruled out a retrial."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "order was unlawful").content == "Ola Berg's order was unlawful"
    assert by_content(ex, "fine must").content == "the fine must be repaid"
    assert not [x for x in ex.statements if "retrial" in x.content]


def test_inverted_cue_after_a_fronted_clause(nlp):
    body = "Talks will resume in May, revealed Foreign Minister Ola Berg after meeting Tomas Kress."
    _, ex = run(nlp, body)
    s = by_content(ex, "Talks will resume")
    assert s.content == "Talks will resume in May" and s.speaker == "Ola Berg"


def test_fronted_clause_the_parser_left_unattached(nlp):
    body = (
        "Ola Berg spoke in Velsk. "
        "The only way to reach that is for the rebels to stop fighting, she stressed. "
        "In the capital, she said."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "only way")
    assert s.content == "The only way to reach that is for the rebels to stop fighting"
    assert s.speaker == "Ola Berg"
    assert len(ex.statements) == 1


def test_quoted_verb_keeps_its_clause(nlp):
    body = (
        'Ola Berg, in responding to a question by the Daily Star, said the bloc "understands" '
        "the fears."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "understands")
    assert s.content == 'the bloc "understands" the fears' and s.speaker == "Ola Berg"


def test_a_person_cited_by_an_outlet_keeps_the_report(nlp):
    body = (
        "But Omar Tal said no party wanted a delay, state radio said. "
        "Finance Minister Lena Holt has called for lower tariffs, saying they hurt exporters, "
        "the state news agency reported."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "no party")
    assert s.content == "no party wanted a delay" and s.speaker == "Omar Tal"
    holt = {s.content for s in ex.statements if s.speaker == "Lena Holt"}
    assert {"lower tariffs", "they hurt exporters"} <= holt


def test_speech_in_a_relative_clause(nlp):
    body = "The plan needs a vote, which party leaders said would not happen."
    _, ex = run(nlp, body)
    s = by_content(ex, "would not happen")
    assert s.content == "would not happen" and s.speaker == "party leaders"


def test_two_clauses_fronted_before_the_cue(nlp):
    body = (
        "Results are unlikely soon, but some issues would be handled routinely, Minister Ola "
        "Berg said."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "handled routinely")
    assert s.content.startswith("Results are unlikely soon")


def test_participle_cue_does_not_take_the_main_clauses_conjunct(nlp):
    body = 'Ola Berg apologised, telling MPs it was "a mistake", and will meet leaders on Friday.'
    _, ex = run(nlp, body)
    assert by_content(ex, "mistake").content == 'it was "a mistake"'


def test_narrated_clause_with_a_participle_and_a_plain_demand(nlp):
    body = (
        "An official said Ola Berg confronted Tomas Kress, showing him the letter, and demanded "
        "an answer."
    )
    _, ex = run(nlp, body)
    assert len(ex.statements) == 1
    assert ex.statements[0].content.endswith("and demanded an answer")


def test_a_condition_after_a_call_is_part_of_it(nlp):
    body = (
        'In a post, Ola Berg urged "tough sanctions" against Norland if it rejects "a full '
        'ceasefire."'
    )
    _, ex = run(nlp, body)
    assert len(ex.statements) == 1
    s = ex.statements[0]
    assert s.cue == "urged" and "if it rejects" in s.content


def test_resisted_calling_is_no_statement(nlp):
    body = "The agency resisted calling the outbreak an emergency."
    _, ex = run(nlp, body)
    assert ex.statements == []


def test_a_relative_clause_with_its_own_speaker_is_cut_off(nlp):
    body = (
        "Ola Berg said he would fight any attempt to oust him, which his allies warned would "
        "hurt the markets. "
        "Tomas Kress had said the meeting would explore a restart, which he had said meant "
        "above all a ceasefire plan. "
        "Lena Holt suggested that the city could build more flats, which she described as "
        "the biggest pressure on budgets."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "oust him").content == "he would fight any attempt to oust him"
    s = by_content(ex, "hurt the markets")
    assert s.content == "would hurt the markets" and s.speaker == "his allies"
    assert by_content(ex, "explore").content == "the meeting would explore a restart"
    s = by_content(ex, "ceasefire plan")
    assert s.content == "meant above all a ceasefire plan" and s.speaker == "Tomas Kress"
    assert by_content(ex, "more flats").content.endswith("the biggest pressure on budgets")


def test_a_cue_participle_after_an_appeal_is_a_statement_of_its_own(nlp):
    body = "Norland urged Veldia to withdraw its troops, calling for talks."
    _, ex = run(nlp, body)
    assert by_content(ex, "Veldia").content == "Veldia to withdraw its troops"
    assert by_content(ex, "talks").cue == "calling for"


def test_span_ends_and_continuations(nlp):
    body = (
        "An aide said it was only a proposal, one of many that had been updated. "
        "The Daily Star reported that Norland drafted a plan, with tensions already high over "
        "the border. "
        "Ola Berg noted that the case had a messy history that included three lawyers, "
        "shifting arguments and late motions."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "proposal").content.endswith("one of many that had been updated")
    assert by_content(ex, "drafted").content == "Norland drafted a plan"
    assert by_content(ex, "messy history").content.endswith("late motions")


def test_no_statements_from_inferences_questions_and_convening(nlp):
    body = (
        "Ola Berg ducked a question about what he hoped the meeting would achieve. "
        "Mayor Ida Lund called the meeting to discuss budgets. "
        "Their accounts matched, suggesting that Berg misled them. "
        "In a delay that some say may have cost lives, the board waited."
    )
    _, ex = run(nlp, body)
    assert ex.statements == []
