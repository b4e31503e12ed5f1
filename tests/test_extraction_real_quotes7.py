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


def test_said_with_an_inverted_clause(nlp):
    body = (
        "Tomas Kress said on the agenda of his talks were the port fees, the fishing "
        "quotas and the new ferry line."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "agenda")
    assert s.content == (
        "on the agenda of his talks were the port fees, the fishing quotas and the new ferry line"
    )
    assert s.speaker == "Tomas Kress"


def test_what_he_called_in_the_past_is_his_word(nlp):
    body = (
        "Tomas Kress was buoyed after holding what he called “cordial and constructive” "
        "talks with the mayor. The unions oppose what they call “creeping privatisation” of rail."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "cordial")
    assert s.content == "cordial and constructive"
    assert s.speaker == "Tomas Kress"
    assert len(ex.statements) == 1


def test_name_given_to_the_noun_of_a_relative_clause(nlp):
    body = "Ilsa Brun was removed in a vote that many commentators called a political earthquake."
    _, ex = run(nlp, body)
    s = by_content(ex, "earthquake")
    assert s.content == "a political earthquake"
    assert s.speaker == "many commentators"


def test_worry_with_a_bare_clause_in_a_relative(nlp):
    body = (
        "Mayor Ilsa Brun laid out her plans Tuesday, firing back at critics who worry "
        "her budget might undermine the port."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "undermine")
    assert s.content == "her budget might undermine the port"
    assert s.speaker == "critics"


def test_considered_x_y_and_not_considered_x(nlp):
    body = (
        "She considers the deal a mistake. The senators considered the bill on Monday. "
        "Ilsa Brun, who considered herself the favourite in the race, lost narrowly."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "mistake")
    assert s.content == "the deal a mistake"
    s = by_content(ex, "favourite")
    assert s.content == "herself the favourite in the race"
    assert s.speaker == "Ilsa Brun"
    assert len(ex.statements) == 2


def test_pushed_for_x_to_y_and_bare_verb_after_it(nlp):
    body = (
        "Farm unions have pushed for retailers to pay more for milk to keep dairies afloat "
        "and, potentially, bring prices back to their 2020 level."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "retailers")
    assert s.content == (
        "retailers to pay more for milk to keep dairies afloat and, potentially, bring "
        "prices back to their 2020 level"
    )


def test_subject_hung_on_a_fronted_participle_and_a_quoted_object(nlp):
    body = (
        "Addressing her lawmakers Tuesday, Marta Lind, who led the party for a decade, "
        'accused "the system" of using "the nuclear bomb" against her.'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "nuclear")
    assert s.content == '"the system" of using "the nuclear bomb" against her'
    assert s.speaker == "Marta Lind"


def test_a_reports_finding_told_with_it_and_a_bodys_finding(nlp):
    body = (
        "The Riverton Bureau of Statistics found that a third of those held were later "
        "released.\n\n"
        "The report, by the Bureau of Crime Statistics, observed the hearings of 200 "
        "defendants.\n\n"
        "It found police are more risk averse, have a high concern for safety, and want to "
        "avoid the blame for a poor decision."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "a third")
    assert s.content == "a third of those held were later released"
    s = by_content(ex, "risk averse")
    assert s.content == (
        "police are more risk averse, have a high concern for safety, and want to avoid "
        "the blame for a poor decision"
    )
    assert s.speaker == "Bureau of Crime Statistics"


def test_quotations_set_off_by_dashes(nlp):
    body = (
        "The port deficit already stands at 12 million crowns! This is a record! – Tomas "
        "Kress wrote on social media.\n\n"
        "– Just before the vote, the mayor met the unions. The talks went well, – said "
        "Ilsa Brun on Radio Riverton.\n\n"
        "As she indicated: – The mayor clearly said that the port must stay public.\n\n"
        "The mayor resigned on Monday – a day after the report was published."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "a record")
    assert s.kind == "direct" and s.speaker == "Tomas Kress"
    assert s.content == "The port deficit already stands at 12 million crowns! This is a record!"
    s = by_content(ex, "Just before")
    assert s.kind == "direct" and s.speaker == "Ilsa Brun"
    assert s.content == "Just before the vote, the mayor met the unions. The talks went well"
    s = by_content(ex, "must stay public")
    assert s.kind == "direct" and s.speaker == "Ilsa Brun"
    assert not [x for x in ex.statements if "resigned" in x.content]


def test_title_case_entry_of_a_live_feed_is_no_statement(nlp):
    body = (
        "Ilsa Brun said the port would stay public.\n\n"
        "08:15\n\n"
        'Mayor Brun Warns Against Selling the Port, Affirms "Nothing Without the Dockers"\n\n'
        "The mayor spoke on the radio on Monday morning."
    )
    _, ex = run(nlp, body)
    assert [s.content for s in ex.statements] == ["the port would stay public"]


def test_deck_line_calls_for_x_to(nlp):
    text = (
        "Dockers want port kept public\n\n"
        "Riverton union calls for Norland to drop the port sale\n\n"
        "The dockers' union said on Monday that the sale should be stopped.\n"
    )
    from statements.extraction.pipeline import extract

    ex = extract(text, nlp=nlp)
    s = by_content(ex, "drop the port sale")
    assert s.content == "Norland to drop the port sale"


def test_subject_with_an_apposition_after_a_fronted_clause(nlp):
    body = (
        "Although the party has long touted thrift, finance minister Tomas Kress, a longtime "
        "ally of the mayor, acknowledged there was no hope for a balanced budget."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "balanced budget")
    assert s.content == "there was no hope for a balanced budget"
    assert s.speaker == "Tomas Kress"


def test_said_for_the_first_time_that(nlp):
    body = (
        "The Norland government acknowledged for the first time that members of the "
        "opposition had left the embassy where they had sheltered for a year."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "embassy")
    assert s.content == (
        "members of the opposition had left the embassy where they had sheltered for a year"
    )


def test_pleading_with_them_to_and_a_quotation_running_on(nlp):
    body = (
        "Talks stalled, even as business leaders sent a letter to both parties pleading with "
        "them to “stay the course, stay in the room, hold the line and compromise”. "
        "The mayor pleaded with the judge."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "stay the course")
    assert s.content == (
        "them to “stay the course, stay in the room, hold the line and compromise”"
    )
    assert s.speaker == "business leaders"
    assert len(ex.statements) == 1


def test_a_quotation_running_on_past_a_comma_to_its_mark(nlp):
    body = (
        "Brun praised Kress after their meeting, saying the prize is “well deserved, because "
        "we see the port's results and we see the improvements,” reported the Riverton Herald."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "well deserved")
    assert s.content == (
        "the prize is “well deserved, because we see the port's results and we see the "
        "improvements,”"
    )


def test_implied_bemoaned_and_insisted_on(nlp):
    body = (
        "Mayor Ilsa Brun has repeatedly insisted on negotiating with the dockers and the "
        "owners alike. Tomas Kress implied that he might also meet the owners. "
        "“The port deserves better than press releases,” the union bemoaned. "
        "The council insisted on Monday."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "negotiating")
    assert s.content == "negotiating with the dockers and the owners alike"
    assert s.cue == "insisted on"
    assert by_content(ex, "meet the owners").cue == "implied"
    s = by_content(ex, "press releases")
    assert s.kind == "direct" and s.cue == "bemoaned"
    assert len(ex.statements) == 3


def test_forecast_verbs_with_an_object(nlp):
    body = (
        "Analysts at Riverton Securities projected an uptick in inflation for April to 34 "
        "per cent. Economists predicted a recession in the second half of the year. "
        "The mayor projected confidence at the summit."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "uptick")
    assert s.content == "an uptick in inflation for April to 34 per cent"
    assert s.speaker == "Analysts at Riverton Securities"
    assert by_content(ex, "recession").cue == "predicted"
    assert len(ex.statements) == 2


def test_expressed_a_feeling_at_someone(nlp):
    body = (
        "The union expressed anger at the council for cutting jobs at the port. "
        "The mayor expressed anger at the meeting on Monday."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "anger")
    assert s.content == "anger at the council for cutting jobs at the port"
    assert len(ex.statements) == 1


def test_relative_clause_of_the_object_read_as_a_clause(nlp):
    body = (
        "Mayor Ilsa Brun has since thanked the ministers of Norland and Sudia Tomas Kress "
        "and Pavel Ruiz respectively who chaired the talks on the port."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "ministers")
    assert s.content.startswith("the ministers of Norland")
    assert s.content.endswith("who chaired the talks on the port")
    assert s.cue == "thanked"


def test_gerund_subject_of_a_reported_clause(nlp):
    body = "Tomas Kress says not disclosing the port accounts to the council led to unfairness."
    _, ex = run(nlp, body)
    s = by_content(ex, "unfairness")
    assert s.content == "not disclosing the port accounts to the council led to unfairness"
    assert s.speaker == "Tomas Kress"


def test_restrictive_relative_whose_gap_is_the_reported_subject(nlp):
    body = (
        "The union criticised the port initiative which the government said would "
        "help clean up the docks."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "initiative")
    assert s.cue == "criticised" and s.speaker == "union"
    s = [x for x in ex.statements if x.cue == "said"][0]
    assert s.content == "would help clean up the docks"
    assert s.speaker == "the government"
    body = "The mayor said: 'We also block other content that we think is harmful for children.'"
    _, ex = run(nlp, body)
    assert [x.cue for x in ex.statements] == ["said"]
