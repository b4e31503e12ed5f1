"""Reported-speech cues, frames and spans found on real news, third round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_said_that_with_a_clause_opening_on_a_time_phrase(nlp):
    body = (
        "On social media platform X, Ben-Tal said that 80 years after the war, Norland was "
        "once again supporting rebels."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "supporting rebels")
    assert s.content == "80 years after the war, Norland was once again supporting rebels"
    assert s.speaker == "Ben-Tal"


def test_called_and_described_in_a_relative_clause(nlp):
    body = (
        "Pavel Ruiz met Norland's deputy envoy, Ilsa Brun, who called the visit “a good start.” "
        "Tomas Kress later held a call with Ruiz, which he described as a “frank exchange.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "good start")
    assert s.content == "the visit “a good start.”" and s.speaker == "Ilsa Brun"
    s = by_content(ex, "frank exchange")
    assert s.content.startswith("a “frank exchange") and s.speaker == "Tomas Kress"


def test_describing_a_pronoun_as(nlp):
    body = "Ilsa Brun cursed the rebels, describing them as enemies of Norland."
    _, ex = run(nlp, body)
    s = by_content(ex, "enemies")
    assert s.content == "them as enemies of Norland" and s.speaker == "Ilsa Brun"


def test_participle_inside_an_according_to_report(nlp):
    body = (
        "The talks touched on the mediators, but Tomas Kress voiced doubts about the rebels, "
        "describing them as a “criminal gang,” according to the statement."
    )
    _, ex = run(nlp, body)
    s = [x for x in ex.statements if x.content.startswith("them as")]
    assert s and s[0].content.startswith("them as a “criminal gang")
    assert s[0].speaker == "Tomas Kress"


def test_noun_objects_of_highlighted_lauded_and_expressed_support_for(nlp):
    body = (
        "Mayor Ilsa Brun highlighted the city's record on safety and the value of parks. "
        "Pavel Ruiz lauded the region's growth. "
        "Tomas Kress expressed support for the miners and their families. "
        "Lena Varga expressed concern."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "record on safety")
    assert s.content == "the city's record on safety and the value of parks"
    assert by_content(ex, "growth").content == "the region's growth"
    s = by_content(ex, "miners")
    assert s.content == "support for the miners and their families" and s.speaker == "Tomas Kress"
    assert not [x for x in ex.statements if x.speaker == "Lena Varga"]


def test_rejected_any_notion_that(nlp):
    body = (
        "Pavel Ruiz rejected any notion that Norland would yield, and maintained that the "
        "border will stay shut. Tomas Kress did reject criticism from his rival."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "yield").content == "any notion that Norland would yield"
    assert by_content(ex, "border").content == "the border will stay shut"
    assert not [x for x in ex.statements if "criticism" in x.content]


def test_proposes_to_and_threatening_to_by_means_of(nlp):
    body = (
        "The Norland union is raising pressure on the firms by threatening to extend its "
        "strike unless it sees progress by Friday. "
        "Mayor Ilsa Brun proposes to “rebuild the old harbour.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "extend its strike")
    assert s.content.endswith("unless it sees progress by Friday")
    assert s.speaker == "Norland union"
    s = by_content(ex, "rebuild")
    assert s.kind == "indirect" and s.speaker == "Ilsa Brun"


def test_a_plea_before_a_colon(nlp):
    body = (
        "On Friday Ilsa Brun made an urgent plea to the farmers: The council should release "
        "the funds at once."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "release the funds")
    assert s.content.startswith("The council should") and s.speaker == "Ilsa Brun"


def test_a_quoted_clause_after_and_runs_on_past_a_time_phrase(nlp):
    body = (
        "The Norland Courier cited a senior source saying Tuesday that headway had been made "
        "and a “deal could come in the next 24-48 hours.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "headway")
    assert s.content.endswith("a “deal could come in the next 24-48 hours.”")


def test_the_reporters_clause_after_the_report_stays_out(nlp):
    body = (
        "Ministers denied the plan was shelved, as critics gathered outside. "
        "The ministry said it expects Lima to comply, and the terms remain unclear. "
        "Mayor Ilsa Brun says she has no plan to sack her deputy, Pavel Ruiz, while she has "
        "also defended the treasurer amid reports of friction. "
        "Two councillors had vowed to block debate over their objections to the budget — "
        "including a long session that ran past midnight. "
        "Tomas Kress welcomed the deal but cautioned he’s a “realist,” indicating he’s not "
        "counting anything as done until the vote."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "shelved").content == "the plan was shelved"
    assert by_content(ex, "comply").content == "it expects Lima to comply"
    assert by_content(ex, "no plan").content == "she has no plan to sack her deputy, Pavel Ruiz"
    s = by_content(ex, "block debate")
    assert s.content == "to block debate over their objections to the budget"
    assert by_content(ex, "realist").content.startswith("he’s a “realist")
    assert "indicating" not in by_content(ex, "realist").content


def test_bare_added_and_added_with_a_condition_first(nlp):
    body = (
        "The party leader added the council did not believe in these rules. "
        "Mayor Ilsa Brun added if the council's majority was not decreased, then talks of "
        "mergers were useless."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "did not believe")
    assert s.content == "the council did not believe in these rules" and s.cue == "added"
    s = by_content(ex, "majority")
    assert s.content.startswith("if the council's majority was not decreased, then talks")
    assert s.speaker == "Ilsa Brun"


def test_reminded_x_that_with_quoted_words(nlp):
    body = (
        "Pavel Ruiz reminded the US president that Norland "
        '"continues to pay in blood for what we did for USA".'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "pay in blood")
    assert s.content == 'Norland "continues to pay in blood for what we did for USA"'
    assert s.speaker == "Pavel Ruiz"


def test_stance_adjectives_and_assurances_with_a_that_clause(nlp):
    body = (
        "Aides to Ilsa Brun were categorical that she had not attended the dinner. "
        "Tomas Kress gave assurance that the police were investigating the theft. "
        "Diplomats from Norland were hopeful that this round would be different. "
        "The envoys were not confident that the deal would hold."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "dinner").content == "she had not attended the dinner"
    s = by_content(ex, "investigating")
    assert s.content == "the police were investigating the theft" and s.speaker == "Tomas Kress"
    assert by_content(ex, "this round").content == "this round would be different"
    assert not [x for x in ex.statements if "hold" in x.content]


def test_saying_a_quoted_subject_after_a_name_taken_from_its_preposition(nlp):
    body = (
        "Ilsa Brun urged the electorate to vote for Pavel Ruiz saying 'the old man' has the "
        'country\'s best interests at heart. "Support him," Brun said.'
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "electorate").content == "the electorate to vote for Pavel Ruiz"
    s = by_content(ex, "old man")
    assert s.content == "'the old man' has the country's best interests at heart"
    assert s.speaker == "Ilsa Brun"


def test_a_standfirst_quoting_with_single_marks_over_a_double_quoting_body(nlp):
    body = (
        "‘Prices will fall soon,’ minister says, as the premier tells traders: ‘Be patient’\n\n"
        "Finance Minister Ilsa Brun said on Monday that “the worst is over” for Norland."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "Prices will fall")
    assert s.kind == "direct" and s.content == "Prices will fall soon"
    assert by_content(ex, "Be patient").kind == "direct"


def test_a_summary_line_under_the_title(nlp):
    body = (
        "Head of Norland council says he seeks no feud with Tarvia\n\n"
        "Mayor Ilsa Brun says rebel attack contained in the region with ‘more raids soon’.\n\n"
        "Pavel Ruiz, the head of the council, spoke to reporters on Monday."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "no feud").content == "he seeks no feud with Tarvia"
    s = by_content(ex, "rebel attack")
    assert s.content == "rebel attack contained in the region with ‘more raids soon’"
    assert s.speaker == "Ilsa Brun"


def test_a_second_verb_of_plural_speakers_inside_the_reported_clause(nlp):
    body = (
        "Council leaders say the town is short of money after the failure of the mayor to "
        "raise taxes and warn that libraries will close."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "short of money")
    assert s.content == "the town is short of money after the failure of the mayor to raise taxes"
    s = by_content(ex, "libraries")
    assert s.content == "libraries will close" and s.speaker == "Council leaders"


def test_a_concession_in_a_fronted_report(nlp):
    body = (
        "Vanta Inc. could be on the verge of a quarterly record for car sales, though the "
        "carmaker will need to go “all out” in the last few days of the month, CEO Rui Tam "
        "wrote in a memo."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "quarterly record")
    assert s.content.endswith("go “all out” in the last few days of the month")
    assert s.speaker == "Rui Tam"


def test_asked_for_x_to_be_done_and_supported_the_idea_of(nlp):
    body = (
        "The Norland council also asked for a court order to be extended to stop lorries "
        "being parked at the port. Ilsa Brun asked for help. "
        "Mayor Pavel Ruiz supported the idea of a pact with the Greens. "
        "Tomas Kress did not support the idea of a pact."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "court order")
    assert s.content.startswith("a court order to be extended") and s.speaker == "Norland council"
    assert not [x for x in ex.statements if "help" in x.content]
    s = by_content(ex, "Greens")
    assert s.content == "the idea of a pact with the Greens" and s.speaker == "Pavel Ruiz"
    assert not [x for x in ex.statements if x.speaker == "Tomas Kress"]
