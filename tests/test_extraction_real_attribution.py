"""Attribution shapes found on a second batch of real news (our own short texts)."""

from tests.extraction_helpers import by_content, run


def test_deck_pronoun_before_any_name_is_the_person_named_next(nlp):
    _, ex = run(
        nlp,
        "He insisted the coalition was stronger than ever.\n\n"
        "BERLIN (AP) — Tomas Kress, the finance minister who has led his party since 2019, "
        "said Monday that the budget would pass.",
    )
    assert by_content(ex, "stronger than ever").speaker == "Tomas Kress"


def test_deck_pronoun_takes_no_name_from_far_below(nlp):
    _, ex = run(
        nlp,
        "She insisted the coalition was stronger than ever.\n\n"
        "The budget vote is due on Friday.\n\nThe session opens at noon.\n\n"
        "Later, Tomas Kress said the budget would pass.",
    )
    st = [s for s in ex.statements if "stronger than ever" in s.content]
    assert not st or st[0].speaker != "Tomas Kress"


def test_an_ordinal_source_is_one_of_the_group_and_that_official_is_the_last(nlp):
    _, ex = run(
        nlp,
        "Two Norvian officials told Reuters the deal was close. A senior ministry official "
        "said a vote was due.\n\nThe first Norvian official said a draft was ready. "
        '"It is over," that official said. '
        "The ministry official said the talks would resume on Friday.",
    )
    assert by_content(ex, "a draft was ready").speaker == "the first Norvian official"
    assert by_content(ex, "It is over").speaker == "the first Norvian official"
    assert by_content(ex, "talks would resume").speaker.lower() == "a senior ministry official"


def test_fronted_report_continues_after_the_attribution(nlp):
    _, ex = run(
        nlp,
        "The vote is secure, a senior party official told reporters on Tuesday, but two "
        "seats remain open.",
    )
    assert by_content(ex, "The vote is secure").speaker == "a senior party official"
    tail = by_content(ex, "two seats remain open")
    assert tail.speaker == "a senior party official"
    assert tail.content == "two seats remain open"


def test_fronted_report_then_the_speakers_own_act_is_no_statement(nlp):
    _, ex = run(nlp, "The vote is secure, Ola Berg told reporters, and she left the hall.")
    assert not [s for s in ex.statements if "left the hall" in s.content]


def test_participle_glossing_a_quote_is_not_speech(nlp):
    _, ex = run(nlp, '"We must hurry," Ola Berg said, underscoring the pressure on the team.')
    assert [s.content for s in ex.statements] == ["We must hurry"]


def test_pronoun_skips_a_name_below_a_sentence_whose_subject_is_the_same_pronoun(nlp):
    _, ex = run(
        nlp,
        "Deputy Minister Ola Berg spoke at a rally in Varna.\n\n"
        "He said he had backed President Tomas Kress in 2015 and asked him to stay neutral.\n\n"
        '"Please leave me alone," he said.',
    )
    assert by_content(ex, "leave me alone").speaker == "Ola Berg"


def test_his_ministry_is_the_ministry_of_the_minister(nlp):
    _, ex = run(
        nlp,
        "Norway's Trade Minister Ola Berg spoke in Oslo. His Ministry confirmed that he will "
        "travel to Paris on Friday.",
    )
    assert by_content(ex, "travel to Paris").speaker == "Ministry of Trade of Norway"


def test_the_pm_with_no_titled_holder_is_the_untitled_person_the_article_is_about(nlp):
    _, ex = run(
        nlp,
        "Ola Berg's decision to close the border was unlawful, judges found.\n\n"
        "Mr Berg returns to Oslo on Wednesday. A source said the Leader of the House Tomas "
        'Kress told ministers the ruling was a "coup".\n\n'
        "Critics said the Brexit deadline made the closure reckless.\n\n"
        "During a speech in New York, the PM said he would not resign. The prime minister "
        "insisted he wanted a new session of parliament.",
    )
    assert by_content(ex, "would not resign").speaker == "Ola Berg"
    assert by_content(ex, "new session").speaker == "Ola Berg"
    assert "Tomas Kress" in {s.speaker for s in ex.statements}
    assert not [a for a in ex.actors if a.name.startswith("House")]


def test_a_body_named_with_a_descriptor_is_the_body_and_the_descriptor_takes_it_up(nlp):
    _, ex = run(
        nlp,
        "The Harbour Policy Institute thinktank said families would suffer.\n\n"
        '"Five million families are in stress," the thinktank said.',
    )
    assert by_content(ex, "families would suffer").speaker == "Harbour Policy Institute"
    assert by_content(ex, "Five million").speaker == "Harbour Policy Institute"


def test_a_demonym_takes_up_the_person_of_that_country(nlp):
    _, ex = run(
        nlp,
        "Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said on Tuesday that a deal was "
        "near, speaking after Norwegian envoy Ola Berg.\n\n"
        '"This is an extraordinary meeting," the Kuwaiti said.',
    )
    assert by_content(ex, "extraordinary meeting").speaker == "Saud Nasser al-Sabah"


def test_a_body_named_after_its_country_is_no_person(nlp):
    _, ex = run(nlp, "UK Hospitality said the governor ignored the situation.")
    assert by_content(ex, "ignored the situation").speaker == "UK Hospitality"
    assert [a.kind for a in ex.actors if a.name == "UK Hospitality"] == ["organisation"]


def test_a_title_after_the_body_is_not_part_of_the_body(nlp):
    _, ex = run(
        nlp,
        "Federal Aviation Administration Administrator Stephen Dickson called the meeting to "
        'set a timeline.\n\n"Safety is our top priority," the agency said in the letter.',
    )
    assert by_content(ex, "top priority").speaker == "Federal Aviation Administration"
    assert "Stephen Dickson" in {a.name for a in ex.actors}


def test_it_after_a_sentence_led_by_an_unnamed_ministry_is_that_ministry(nlp):
    _, ex = run(
        nlp,
        '"We condemn these attacks," the Foreign Ministry said in a statement.\n\n'
        "The ministry called on Norland to end its blockade.\n\n"
        "It said Norland's occupation is the longest in the region.",
    )
    assert by_content(ex, "longest in the region").speaker == by_content(ex, "We condemn").speaker
    assert by_content(ex, "longest in the region").speaker != "Norland"


def test_according_to_a_role_set_beside_a_name(nlp):
    _, ex = run(
        nlp,
        "Both sides also discussed a ceasefire, according to chief Norvian delegate, Defense "
        "Minister Ola Berg.",
    )
    assert by_content(ex, "discussed a ceasefire").speaker == "Ola Berg"


def test_an_opening_role_is_the_untitled_person_named_in_the_next_paragraph(nlp):
    _, ex = run(
        nlp,
        "The central bank governor said on Monday that rates would rise.\n\n"
        "Anna Lind said inflation was too high.",
    )
    assert by_content(ex, "rates would rise").speaker == "Anna Lind"


def test_an_opening_role_takes_no_one_who_holds_another_title(nlp):
    _, ex = run(
        nlp,
        "The central bank governor said on Monday that rates would rise.\n\n"
        "Finance Minister Anna Lind said inflation was too high.",
    )
    assert by_content(ex, "rates would rise").speaker != "Anna Lind"
