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
