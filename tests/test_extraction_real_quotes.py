"""Reported-speech spans and cues found on real news (texts and names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_coordinated_clause_after_the_reported_clause_belongs_to_it(nlp):
    body = (
        "Marta Olsen said she had also spoken with the harbour board, but she received a "
        "different answer. "
        "Piet Kramer said Norland needs to be part of the solution, but must drop its support "
        "for the rebels."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "spoken with the harbour board")
    assert s.content.endswith("she received a different answer")
    s = by_content(ex, "part of the solution")
    assert s.content.endswith("must drop its support for the rebels")


def test_narrators_coordinated_clause_stays_out(nlp):
    body = (
        "Marta Olsen said the harbour would reopen on Friday, and left the room. "
        "Piet Kramer said he heard criticism from colleagues, but the veteran harbour "
        "politician was unrepentant."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "harbour would reopen").content == "the harbour would reopen on Friday"
    s = by_content(ex, "heard criticism")
    assert s.content == "he heard criticism from colleagues"


def test_indefinite_apposition_and_trailing_adjuncts_stay_in_the_content(nlp):
    body = (
        "Tomas Berg said he met the commanders on Mount Kessel, a windy plateau just inside "
        "the border. "
        "Lina Vos said the firm bought the patent in 1998 to reuse mixed glass, or cullet, "
        "in the melting process."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "met the commanders").content.endswith("just inside the border")
    assert by_content(ex, "bought the patent").content.endswith("in the melting process")


def test_coordinated_verb_in_a_relative_clause_is_no_new_cue(nlp):
    body = (
        "Anja Roos said there could be no return to the days in which the militia held the "
        "ridge and fired shells into the valley."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "no return").content.endswith("fired shells into the valley")


def test_cues_with_a_bare_noun_object_or_no_speech_are_no_statements(nlp):
    body = (
        "Foreign Minister Rosa Lind reiterated her country's claim to the islands on Monday. "
        "Lind conveyed her displeasure to her counterpart over the visit. "
        "Minister Olaf Brenn recalled what the prime minister has said on the issue. "
        "Talks in Velsk ended without agreement on calling for an immediate truce."
    )
    _, ex = run(nlp, body)
    assert ex.statements == []


def test_short_unpunctuated_paragraph_is_a_subhead(nlp):
    body = (
        "Brenn condemns the offensive\n\n"
        "Olaf Brenn said the offensive had entered a new phase and must stop at once."
    )
    _, ex = run(nlp, body)
    assert [s.content for s in ex.statements] == [
        "the offensive had entered a new phase and must stop at once"
    ]


def test_a_charge_someone_denies_does_not_report_the_sentence_before(nlp):
    body = (
        "Defence Minister Rosa Lind has long accused Velsland of hiding its missile stocks, a "
        "charge Velsk denies."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "of hiding its missile stocks")
    assert s.content.startswith("Velsland of hiding")
    assert s.speaker == "Rosa Lind"


def test_position_noun_clause_as_phrase_and_object_of_after_a_date(nlp):
    body = (
        "Foreign Minister Rosa Lind maintained the government's line that any truce must be "
        "lasting. "
        "Senator Piet Kramer described the motion to end debate as a mere show. "
        "Glasswerk accused Ardmore in 2019 of copying its furnace design."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "truce").content == "any truce must be lasting"
    assert by_content(ex, "motion").content == "the motion to end debate as a mere show"
    s = by_content(ex, "copying")
    assert s.content == "Ardmore in 2019 of copying its furnace design"
    assert s.speaker == "Glasswerk"


def test_speech_verb_in_a_contact_relative_reports_the_gap_clause(nlp):
    body = "The deal did not deal with the rota issues critics said helped prompt the walkout."
    _, ex = run(nlp, body)
    (s,) = ex.statements
    assert s.content == "helped prompt the walkout"


def test_that_clause_after_material_between_cue_and_that(nlp):
    body = (
        "Allies of the mayor have suggested to those who will listen that Brenn would resign "
        "before the summer. "
        "President Anna Varga told the summit she had come to Velsk hoping for a truce."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "Brenn would").content == "Brenn would resign before the summer"
    s = by_content(ex, "hoping for a truce")
    assert s.content == "she had come to Velsk hoping for a truce"
    assert s.speaker == "Anna Varga"


def test_phrasal_cues_calls_for_promise_to_and_make_it_clear(nlp):
    body = (
        "Foreign Minister Rosa Lind has led calls for a larger monitoring mission. "
        "President Anna Varga has promised Norland to finance new power lines. "
        "Minister Ana Ortiz made it clear that she would oppose the merger."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "monitoring mission")
    assert (s.content, s.speaker) == ("a larger monitoring mission", "Rosa Lind")
    s = by_content(ex, "power lines")
    assert (s.content, s.speaker) == ("to finance new power lines", "Anna Varga")
    s = by_content(ex, "oppose the merger")
    assert (s.content, s.speaker) == ("she would oppose the merger", "Ana Ortiz")


def test_citing_quoted_words_after_a_main_clause(nlp):
    body = (
        "Senator Piet Kramer explained his vote in a long letter, citing a “crisis in the "
        "harbour” that must be addressed. "
        "The city council banned night trading, citing congestion and safety."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "crisis in the")
    assert s.speaker == "Piet Kramer"
    assert not [x for x in ex.statements if "congestion" in x.content]


def test_reporters_aside_after_a_dash_and_gloss_after_a_comma(nlp):
    body = (
        "Foreign Minister Rosa Lind says there could still be new sanctions on the generals "
        "— even though allies ignored her call for new measures. "
        "Officials in Velsk accuse the pair of entering the country as tourists in order to "
        "gather information for a rival service, allegations their family has rejected."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "new sanctions")
    assert s.content == "there could still be new sanctions on the generals"
    s = by_content(ex, "entering the country")
    assert s.content.endswith("in order to gather information for a rival service")


def test_place_before_a_dash_is_no_subject(nlp):
    body = "Oslo – Chancellor Rosa Lind has promised Norland to finance new power lines."
    _, ex = run(nlp, body)
    assert by_content(ex, "power lines").speaker == "Rosa Lind"


def test_quoted_fragment_inside_reported_clause_does_not_end_it(nlp):
    body = (
        "The city hall issued a statement saying it was still “hopeful” the vote will "
        "happen — but that Mayor Tom Hale would be fine if it did not. "
        "The council issued a statement Friday saying “we regret the confusion” about "
        "Senator Ann Dorsey’s account of the meeting."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "hopeful")
    assert s.content.endswith("but that Mayor Tom Hale would be fine if it did not")
    s = by_content(ex, "regret the confusion")
    assert s.content.startswith("“we regret the confusion” about Senator")


def test_colon_quote_inside_reported_clause_keeps_both(nlp):
    body = (
        "Senator Ann Dorsey posted on her blog that during a council meeting, one rival "
        "told Hale: “I cannot stand to look at you.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "during a council meeting")
    assert (s.content, s.speaker) == ("during a council meeting, one rival told Hale", "Ann Dorsey")
    assert by_content(ex, "I cannot stand").kind == "direct"


def test_quote_completing_a_bare_subject(nlp):
    body = (
        "Senator Piet Kramer was blunt. Brenn “has been really bad on this. The worst in "
        "the cabinet,” Kramer said."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "really bad")
    assert s.content == "has been really bad on this. The worst in the cabinet"
    assert s.speaker == "Piet Kramer"


def test_announce_and_express_need_a_clause_or_quote(nlp):
    body = (
        "So far Senators Ann Dorsey and Bo Lind have announced support for the plan. "
        "Minister Rosa Lind expressed her appreciation for bipartisan unity. "
        "Mayor Tom Hale highlighted the critical challenges of a rising Norland. "
        "Senator Piet Kramer expressed optimism that a veto can be upheld."
    )
    _, ex = run(nlp, body)
    # "announced support" stays no statement; outside annotators of the third real-news
    # round did count what a speaker "expressed" or "highlighted" (a noun phrase with
    # content), so those are statements now
    assert [s.content for s in ex.statements] == [
        "her appreciation for bipartisan unity",
        "the critical challenges of a rising Norland",
        "a veto can be upheld",
    ]
    assert ex.statements[-1].speaker == "Piet Kramer"


def test_speech_after_other_than_to_and_answering_back_after_a_quote(nlp):
    body = (
        "Mayor Tom Hale defended the port deal on Monday. Afterwards, the city hall declined "
        "to elaborate other than to reiterate that the mayor does not believe anyone lied. "
        "“So what is your plan? Close the port?” Hale challenged the councillors."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "anyone lied")
    assert s.content == "the mayor does not believe anyone lied"
    s = by_content(ex, "Close the port")
    assert s.kind == "direct" and s.speaker == "Tom Hale"


def test_indirect_questions_and_how_clauses(nlp):
    body = (
        "Senator Ann Dorsey asked if Norland needed to update its foreign policy. "
        "Senator Bo Lind asked whether the treaty covered fisheries. "
        "Mr Piet Kramer noted how Norland's approach to trade has earned it room to manoeuvre."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "needed to update").content == (
        "Norland needed to update its foreign policy"
    )
    assert by_content(ex, "covered fisheries").speaker == "Bo Lind"
    assert by_content(ex, "approach to trade").content.startswith("Norland's approach")


def test_termed_branded_and_hoped(nlp):
    body = (
        "Minister Rosa Lind termed the shelling of the depot as a “blatant violation of "
        "the truce”. "
        "Mayor Tom Hale branded the strike as a crime. "
        "Prince Karl hoped that increased trade in the region could open more pathways to "
        "dialogue."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "blatant violation").speaker == "Rosa Lind"
    assert by_content(ex, "the strike as a crime").speaker == "Tom Hale"
    s = by_content(ex, "pathways")
    # (a name only ever written after a title keeps the title)
    assert s.content.startswith("increased trade") and s.speaker == "Prince Karl"


def test_two_coordinated_cues_and_paraphrase_lead_in(nlp):
    body = (
        "President Anna Varga on Monday told journalists in Velsk that she had declared her "
        "assets four times since 1990 and challenged the newsmen to investigate the details. "
        "However, without cooperation, especially on food security, “we will be facing "
        "significant difficulties,” Varga said."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "declared her assets")
    assert s.content == "she had declared her assets four times since 1990"
    s = by_content(ex, "newsmen")
    assert (s.content, s.speaker) == ("the newsmen to investigate the details", "Anna Varga")
    s = by_content(ex, "significant difficulties")
    assert (s.kind, s.content) == ("direct", "we will be facing significant difficulties")


def test_subject_tokens_of_participles_auxiliaries_and_free_relatives(nlp):
    body = (
        "Foreign Minister Rosa Lind had posted an acidic message on social media thanking "
        "Hale for including the islands on his tour. "
        "The army had on Monday said: “Two posts were hit by enemy fire.” "
        "The trade minister Piet Kramer on Thursday recalled what the Prime Minister Anna "
        "Varga has said on the issue and maintained that the treaty would remain suspended. "
        "A spokesman of the Norland government later specified during a briefing for "
        "journalists that the new list included 20 officials."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "for including the islands").speaker == "Rosa Lind"
    assert by_content(ex, "Two posts were hit").speaker
    assert by_content(ex, "remain suspended").speaker == "Piet Kramer"
    assert by_content(ex, "20 officials").content == "the new list included 20 officials"


def test_according_to_in_unusual_positions(nlp):
    body = (
        "Staff kept close tabs on a meeting early Monday in which the mayor summoned Dillon; "
        "the deputy clerk, Mara Voss; and the treasurer, Olin Pratt, to lecture them on the "
        "need “to get on the same page,” according to a person briefed on the meeting. "
        "In May, the Voss campaign released a video detailing how, according to its experts, "
        "the Orland council was looking to help Pratt in an attempt to sink the bid. "
        "And his mood, according to two aides who spoke on condition of anonymity, has "
        "become sour and dark, and he has turned against most of his staff — even his "
        "brother, Kel Pratt — calling them “lazy,” according to one of those aides.\n\n"
        "Most council members do not believe the survey captures the mood of the town. "
        "That’s according to the Civic Panel, a group of activists in the region."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "the mayor summoned Dillon")
    assert s.cue == "according to" and "person briefed" in s.speaker
    s = by_content(ex, "the Orland council was looking")
    assert s.content.startswith("the Orland council") and s.speaker == "its experts"
    s = by_content(ex, "become sour")
    assert s.content.startswith("has become sour") and "lazy" not in s.content
    s = by_content(ex, "calling them")
    assert s.content.startswith("calling them") and s.cue == "according to"
    s = by_content(ex, "do not believe the survey")
    assert s.cue == "according to" and s.speaker == "Civic Panel"


def _candidates(nlp, body):
    """The quote finder's raw candidates for a one-paragraph-per-line body."""
    from statements.extraction.actors import Para
    from statements.extraction.quotes import QuoteFinder

    paras, offset = [], 0
    for i, line in enumerate(body.split("\n")):
        paras.append(Para(i, offset, nlp(line)))
        offset += len(line) + 1
    qf = QuoteFinder(body, paras)
    return body, qf.direct() + qf.indirect()


def test_citing_after_a_report_is_a_second_source(nlp):
    body = (
        "Pratt has kept doubting the result of the vote in private talks, the Orland Courier "
        "reported Tuesday, citing advisers who heard him."
    )
    text, cands = _candidates(nlp, body)
    cited = [c for c in cands if c.cue == "citing"]
    assert len(cited) == 1 and cited[0].inner
    assert text[cited[0].start : cited[0].end].startswith("Pratt has kept doubting")
    _, ex = run(nlp, body)
    assert not any(s.content.startswith("advisers") for s in ex.statements)


def test_as_the_paper_reported_at_the_end(nlp):
    body = (
        "Inflation has eased for three months in a row, as the central bank noted on Friday. "
        "The council will meet on Monday, as it does every week."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "Inflation has eased")
    assert (s.content, s.cue) == ("Inflation has eased for three months in a row", "noted")
    assert len(ex.statements) == 1


def test_dismissal_credit_promise_and_threat_frames(nlp):
    body = (
        "Tom Reyes, the campaign's chief pollster, shrugged off the Courier poll as an "
        "“outlier.” Aides to the mayor dismissed the slide as a temporary result of bad "
        "coverage.\n\n"
        "Pratt has credited Voss with originating some of his better attack lines.\n\n"
        "The Voss campaign, answering a challenge from Dillon, sarcastically promised to "
        "release transcripts of the senator's bank speeches on Friday.\n\n"
        "Those included Pratt threatening to “spill the beans” on her and sharing an image "
        "online.\n\n"
        "Reyes mentioned the rival camp's focus on the foundation as an example of rhetoric "
        "that hurts the party."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "the Courier poll")
    assert (s.content, s.speaker) == ("the Courier poll as an “outlier.”", "Tom Reyes")
    assert by_content(ex, "the slide as a temporary").cue == "dismissed"
    s = by_content(ex, "Voss with originating")
    assert (s.cue, s.speaker) == ("credited", "Pratt")
    assert by_content(ex, "to release transcripts").cue == "promised"
    s = by_content(ex, "spill the beans")
    assert s.speaker == "Pratt" and "sharing" not in s.content
    assert by_content(ex, "as an example of rhetoric").cue == "mentioned"


def test_pointing_to_pushing_back_prodding_and_speech_nouns(nlp):
    body = (
        "Mara Voss called the poll wrong, pointing to state polls that showed her holding a "
        "small lead in most of these states.\n\n"
        "Kel Dillon in his radio interview pushed back on the idea that he could snap his "
        "fingers and have his supporters back Voss. The mayor pushed back against a report "
        "that his office had met the donors.\n\n"
        "Olin Pratt prodded the auditor to drop an inquiry into the harbour board.\n\n"
        "The board met after comments last year by Tessa Grunwald that the harbour had been "
        "sold too cheaply.\n\n"
        "He pointed to comments by Kel Dillon, a former adviser to the board, that he had met "
        "the buyers twice."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "state polls that showed")
    assert (s.cue, s.speaker) == ("pointing to", "Mara Voss")
    s = by_content(ex, "the idea that he could snap")
    assert (s.cue, s.speaker) == ("pushed back on", "Kel Dillon")
    assert not any("his office had met" in s.content for s in ex.statements)
    assert by_content(ex, "the auditor to drop").speaker == "Olin Pratt"
    s = by_content(ex, "the harbour had been sold")
    assert (s.cue, s.speaker) == ("comments", "Tessa Grunwald")
    assert s.content == "the harbour had been sold too cheaply"
    assert by_content(ex, "he had met the buyers").speaker == "Kel Dillon"


def test_quotations_inside_quotations_and_quoted_asides(nlp):
    body = (
        "“No such meeting or talk ever happened - a made up story by “low ratings” "
        "@Courier,” Olin Pratt tweeted Wednesday afternoon.\n\n"
        'Pratt said "General Kel "Iron Hand" Dillon was impressive yesterday. A true '
        "General's General!\" on Monday.\n\n"
        "“We will win this. “They cannot stop us,” Mara Voss said.\n\n"
        'Tessa Grunwald, a senator, spoke to reporters. Pratt "has had a hard time letting '
        'go of his claim that the vote was rigged," Grunwald, who "asked not to be named," '
        "told the Orland Courier."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "No such meeting")
    assert s.content.endswith("“low ratings” @Courier") and s.cue == "tweeted"
    s = by_content(ex, "Iron Hand")
    assert s.content.endswith("A true General's General!") and s.speaker == "Olin Pratt"
    assert by_content(ex, "They cannot stop us").content == "They cannot stop us"
    s = by_content(ex, "a hard time letting go")
    assert (s.kind, s.cue, s.speaker) == ("direct", "told", "Tessa Grunwald")


def test_clause_split_after_a_quoted_word_and_colon_quote_after_an_infinitive(nlp):
    body = (
        "Olin Pratt also said it’s “disgraceful” Voss would suggest his involvement.\n\n"
        "A Norland councillor added that voters are reticent to admit it publicly: "
        "“Anecdotally, that’s clearly the case in barber-shop talk.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "disgraceful")
    assert s.content == "it’s “disgraceful” Voss would suggest his involvement"
    s = by_content(ex, "Anecdotally")
    assert (s.cue, s.speaker) == ("added", "A Norland councillor")


def test_colon_message_after_a_participle(nlp):
    body = (
        "The mayor’s former aides are venting their anger -- mostly at the press -- "
        "responding to a slew of reports about Olin Pratt with a bitter, yet simple, "
        "message: We told you so."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "We told you so")
    assert (s.content, s.cue) == ("We told you so.", "responding")
    assert "aides" in s.speaker
    assert len(ex.statements) == 1


def test_for_x_the_fear_is_that(nlp):
    body = (
        "For Democrats already bracing for a loss next week, the fear is that the slump "
        "will deepen before the vote. The fear is that nobody will come."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "the slump will deepen")
    assert (s.content, s.speaker, s.cue) == (
        "the slump will deepen before the vote",
        "Democrats",
        "fear",
    )
    assert not any("nobody will come" in s.content for s in ex.statements)


def test_named_speech_relayed_by_an_unnamed_source_is_inner(nlp):
    body = (
        "The source said that shortly after, Pratt told aides that he would have done better "
        "in the polls.\n"
        "The minister said that Pratt told aides that the port would close."
    )
    text, cands = _candidates(nlp, body)
    told = [c for c in cands if c.cue == "told"]
    assert [text[c.start : c.end] for c in told] == [
        "he would have done better in the polls",
        "the port would close",
    ]
    assert [c.inner for c in told] == [True, False]


def test_dismissed_as_after_an_aside_between_dashes(nlp):
    body = (
        "But aides close to the campaign dismissed the latest slide -- Voss lost a six-point "
        "lead since a similar poll last month -- as a temporary result of bad coverage."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "the latest slide")
    assert s.cue == "dismissed" and s.content.endswith("as a temporary result of bad coverage")


def test_speech_noun_needs_its_own_that_clause(nlp):
    body = (
        "The talks began with comments by all of the delegations, then it was agreed that "
        "the meeting would resume on Friday."
    )
    text, cands = _candidates(nlp, body)
    assert not any(c.cue == "comments" for c in cands)


def test_expressed_willingness_to_act_is_a_statement(nlp):
    _, ex = run(
        nlp,
        "Minister Ana Koss met her Ruritanian counterpart on Monday. They also expressed their "
        "mutual willingness to continue strengthening the partnership between the two nations.",
    )
    assert by_content(ex, "willingness to continue").cue == "expressed"
