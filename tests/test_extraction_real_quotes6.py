"""Reported-speech cues, frames and spans found on real news, sixth round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_blamed_x_on_y(nlp):
    body = "The Norland government blamed the blackout on saboteurs from the north."
    _, ex = run(nlp, body)
    s = by_content(ex, "saboteurs")
    assert s.content == "the blackout on saboteurs from the north"
    assert s.cue == "blamed"


def test_referred_to_x_as_y_and_views_x_as_y(nlp):
    body = (
        "But the Riverton council has referred to the guards as volunteers from the army. "
        "Norland views the small island as a lost province to be returned to the mainland. "
        "The court referred the case to a judge. Investors viewed the footage."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "volunteers")
    assert s.content == "the guards as volunteers from the army"
    assert s.speaker == "Riverton council"
    s = by_content(ex, "lost province")
    assert s.content == "the small island as a lost province to be returned to the mainland"
    assert s.speaker == "Norland"
    assert len(ex.statements) == 2


def test_a_profile_casting_x_as_y_is_the_papers(nlp):
    body = "On Sunday, the Riverton Herald ran a profile casting her as the port’s “iron lady.”"
    _, ex = run(nlp, body)
    s = by_content(ex, "iron lady")
    assert s.content == "her as the port’s “iron lady.”"
    assert s.speaker == "Riverton Herald"


def test_object_folded_into_the_name_it_is_given(nlp):
    body = (
        "Tomas Kress calls the leaflet misleading and says it tried to scare voters. "
        "The Riverton Herald dubbed her the port’s “guardian.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "leaflet")
    assert s.content == "the leaflet misleading" and s.speaker == "Tomas Kress"
    s = by_content(ex, "guardian")
    assert s.content == "her the port’s “guardian.”" and s.speaker == "Riverton Herald"


def test_called_on_a_day_for_x_to_and_the_time_of_the_call(nlp):
    body = (
        "Mayor Ilsa Brun called on Wednesday for Norland to drop its tariffs as the dispute "
        "entered its fifth month. She urged them to vote as their parents did."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "tariffs")
    assert s.content == "Norland to drop its tariffs"
    assert s.speaker == "Ilsa Brun"
    s = by_content(ex, "vote")
    assert s.content == "them to vote as their parents did"


def test_reported_hearing(nlp):
    body = "In an earlier account, another witness reported hearing explosions soon after."
    _, ex = run(nlp, body)
    s = by_content(ex, "explosions")
    assert s.content == "hearing explosions soon after"
    assert s.speaker == "another witness"


def test_spokesperson_called_on_read_as_a_noun_phrase(nlp):
    body = "A Riverton council spokesperson called on unions to play “their part as well.”"
    _, ex = run(nlp, body)
    s = by_content(ex, "their part")
    assert s.content == "unions to play “their part as well.”"
    assert "spokesperson" in s.speaker


def test_responding_to_a_suggestion_is_not_speech(nlp):
    body = (
        "Responding to the suggestion that the city is giving away too much, Mayor Ilsa Brun "
        "said: “No, we are not.”"
    )
    _, ex = run(nlp, body)
    assert [s.content for s in ex.statements] == ["No, we are not."]


def test_with_casualties_reported_has_no_reporter(nlp):
    body = (
        "On Sunday fighting was reported at Elm village when rebels attacked troops who had "
        "occupied the village with many army casualties reported, including officers."
    )
    _, ex = run(nlp, body)
    assert ex.statements == []


def test_what_x_call_a_quoted_name_is_a_label(nlp):
    body = (
        "The strike is to press for the roll-back of what unions call "
        '"process of selling off the ports".'
    )
    _, ex = run(nlp, body)
    assert ex.statements == []


def test_which_is_billed_as_is_the_reporters(nlp):
    body = (
        "Talks failed and the dockers said they will continue the strike, which is being "
        "billed as the biggest industrial action since 1977."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "continue")
    assert s.content == "they will continue the strike"


def test_and_then_after_a_past_perfect_is_the_next_act(nlp):
    body = (
        "Ilsa Brun said she had not seen the letter and then ignored a follow-up question. "
        "Tomas Kress said the army had shelled the town and killed ten people."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "letter").content == "she had not seen the letter"
    s = by_content(ex, "shelled")
    assert s.content == "the army had shelled the town and killed ten people"


def test_warning_x_will_read_as_the_subject_of_the_clause(nlp):
    body = (
        "Norland on Thursday urged Mayor Ilsa Brun to retract her remarks, warning Riverton "
        'will otherwise "bear all the consequences."'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "consequences")
    assert s.content == 'Riverton will otherwise "bear all the consequences."'
    assert s.speaker == "Norland" and s.cue == "warning"


def test_told_x_on_a_day_then_the_clause_before_media_reported(nlp):
    body = (
        "Mayor Ilsa Brun told her Norland counterpart on Thursday (Oct 6) she would not allow "
        "new bases in the port under the deal, media reported."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "new bases")
    assert s.content == "she would not allow new bases in the port under the deal"
    assert s.speaker == "Ilsa Brun" and s.cue == "told"


def test_a_gerund_conjoined_inside_the_charge(nlp):
    body = "Tomas Kress accused her of “bullying” and “threatening” councillors."
    _, ex = run(nlp, body)
    s = by_content(ex, "bullying")
    assert s.content == "her of “bullying” and “threatening” councillors"


def test_on_his_reported_statement_is_what_the_clause_is_about(nlp):
    body = "Ilsa Brun said that Kress should come clean on his reported statement."
    _, ex = run(nlp, body)
    s = by_content(ex, "come clean")
    assert s.content == "Kress should come clean on his reported statement"


def test_a_negative_subject_says_nothing(nlp):
    body = (
        "Neither the sources nor the defence ministry say which group was responsible. "
        "Nobody said the port was closed. No official said the bridge was shut. "
        "No 10 said the minister was not involved."
    )
    _, ex = run(nlp, body)
    assert [s.content for s in ex.statements] == ["the minister was not involved"]


def test_and_he_urged_x_to_is_a_second_statement(nlp):
    body = (
        "Speaking at the council, Ilsa Brun said the accusations this week were "
        '"just wrong" and she urged Tomas Kress to take action.'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "just wrong")
    assert s.content == 'the accusations this week were "just wrong"'
    s = by_content(ex, "take action")
    assert s.content == "Tomas Kress to take action" and s.cue == "urged"


def test_threatening_on_a_day_on_a_medium_to(nlp):
    body = (
        "Her remarks drew a backlash, with Consul Tomas Kress threatening Saturday on X to "
        '"cut off all trade without hesitation."'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "cut off")
    assert s.content == 'to "cut off all trade without hesitation."'
    assert "Tomas Kress" in s.speaker


def test_a_bare_clause_after_the_place_of_a_quotes_cue_is_a_relative(nlp):
    body = "“Nobody answered,” Tomas Berg said in the kitchen of the flat he can no longer afford."
    _, ex = run(nlp, body)
    assert [s.content for s in ex.statements] == ["Nobody answered"]


def test_said_a_gerund_subject_with_a_dash_aside(nlp):
    body = (
        "Speaking in Riverton, Ilsa Brun said extending the life of the plants — which are "
        "due to close at the end of the year — would only save about 2% of gas use."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "2% of gas")
    assert s.content == (
        "extending the life of the plants — which are due to close at the end of the year — "
        "would only save about 2% of gas use"
    )
    assert s.speaker == "Ilsa Brun"
