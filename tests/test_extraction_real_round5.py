"""Round 5 on real news: attribution rules found on new real articles, each tested on a
short text of our own (no article text is copied)."""

from tests.extraction_helpers import by_content, run


def test_a_statement_nobody_is_said_to_issue_is_the_reported_body(nlp):
    body = (
        "A spokesperson for the builder, Corran Homes, declined to comment. "
        "The firm expects to start work in the spring, according to a statement."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "start work")
    assert s.cue == "according to" and s.speaker == "Corran Homes"


def test_called_a_convened_thing_a_quoted_phrase(nlp):
    body = "Mayor Ines Varga called the vote “a turning point for working families.”"
    _, ex = run(nlp, body)
    s = by_content(ex, "turning point")
    assert s.speaker == "Ines Varga" and s.cue == "called"


def test_the_sector_boss_is_the_head_named_before(nlp):
    body = (
        "Skyjet chief executive Colm Darragh criticised the tax, and union leader Ann Boyd "
        "agreed. The airline boss said fares would rise."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "fares would rise").speaker == "Colm Darragh"


def test_an_o_surname_is_part_of_the_name(nlp):
    body = "Skyjet chief executive Colm O’Leary criticised the tax. He said fares would rise."
    _, ex = run(nlp, body)
    assert by_content(ex, "fares would rise").speaker == "Colm O’Leary"
    body = "Skyjet boss Niall O’Connell criticised the tax. He said fares would rise."
    _, ex = run(nlp, body)
    assert by_content(ex, "fares would rise").speaker == "Niall O’Connell"


def test_a_nationality_noun_is_the_person_of_that_country(nlp):
    body = (
        "Norland’s Ivo Brandt beat Spain’s Rafael Ortiz on Sunday. “It was a tough match,” "
        "the Spaniard said. The Norlander said he was tired."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "tough match").speaker == "Rafael Ortiz"


def test_a_nationality_noun_after_one_person_is_that_person(nlp):
    body = "Jamie Rusk, 24, won the final. “I am over the moon,” the Scotsman said."
    _, ex = run(nlp, body)
    assert by_content(ex, "over the moon").speaker == "Jamie Rusk"


def test_a_countrys_possessed_name_is_a_person(nlp):
    body = "Croatia’s Borna Vukic beat Tomas Hale on Sunday. Vukic said he was tired."
    _, ex = run(nlp, body)
    s = by_content(ex, "he was tired")
    assert s.speaker == "Borna Vukic"


def test_a_party_then_a_title_opens_no_name(nlp):
    body = "Fianna Fáil TD Orla Brennan accused the minister of going back on his word."
    _, ex = run(nlp, body)
    assert by_content(ex, "going back").speaker == "Orla Brennan"


def test_a_title_subject_is_the_antecedent_of_the_next_pronoun(nlp):
    body = (
        "Taoiseach Cathal Rooney spoke in the Dáil. The Taoiseach responded by saying that "
        "Deputy Niamh Gorman was enjoying the row. He accused the Opposition of play-acting."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "enjoying the row").speaker == "Cathal Rooney"
    assert by_content(ex, "play-acting").speaker == "Cathal Rooney"


def test_the_party_its_members_name_is_the_party(nlp):
    body = (
        "The Liberals claimed that the order was unlawful. The Conservatives said the "
        "Liberal Party of Norland had lost its way. Republicans said the bill would pass."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "unlawful").speaker == "Liberal Party of Norland"
    assert by_content(ex, "lost its way").speaker == "Conservative Party"
    assert by_content(ex, "bill would pass").speaker == "Republicans"


def test_a_short_form_in_brackets_is_the_body(nlp):
    body = (
        "The Norland Centres for Disease Control (Norland CDC) said cases were rising. "
        "On Monday, the Norland CDC declared an emergency, saying the outbreak had crossed "
        "borders."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "crossed borders").speaker == "Norland Centres for Disease Control"


def test_one_of_a_group_is_the_member_named_next_or_as_written(nlp):
    body = (
        "One of the lawyers representing Omar Idris stated on Sunday that there had been no "
        "delay.\n\nReporters reached lawyer Asif Mirza, who said the court was closed."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "no delay").speaker == "Asif Mirza"
    _, ex = run(nlp, "One of the officials said the talks had failed.")
    assert by_content(ex, "talks had failed").speaker == "One of the officials"


def test_the_noun_is_the_name_written_before_with_it(nlp):
    body = (
        "The verdict in the Lakeside Trust case was delayed. The case alleges that Omar Idris "
        "obtained land illegally."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "obtained land").speaker == "Lakeside Trust case"


def test_according_to_two_documents(nlp):
    body = (
        "Staff were told to cancel grants, according to documents and an audio recording "
        "obtained by the Ledger."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "cancel grants")
    assert s.speaker == "documents and an audio recording obtained by the Ledger"


def test_a_title_subject_that_says_nothing_is_still_an_antecedent(nlp):
    body = (
        "Conservative Leader Piet Vandermolen attacked Mark Carrow on Tuesday.\n\n"
        "Later, Carrow took a few digs of his own. The Liberal leader aimed at "
        "Vandermolen's record and at Stephen Hale's government.\n\n"
        "“He was not at any of those tables,” he said."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "those tables").speaker == "Mark Carrow"


def test_a_surname_read_as_a_nationality_is_still_the_person(nlp):
    body = (
        "Conservative Leader Pierre Poilievre criticised Mark Carrow on Tuesday.\n\n"
        "Poilievre's past swipes include claims that Carrow is no different from Hale.\n\n"
        "During a news conference on Tuesday, Poilievre again levied those criticisms.\n\n"
        "He said voters shouldn't think Carrow is any different from Hale."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "any different").speaker == "Pierre Poilievre"


def test_a_company_and_its_officer_title_open_no_name(nlp):
    body = "Farley and incoming Acme CFO Sherry Howse said most of the steel is domestic."
    _, ex = run(nlp, body)
    assert "Sherry Howse" in {s.speaker for s in ex.statements}


def test_it_added_after_a_bodys_statement_is_that_body(nlp):
    body = (
        "Portugal said Sunday it had agreed with Chile on rejecting the displacement of "
        "civilians.\n\nPortuguese Foreign Minister Rui Tavares met Chilean Foreign Minister "
        "Ana Soto in Lisbon.\n\nThe two ministers held talks on the conditions in the region, the "
        "Foreign Ministry said in a statement.\n\nAccording to the statement, the two "
        "ministers agreed on the importance of aid.\n\nThey also rejected the displacement "
        "of civilians from the region, it added."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "from the region").speaker == by_content(ex, "held talks").speaker


def test_a_negated_belief_verb_in_the_report_is_still_the_report(nlp):
    _, ex = run(nlp, "Dale Morrow told a judge that he is innocent and does not fear new charges.")
    assert by_content(ex, "innocent").content == "he is innocent and does not fear new charges"
    _, ex = run(nlp, "Ola Berg said the plan was sound and did not elaborate.")
    assert by_content(ex, "plan was sound").content == "the plan was sound"


def test_a_passive_speech_verb_in_the_report_is_still_the_report(nlp):
    body = (
        "Carmen Ruiz said on Tuesday that she had spoken to the chief executive and had been "
        "told that all options were being studied."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "spoken").content.endswith("all options were being studied")


def test_criticized_for_a_reason_hung_on_the_occasion(nlp):
    body = (
        "Governor Dan Ruiz criticized Judge Rob Kell during a hearing Thursday for not being "
        "present."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "Rob Kell").content.endswith("for not being present")


def test_an_object_report_ends_before_the_occasion_it_was_made_in(nlp):
    body = (
        "President Ola Berg stressed the urgent need to get aid to civilians in calls on "
        "Saturday with Prime Minister Tom Hale."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "urgent need").content == "the urgent need to get aid to civilians"


def test_frames_and_questions_are_no_statements(nlp):
    body = (
        "Kestrel TV on Wednesday quoted Ola Berg differently, reporting that he had said: "
        "“We will not lose them.”\n\n"
        "In a crowd of hundreds, union chief Dan Fane answered the question of, “How long "
        "will the strike last?”\n\n"
        "A reporter asked Berg to give her impression of the rally."
    )
    _, ex = run(nlp, body)
    contents = [s.content for s in ex.statements]
    assert "We will not lose them." in contents
    assert not [c for c in contents if c in ("he had said",) or "How long" in c]
    assert not [c for c in contents if "impression" in c]


def test_a_bare_title_in_a_deck_with_a_past_verb(nlp):
    _, ex = run(
        nlp,
        "Families demand answers; broadcaster says PM actually said: ‘They are alive’\n\n"
        "Prime Minister Ola Berg came under fire on Wednesday.",
    )
    assert by_content(ex, "They are alive").speaker == "Ola Berg"


def test_the_party_leader_is_the_person_just_named(nlp):
    body = (
        "Tánaiste Cathal Rooney said that he hopes clarity will come this week.\n\n"
        "“We are ready for an election,” the Fianna Fáil leader said."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "ready for an election").speaker == "Cathal Rooney"


def test_a_party_with_its_titled_leader_in_apposition_is_the_leader(nlp):
    body = (
        "The government is a risk to the security of people in Slovakia, said opposition "
        "Progressive Slovakia (PS) party leader Michal Simecka at a press conference."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "is a risk").speaker == "Michal Simecka"


def test_abbreviated_and_two_word_titles_leave_the_name(nlp):
    body = (
        "Office of Civil Defense (OCD) Asst. Sec. Bernardo Rafael Alvaro IV says the "
        "government deployed rescue teams.\n\nWhile Chief Executive John Lee Ka-chiu had "
        "earlier said 279 people were missing, he said later the number had dropped."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "rescue teams").speaker == "Bernardo Rafael Alvaro IV"
    assert by_content(ex, "number had dropped").speaker == "John Lee Ka-chiu"


def test_a_caption_credit_is_no_body_and_a_website_is_named(nlp):
    body = (
        "Telcora Inc. said Sunday that it will credit customers. File Photo by Jan Lane/EPA-EFE\n\n"
        "Telcora will reimburse customers, the communications company said in a statement.\n\n"
        "The outage lasted around 12 hours, according to the website Down Detector."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "reimburse").speaker == "Telcora Inc."
    assert by_content(ex, "12 hours").speaker == "Down Detector"


def test_a_contracted_has_is_no_possessive_subject(nlp):
    body = (
        "White House press secretary Karla Leving will make her debut on Tuesday.\n\n"
        "She’s said she would ditch the traditional notes binder."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "notes binder").speaker == "Karla Leving"
