"""Attribution shapes probed in the fourth round on real news (our own short texts)."""

from tests.extraction_helpers import by_content, run


def test_told_outlet_that_clause_misread_as_a_relative_clause(nlp):
    _, ex = run(
        nlp,
        "Paul Greaves defended the rail budget on Tuesday, telling the Telegraph that cuts "
        "were unavoidable.\n\nAnna Webb told the Guardian that cuts were a disgrace.",
    )
    assert by_content(ex, "unavoidable").content == "cuts were unavoidable"
    assert by_content(ex, "unavoidable").speaker == "Paul Greaves"
    assert by_content(ex, "a disgrace").content == "cuts were a disgrace"


def test_unnamed_office_holder_of_a_country_is_named_as_written(nlp):
    _, ex = run(nlp, "Britain's transport minister said on Tuesday that cuts were unavoidable.")
    st = by_content(ex, "cuts were")
    assert st.speaker == "Britain's transport minister"
    actor = next(a for a in ex.actors if a.name == st.speaker)
    assert (actor.kind, actor.country) == ("person", "GB")


def test_qualified_description_is_not_the_person_just_named(nlp):
    _, ex = run(
        nlp,
        "John Smith, the health secretary, told MPs that waiting lists were falling.\n\n"
        "The chief executive of Acme Corp said profits would rise.",
    )
    assert by_content(ex, "profits would rise").speaker != "John Smith"


def test_a_peer_keeps_the_title_and_the_peer_takes_him_up(nlp):
    _, ex = run(
        nlp,
        "Lord Marsh, a former chairman of the rail board, criticised the plan. "
        "The peer added that he would vote against it.",
    )
    assert by_content(ex, "vote against it").speaker == "Lord Marsh"


def test_called_x_a_quotation_runs_to_the_closing_mark(nlp):
    _, ex = run(nlp, 'State Sen. Tom Reyes called the veto "a gut punch to renters."')
    assert by_content(ex, "gut punch").content.startswith('the veto "a gut punch to renters')


def test_a_role_with_a_country_is_not_another_countrys_holder(nlp):
    _, ex = run(
        nlp,
        "EU leaders clashed on Thursday, with Hungary's prime minister vowing to block "
        "the plan.\n\nItalian Prime Minister Giorgia Meloni struck a softer tone.\n\n"
        "Viktor Orban told reporters that the pact was dead.",
    )
    assert by_content(ex, "to block").speaker != "Giorgia Meloni"


def test_one_after_a_group_is_one_of_that_group(nlp):
    _, ex = run(
        nlp,
        "Diplomats said a deal was unlikely before autumn. One said Poland and Hungary "
        "were working together to stall the talks.",
    )
    assert by_content(ex, "working together").speaker == by_content(ex, "a deal").speaker
    assert by_content(ex, "a deal").speaker is not None


def test_that_clause_after_a_time_clause_is_what_was_told(nlp):
    _, ex = run(
        nlp,
        'Viktor Orban told reporters as he arrived that Budapest would "never accept" quotas.',
    )
    st = by_content(ex, "Budapest would")
    assert st.speaker == "Viktor Orban"
    assert st.content == 'Budapest would "never accept" quotas'
