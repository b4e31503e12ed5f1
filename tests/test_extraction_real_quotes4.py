"""Reported-speech cues, frames and spans found on real news, fourth round (texts and
names made up for the tests)."""

from .extraction_helpers import by_content, run


def test_inverted_anonymous_source_after_a_quote(nlp):
    body = "Things went badly in March. “Everything is fraught,” admits one insider."
    _, ex = run(nlp, body)
    s = by_content(ex, "fraught")
    assert s.speaker == "one insider"


def test_not_x_but_y_stays_one_clause(nlp):
    body = (
        'Pavel Ruiz said he was not faulting the nurses, but the managers who "failed to '
        'plan" for winter.'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "nurses")
    assert s.content == (
        'he was not faulting the nurses, but the managers who "failed to plan" for winter'
    )


def test_cue_in_a_relative_clause_inside_another_report(nlp):
    body = (
        "The auditor who revealed that Mayor Ilsa Brun sought foreign help for her campaign "
        "is a tax official who was posted to City Hall, according to two people familiar "
        "with the case."
    )
    _, ex = run(nlp, body)
    s = [x for x in ex.statements if x.cue == "revealed"]
    assert s and s[0].content == "Mayor Ilsa Brun sought foreign help for her campaign"
    assert any(x.cue == "according to" for x in ex.statements)


def test_parenthetical_cue_and_a_second_one_in_a_relative_clause(nlp):
    body = (
        "The scheme, Rivas claimed, was run by a deputy in the north, who he claimed, had "
        "fled the country."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "was run by")
    assert s.content == "The scheme, Rivas claimed, was run by a deputy in the north"
    s = by_content(ex, "fled")
    assert s.content == "had fled the country" and s.speaker == "Rivas"


def test_relative_clause_whose_gap_is_the_reported_subject(nlp):
    body = (
        "The film, which the studio claims is its best, opens today. Critics attacked the "
        "new parks, which Mayor Ilsa Brun says are the finest in Norland."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "its best").content == "is its best"
    s = by_content(ex, "finest")
    assert s.content == "are the finest in Norland" and s.speaker == "Ilsa Brun"


def test_cue_then_a_phrase_then_that(nlp):
    body = (
        "The judge admitted during the hearing that officers leaked data to him about "
        "several people."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "leaked")
    assert s.content == "officers leaked data to him about several people" and s.cue == "admitted"


def test_blamed_x_of_y(nlp):
    body = "Norland and Sudia blamed the press of blowing things out of proportion."
    _, ex = run(nlp, body)
    assert by_content(ex, "blowing").content == "the press of blowing things out of proportion"


def test_stressed_with_a_gerund_object(nlp):
    body = (
        "Tomas Kress stressed opposing the new tariffs and insisting on the old treaty as the "
        "basis for trade."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "opposing")
    assert s.content == (
        "opposing the new tariffs and insisting on the old treaty as the basis for trade"
    )
    assert s.speaker == "Tomas Kress"


def test_worried_and_concerned_that(nlp):
    body = (
        "Many loyal donors are worried the mayor is “losing his grip” on the council. "
        "Pavel Ruiz is worried that the bridge will fail."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "grip")
    assert s.content == "the mayor is “losing his grip” on the council"
    assert s.speaker == "Many loyal donors"
    s = by_content(ex, "bridge")
    assert s.content == "the bridge will fail" and s.speaker == "Pavel Ruiz"


def test_surprise_over_downplayed_claims_acknowledged_possibility(nlp):
    body = (
        "The Norland Foreign Ministry expressed surprise over the statement issued by the "
        "Sudian premier. Ilsa Brun downplayed claims that a trade war between the two states "
        "is brewing. Pavel Ruiz acknowledged the possibility that the files could come from a "
        "hostile state. Campaigners expressed their anger at the delegates."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "statement issued").content.startswith("surprise over the statement")
    s = by_content(ex, "trade war")
    assert s.content == "claims that a trade war between the two states is brewing"
    s = by_content(ex, "hostile state")
    assert s.content == "the files could come from a hostile state" and s.speaker == "Pavel Ruiz"
    assert not [x for x in ex.statements if "delegates" in x.content]


def test_blamed_x_from_y_of_gerund(nlp):
    body = (
        "Officials from the two countries also blamed the press from the two states of "
        "blowing things out of proportion."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "blowing")
    assert s.content == "the press from the two states of blowing things out of proportion"


def test_cited_x_as_examples_of_y_but_not_cited_as_saying(nlp):
    body = (
        "Pavel Ruiz cited the reforms in Norland and Sudia as examples of how things are "
        "solved quietly. The mayor cited the floods. The Norland Times cited two aides as "
        "saying the mayor would resign."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "examples")
    assert s.content == (
        "the reforms in Norland and Sudia as examples of how things are solved quietly"
    )
    assert not [x for x in ex.statements if "floods" in x.content]
    s = by_content(ex, "would resign")
    assert s.speaker == "two aides" and s.cue == "saying"


def test_passive_as_such_with_a_by_agent(nlp):
    body = (
        "The storm, which hit the coast on Monday, was described by officials as the worst so far."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "worst")
    assert s.content == "the worst so far" and s.speaker == "officials"


def test_admission_that_and_a_revelation_after_a_colon(nlp):
    body = (
        "The row over the housing deal led to Mayor Ilsa Brun's rare admission that backing "
        "the developer was a “total mistake”. The Riverton council clerk Tomas Kress made a "
        "stunning revelation: the council does not know who sent the files."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "backing")
    assert s.content == "backing the developer was a “total mistake”"
    assert s.speaker == "Ilsa Brun"
    s = by_content(ex, "who sent the files")
    assert s.content.startswith("the council does not know") and s.speaker == "Tomas Kress"


def test_fronted_report_read_as_an_adverbial_of_the_inverted_cue(nlp):
    body = (
        "It was a long week. And at times, the mayor signs orders from inside the Garden "
        "Suite in the Old Town Hall, next to the river, said a person familiar with the matter."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "signs orders")
    assert s.content == (
        "at times, the mayor signs orders from inside the Garden Suite in the Old Town Hall, "
        "next to the river"
    )
    assert s.speaker == "a person familiar with the matter"


def test_urging_a_person_described_by_a_relative_clause(nlp):
    body = (
        "The Riverton City Council is urging anyone who is having problems removing flood "
        "damaged items from their home to contact it."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "contact it")
    assert s.content == (
        "anyone who is having problems removing flood damaged items from their home to contact it"
    )
    assert s.speaker == "Riverton City Council"


def test_denounces_x_in_a_way_that(nlp):
    body = (
        "The Norland Foreign Ministry denounces the seizure of the port in a way that has "
        "nothing to do with the present crisis, especially under the current circumstances."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "seizure")
    assert s.content.startswith(
        "the seizure of the port in a way that has nothing to do with the present crisis"
    )


def test_inverted_subject_followed_by_a_participle(nlp):
    body = (
        "Within this context, the city is playing a balanced role in the region to support "
        "new projects, said the ministry citing the opening of a school."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "balanced role")
    assert s.content.startswith("Within this context, the city is playing")
    assert s.content.endswith("to support new projects")
    assert s.cue == "said"


def test_parenthetical_cue_before_a_quoted_fragment_is_one_indirect_statement(nlp):
    body = (
        'That, Tomas Kress said, "made it easier" for the paper to go ahead with publication '
        "without risking criticism."
    )
    _, ex = run(nlp, body)
    (s,) = ex.statements
    assert s.kind == "indirect" and s.speaker == "Tomas Kress"
    assert s.content.endswith(
        '"made it easier" for the paper to go ahead with publication without risking criticism'
    )


def test_reported_clause_running_on_with_a_quotation_of_several_sentences(nlp):
    body = (
        'Council spokeswoman Lena Varga said the paper "agreed to redact certain material '
        "from the file. . . . The council then produced a version of the file with the agreed "
        'redactions. We posted that version online, after checking it."'
    )
    _, ex = run(nlp, body)
    (s,) = ex.statements
    assert s.kind == "indirect" and s.speaker == "Lena Varga"
    assert s.content.startswith('the paper "agreed to redact')
    assert s.content.endswith("after checking it.")


def test_quoted_subject_inside_a_that_clause_and_a_cue_set_off_after_a_phrase(nlp):
    body = (
        "One senior City Hall insider says pointedly that the words, “we are one council” "
        "need to be “nailed in big letters on the chamber wall”. By contrast, they add, the "
        "approach that “we are two councils at war” will lead to “more mess”."
    )
    _, ex = run(nlp, body)
    assert all(s.kind == "indirect" for s in ex.statements)
    s = by_content(ex, "one council")
    assert s.content == (
        "the words, “we are one council” need to be “nailed in big letters on the chamber wall”"
    )
    s = by_content(ex, "two councils")
    assert s.content == "the approach that “we are two councils at war” will lead to “more mess”"
    assert s.speaker == "One senior City Hall insider"


def test_in_the_words_of(nlp):
    body = (
        "Loyal aides are troubled by the growing tendency, in the words of one recently-ousted "
        "minister, for the council to behave “like a circular firing squad” over tense issues."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "firing squad")
    assert (s.kind, s.content, s.cue) == (
        "direct",
        "like a circular firing squad",
        "in the words of",
    )
    assert s.speaker == "one recently-ousted minister"


def test_labelled_x_as_y_read_as_a_clause(nlp):
    body = (
        "He labelled reports that the party was willing to work with the Greens as "
        "propaganda spread by its rivals."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "propaganda")
    assert s.content == (
        "reports that the party was willing to work with the Greens as propaganda spread by "
        "its rivals"
    )


def test_went_on_to_accuse(nlp):
    body = (
        "In response, Hui posted audit data as evidence that he had not acted wrongly, and "
        "went on to accuse the bank in particular of being “completely not trustworthy”, "
        "asserting that the new law had put pressure on banks."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "trustworthy")
    assert s.content == "the bank in particular of being “completely not trustworthy”"
    assert s.speaker == "Hui"


def test_acknowledged_a_quoted_word(nlp):
    body = (
        "“I think we are supportive of our staff,” White House aide Marc Ruiz told CNN, though "
        'he acknowledged Hill "frustration" with the Justice Department over records.'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "frustration")
    assert s.content == 'Hill "frustration" with the Justice Department over records'
    assert s.speaker == "Marc Ruiz"


def test_spoken_of_an_act_or_a_clause_and_chanting_for(nlp):
    body = (
        "Senate Republicans have spoken hopefully of working with each of the candidates. "
        "Vicente Ruiz spoke of how mistaken the mayor was with such an initiative. "
        "Ilsa Brun spoke to reporters on Monday. Tomas Kress spoke about the weather. "
        "Activist groups held rallies against the oil firms, chanting for a phase out of coal."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "working with").content == "working with each of the candidates"
    s = by_content(ex, "mistaken")
    assert s.content == "how mistaken the mayor was with such an initiative"
    assert not [x for x in ex.statements if "weather" in x.content or "reporters" in x.content]
    s = by_content(ex, "phase out")
    assert s.content == "a phase out of coal" and s.cue == "chanting for"


def test_quotation_running_on_after_its_subject_is_one_direct_quote(nlp):
    body = "The rules “take effect in May. We expect no delays,” Lena Varga said."
    _, ex = run(nlp, body)
    (s,) = ex.statements
    assert (s.kind, s.content) == ("direct", "take effect in May. We expect no delays")
    assert s.speaker == "Lena Varga"


def test_whole_quoted_clauses_after_that_are_direct_quotes(nlp):
    # (the outside annotators of the real-news rounds: a quotation that is the whole
    # reported clause after "that" is a direct quote; a quoted fragment the clause goes on
    # after stays inside the indirect statement)
    body = (
        "Tomas Kress told a meeting of the council called by the mayor that “the river remains "
        "an area of danger” and “we cannot allow free passage of boats without our "
        "inspection.” Ilsa Brun said that “nothing is decided” about the bridge."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "area of danger")
    assert (s.kind, s.content, s.speaker) == (
        "direct",
        "the river remains an area of danger",
        "Tomas Kress",
    )
    s = by_content(ex, "free passage")
    assert s.kind == "direct" and s.speaker == "Tomas Kress"
    s = by_content(ex, "nothing is decided")
    assert s.kind == "indirect" and s.content == "“nothing is decided” about the bridge"


def test_hypothetical_quote_inside_a_quote(nlp):
    body = (
        "“The unions are going to say, ‘You broke your promise to us,’ and they will be "
        "right,” Tomas Kress said. “Then Brun told me, ‘We will never sign this deal,’ and "
        "left,” Kress said."
    )
    _, ex = run(nlp, body)
    assert not [s for s in ex.statements if s.content == "You broke your promise to us"]
    assert [s for s in ex.statements if s.content == "We will never sign this deal"]


def test_called_a_long_object_a_quoted_name_after_a_quote(nlp):
    body = (
        "“My message to fellow councillors is people elect us to lead, and they’re not "
        "leading right now,” said Cllr Tomas Kress (R-N.C.), who called the ouster of the "
        "mayor and the subsequent failures to muster 17 votes for a successor an "
        "“embarrassment.”"
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "ouster")
    assert s.content.startswith("the ouster of the mayor and the subsequent failures")
    assert s.content.endswith("an “embarrassment.”") and s.speaker == "Tomas Kress"


def test_concern_among_a_group_that(nlp):
    body = (
        "The fight has sparked concern among Democrats -- and some Republicans -- that allies "
        "of the mayor are seeking to interfere with the audit, believing a vote could be used "
        "by the mayor as a pretext to fire the auditor."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "interfere")
    assert s.content == "allies of the mayor are seeking to interfere with the audit"
    assert s.speaker == "Democrats"
    _, ex = run(nlp, "There is growing concern among scientists that the city will cut funds.")
    assert not ex.statements


def test_named_person_s_words_inside_another_report(nlp):
    body = (
        "The meeting also discussed the importance of widening the base of mediators in the "
        "talks, but at the same time Tomas Kress expressed reservations about the presence of "
        "any party supporting the rebels, describing it as a “criminal gang,” according to "
        "the statement. Lena Varga said that during the meeting, Tomas Kress warned that the "
        "talks would fail."
    )
    _, ex = run(nlp, body)
    s = [x for x in ex.statements if x.cue == "expressed"]
    assert (
        s and s[0].content == "reservations about the presence of any party supporting the rebels"
    )
    assert s[0].speaker == "Tomas Kress"
    s = [x for x in ex.statements if x.cue == "warned"]
    assert s and s[0].content == "the talks would fail" and s[0].speaker == "Tomas Kress"
    assert any(x.cue == "said" and x.speaker == "Lena Varga" for x in ex.statements)


def test_but_before_a_whole_quoted_sentence(nlp):
    body = (
        "The council met on Monday. Ilsa Brun acknowledged the possibility that the files "
        'could come from "a hostile state." But "provenance is not essential; accuracy is."'
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "provenance")
    assert (s.kind, s.content) == ("direct", "provenance is not essential; accuracy is.")
    assert s.speaker == "Ilsa Brun"


def test_what_it_said_was_x(nlp):
    body = (
        "The government placed the Norland region under a state of emergency following what "
        "Ilsa Brun said was an attack by the region’s ruling party on an army base. "
        "What the mayor said was a lie."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "attack")
    assert s.content == "an attack by the region’s ruling party on an army base"
    assert s.speaker == "Ilsa Brun"
    assert not [x for x in ex.statements if "lie" in x.content]


def test_saying_x_and_warning_that_y_with_the_participle_read_as_a_noun(nlp):
    body = (
        "The envoy Ilsa Brun accused Norland of using the river corridor to get grain to "
        "markets on Monday, saying this is why it suspended the deal and warning that it will "
        "not allow the passage of boats without its consent."
    )
    _, ex = run(nlp, body)
    assert by_content(ex, "suspended").content == "this is why it suspended the deal"
    s = by_content(ex, "passage of boats")
    assert s.content == "it will not allow the passage of boats without its consent"
    assert s.speaker == "Ilsa Brun"


def test_surprise_over_a_statement_issued_and_published(nlp):
    body = (
        "The Norland Foreign Ministry has expressed surprise over the statement issued in the "
        "name of the Sudian premier and published on his official social media account where "
        "he is attacking Norland in a manner that does not do justice to its efforts in "
        "support of Sudia, and its stability and security."
    )
    _, ex = run(nlp, body)
    s = by_content(ex, "statement issued")
    assert s.content.endswith("and its stability and security")


def test_quoted_name_before_a_parenthetical_cue(nlp):
    body = (
        "Lena Varga sent an email to Pavel Ruiz and Ilsa Brun. “Lena,” she wrote of herself, "
        "was “to go to City Hall with Ilsa” as her chief of staff. “The door,” Varga said, "
        "“was never fully closed for people like me.”"
    )
    _, ex = run(nlp, body)
    assert not [s for s in ex.statements if s.content == "Lena"]
    s = by_content(ex, "City Hall")
    assert s.kind == "indirect" and s.speaker == "Lena Varga"
    assert s.content.endswith("“to go to City Hall with Ilsa” as her chief of staff")
    assert by_content(ex, "The door").kind == "direct"  # a split quotation stays direct
