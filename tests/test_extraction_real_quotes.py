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
