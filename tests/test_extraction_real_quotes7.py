"""Reported-speech cues, frames and spans found on real news, seventh round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_pushed_for_x_to_and_called_for_x_to(nlp):
    body = (
        "Farm unions have pushed for retailers to pay more for milk from local dairies. "
        "The Riverton council called for landlords to cut rents this winter. "
        "The crowd pushed for the exits."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "retailers")
    assert s.content == "retailers to pay more for milk from local dairies"
    assert s.cue == "pushed for"
    s = by_content(ex, "landlords")
    assert s.content == "landlords to cut rents this winter"
    assert len(ex.statements) == 2


def test_welcoming_a_visitor_is_no_statement(nlp):
    body = (
        "In welcoming the President, Mayor Ilsa Brun said the town was proud of its new "
        "bridge. The council welcomed Tomas Kress to the city hall on Monday."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "proud")
    assert s.content == "the town was proud of its new bridge"
    assert len(ex.statements) == 1


def test_tag_inside_a_relative_clause_is_its_own_statement(nlp):
    body = (
        "The union criticized the Norland cabinet for acting now on parts of the deal that, "
        "Tomas Kress said, could have been met a year ago."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "cabinet")
    assert s.content == (
        "the Norland cabinet for acting now on parts of the deal that, Tomas Kress said, "
        "could have been met a year ago"
    )
    assert s.speaker == "union"
    s = [x for x in ex.statements if x.cue == "said"][0]
    assert s.content == "could have been met a year ago"
    assert s.speaker == "Tomas Kress"


def test_a_quoted_that_clause_ends_at_its_closing_mark_before_a_past_event(nlp):
    body = (
        "Ilsa Brun, who leads the dockers, said late Monday that “there won’t be a deal” "
        "after the owners refused to budge on pay."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "deal")
    assert s.content == "“there won’t be a deal”"
    assert s.speaker == "Ilsa Brun"


def test_fronted_clause_ending_in_a_quoted_word(nlp):
    body = (
        'The fire at the shop was started by its owner to claim a "windfall", a prosecuting '
        "lawyer has told a trial."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "windfall")
    assert s.content == 'The fire at the shop was started by its owner to claim a "windfall"'
    assert s.cue == "told"
    assert s.speaker == "a prosecuting lawyer"


def test_closing_tag_read_as_a_noun(nlp):
    body = (
        "The man, who was arrested in Riverton on Thursday, was 17 when the fire was "
        "planned last year, police allege."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "planned")
    assert s.content.startswith("The man, who was arrested")
    assert s.content.endswith("was planned last year")
    assert s.speaker == "police"
