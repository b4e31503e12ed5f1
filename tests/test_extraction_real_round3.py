"""Attribution shapes found on a third batch of real news (our own short texts)."""

from statements.extraction.pipeline import extract
from statements.extraction.reading import normalize
from tests.extraction_helpers import by_content, run


def test_a_caucus_named_by_its_chamber_is_the_caucus_not_the_chamber(nlp):
    _, ex = run(
        nlp,
        "Senate Democrats said the bill would raise costs for families. "
        "The Senate will vote on Friday.",
    )
    assert by_content(ex, "raise costs").speaker == "Senate Democrats"


def test_an_outlets_report_is_the_outlet(nlp):
    _, ex = run(
        nlp,
        "Sky News reported that the minister had been warned. "
        "The Sky report claimed that the minister had ignored the warnings.",
    )
    assert by_content(ex, "ignored the warnings").speaker == "Sky News"
    assert not [a for a in ex.actors if a.name == "Sky"]


def test_doubled_apostrophes_are_one_quote_mark(nlp):
    text, ex = run(
        nlp,
        "''We will not back down,'' the union leader Maria Costa said. ''The strike goes on.''",
    )
    first = by_content(ex, "We will not back down")
    assert first.content == "We will not back down"
    assert first.speaker == "Maria Costa"
    assert by_content(ex, "The strike goes on").kind == "direct"
    assert text[first.content_span[0] - 2 : first.content_span[0]] == "''"


def test_doubled_marks_map_back_to_the_raw_text():
    norm = normalize("He said ``no'' twice.")
    assert norm.text == 'He said \u201cno" twice.'
    start = norm.text.index("no")
    assert norm.raw_span_text(start, start + 2) == "no"
    assert norm.raw_span_text(start - 1, start + 3) == "``no''"


def test_they_after_a_coordinated_subject_is_that_pair_not_an_older_group(nlp):
    _, ex = run(
        nlp,
        "Allies of the prime minister said she would survive the vote.\n\n"
        "Ann Lowe and Raj Patel wrote to the agency on Monday. "
        "They contended that the rule was illegal.",
    )
    assert by_content(ex, "the rule was illegal").speaker == "Ann Lowe"


def test_coordinated_speakers_each_get_the_statement(nlp):
    _, ex = run(
        nlp,
        "Acme Motors, Borlo Cars and Cintex Industries said they want to settle the strike.\n\n"
        "Ann Lowe and Raj Patel wrote to the agency on Monday. "
        "They contended that the rule was illegal.",
    )
    strike = [s.speaker for s in ex.statements if "settle the strike" in s.content]
    assert strike == ["Acme Motors", "Borlo Cars", "Cintex Industries"]
    rule = [s.speaker for s in ex.statements if "rule was illegal" in s.content]
    assert rule == ["Ann Lowe", "Raj Patel"]


def test_a_described_company_is_the_body_named_before_even_if_ner_missed_it(nlp):
    _, ex = run(
        nlp,
        "Shares of Veltrix fell Tuesday after the biopharmaceutical company said it missed "
        "its goal in a trial.\n\n"
        "Dr. Ana Ruiz of the University of Lisbon called the result disappointing.\n\n"
        "The study did not show a benefit, the company said.",
    )
    assert by_content(ex, "missed its goal").speaker == "Veltrix"
    assert by_content(ex, "did not show a benefit").speaker == "Veltrix"


def test_a_company_whose_name_holds_an_outlets_name_is_not_the_outlet(nlp):
    _, ex = run(
        nlp,
        "Thomson Reuters Corp is planning for a new chief executive, the business "
        "information company said on Sunday.\n\n"
        "In a statement, Thomson Reuters said the board was united.",
    )
    assert by_content(ex, "planning for a new chief").speaker == "Thomson Reuters Corp"
    assert by_content(ex, "board was united").speaker == "Thomson Reuters Corp"
    assert "Reuters" not in {a.name for a in ex.actors}


def test_an_unnamed_spokesperson_is_a_source_named_as_written_that_speaks_for_the_body(nlp):
    _, ex = run(
        nlp,
        "Orvil Motors said talks were going well.\n\n"
        "A Pell Industries spokeswoman said Tuesday that negotiations were continuing. "
        "The spokeswoman added that no date had been set.\n\n"
        "A spokesman for Orvil Motors said the offer was final. The company said it "
        "would not wait.",
    )
    pell = by_content(ex, "negotiations were continuing")
    assert pell.speaker == "A Pell Industries spokeswoman"
    assert by_content(ex, "no date had been set").speaker == pell.speaker
    assert by_content(ex, "offer was final").speaker == "A spokesman for Orvil Motors"
    assert by_content(ex, "would not wait").speaker == "Orvil Motors"
    parents = {a.name: a.parent for a in ex.actors}
    assert parents["A spokesman for Orvil Motors"] == "Orvil Motors"


def test_a_persons_spokesperson_is_named_as_first_written(nlp):
    _, ex = run(
        nlp,
        "Prime Minister Ola Berg faced questions on Monday. Berg’s official spokesperson "
        "said the minister had acted properly. The prime minister's spokesperson added "
        "that no inquiry was planned.",
    )
    first = by_content(ex, "acted properly")
    assert first.speaker == "Berg’s official spokesperson"
    assert by_content(ex, "no inquiry was planned").speaker == first.speaker


def test_he_is_not_a_woman_known_by_her_common_first_name(nlp):
    _, ex = run(
        nlp,
        "Opposition lawyer Dev Patil left the city last week. On Tuesday, Governor Carrie "
        "Wong questioned his honesty.\n\n"
        "He said on Thursday that his bank accounts had been frozen.",
    )
    assert by_content(ex, "bank accounts had been frozen").speaker == "Dev Patil"


def test_number_ten_is_the_british_government(nlp):
    _, ex = run(
        nlp,
        "No 10 stressed that the minister had acted properly. The minister was not "
        "involved, No 10 said.",
    )
    assert by_content(ex, "acted properly").speaker == "Government of the United Kingdom"
    assert by_content(ex, "was not involved").speaker == "Government of the United Kingdom"


def test_a_fronted_reports_pronoun_is_not_the_person_named_inside_it(nlp):
    _, ex = run(
        nlp,
        "Senior aide Peter Lang spoke to reporters after the meeting. "
        "President Hans Kessler is now fully informed on the talks, he added.",
    )
    assert by_content(ex, "fully informed").speaker == "Peter Lang"


def test_said_monday_is_no_speaker_the_name_before_it_is(nlp):
    _, ex = run(
        nlp,
        '"This is not something the chairman has discussed with the speaker," AshLee Strand, '
        "spokeswoman for Ryan, said Monday when asked if the speaker supported the effort.",
    )
    assert by_content(ex, "not something the chairman").speaker == "AshLee Strand"
    assert "Monday" not in {a.name for a in ex.actors}


def test_a_countrys_envoy_in_the_lead_is_the_person_named_next(nlp):
    _, ex = run(
        nlp,
        "UNITED NATIONS (AP) — Russia’s U.N. ambassador accused Sylvania of using the "
        "corridor for military purposes on Monday.\n\n"
        "Ivo Brand told the Security Council that the sea remains an area of hostilities.",
    )
    assert by_content(ex, "Sylvania of using").speaker == "Ivo Brand"


def test_the_senate_of_an_article_set_elsewhere_is_not_the_us_senate(nlp):
    _, ex = run(
        nlp,
        "ABUJA — Nigerian lawmakers met in Abuja on Monday. The Senate said the report "
        "about Nigeria's budget was false.",
    )
    assert by_content(ex, "the report about").speaker == "Senate of Nigeria"


def test_an_outlet_described_before_its_name_is_the_outlet(nlp):
    _, ex = run(nlp, "Regional broadcaster Tigray TV reported that the army had defected.")
    assert by_content(ex, "army had defected").speaker == "Tigray TV"


def test_a_countrys_side_is_its_government(nlp):
    _, ex = run(nlp, "The U.S. side told Tokyo it does not plan to discuss tariffs.")
    assert by_content(ex, "does not plan").speaker == "Government of the United States"


def test_an_adverb_after_a_described_source_is_no_part_of_its_name(nlp):
    _, ex = run(
        nlp,
        "A Palestinian source familiar with the negotiations earlier told AFP that "
        "mediators were working on a plan.",
    )
    st = by_content(ex, "mediators were working")
    assert st.speaker == "A Palestinian source familiar with the negotiations"


def test_a_role_is_not_the_possessor_named_just_before(nlp):
    _, ex = run(
        nlp,
        "MPs passed the bill after several Labour politicians defied Jeremy Corbyn’s "
        "instruction to vote against.\n\n"
        "The Prime Minister described the vote as a “historic decision”.",
    )
    st = [s for s in ex.statements if "historic decision" in s.content]
    assert all(s.speaker != "Jeremy Corbyn" for s in st)


def test_every_company_in_a_joint_subject_gets_the_statement(nlp):
    _, ex = run(
        nlp,
        "Ford, General Motors and Stellantis said they want to settle the strike.",
    )
    speakers = {s.speaker for s in ex.statements if "settle the strike" in s.content}
    assert {"General Motors", "Stellantis"} <= speakers


def test_a_listed_name_is_no_part_of_the_committee_named_after_it(nlp):
    _, ex = run(
        nlp,
        "Thune, Crapo and Senate Agriculture, Nutrition and Forestry Committee Chair John "
        "Boozman thought they had secured the vote.",
    )
    assert not [a for a in ex.actors if a.name.startswith("Crapo and")]


def test_a_body_name_that_ner_split_in_two_is_one_name(nlp):
    _, ex = run(
        nlp,
        "East Riding of Yorkshire Council asked the High Court to continue an injunction.\n\n"
        "The Pharmaceutical Research and Manufacturers of America says that price spikes "
        "have eased.",
    )
    assert by_content(ex, "the High Court to continue").speaker == (
        "East Riding of Yorkshire Council"
    )
    assert by_content(ex, "price spikes").speaker == (
        "Pharmaceutical Research and Manufacturers of America"
    )


def test_a_press_secretary_is_a_voice_like_a_spokesperson(nlp):
    _, ex = run(
        nlp,
        "Prime Minister Ola Berg faced questions on Monday, with Berg’s press secretary "
        "saying the office would not respond to hypothetical questions.\n\n"
        "Asked whether the minister broke the rules, the press secretary said: "
        "“No, definitely not.”",
    )
    first = by_content(ex, "would not respond")
    assert first.speaker == "Berg’s press secretary"
    assert by_content(ex, "definitely not").speaker == first.speaker
    voice = next(a for a in ex.actors if a.name == first.speaker)
    assert "secretary" not in voice.aliases


def test_the_person_a_quote_addresses_is_not_its_speaker(nlp):
    _, ex = run(
        nlp,
        "Public outbursts between President Tomas Varga and Deputy President Ivo Lund have "
        "continued, with Lund now asking the head of State to retire.\n\n"
        "The candidate was responding to Varga's attacks on him, in which he said his "
        "deputy was a liar.\n\n"
        '"Mr. President, leave the man to me, you can now go home," he said.',
    )
    assert by_content(ex, "leave the man to me").speaker == "Ivo Lund"


def test_a_lead_describing_someone_is_the_person_the_next_paragraph_opens_with(nlp):
    _, ex = run(
        nlp,
        "WASHINGTON — A senior Republican lawmaker said Tuesday he plans to investigate the "
        "price of insulin.\n\n"
        "Sen. Chuck Grassley, R-Iowa, said he had written to three drug makers.",
    )
    assert by_content(ex, "plans to investigate").speaker == "Chuck Grassley"


def test_a_senior_official_in_the_lead_stays_anonymous(nlp):
    _, ex = run(
        nlp,
        "WASHINGTON — A senior official said Tuesday the talks had stalled.\n\n"
        "Sen. Chuck Grassley, R-Iowa, said he had written to three drug makers.",
    )
    assert by_content(ex, "talks had stalled").speaker != "Chuck Grassley"


def test_an_orphan_quote_after_a_pronoun_paragraph_is_that_persons(nlp):
    _, ex = run(
        nlp,
        "Opposition leader John Steen said on Sunday the party would not join any "
        "coalition.\n\n"
        "He labelled reports that the party was willing to work with the ruling party as "
        "propaganda.\n\n"
        '"We do not want to get into bed with them. We want to kick them out."',
    )
    assert by_content(ex, "get into bed").speaker == "John Steen"


def test_a_quote_inside_i_said_is_the_quoting_speakers(nlp):
    _, ex = run(
        nlp,
        "“I had a discussion with the deputy and I said to him, ‘I appointed you and I’m the "
        "only person who can remove you’,” President Cyril Ramos said.",
    )
    inner = [s for s in ex.statements if s.content.startswith("I appointed you")]
    assert inner and inner[0].speaker == "Cyril Ramos"


def test_titles_and_qualifiers_before_a_name_are_no_people(nlp):
    _, ex = run(
        nlp,
        "Garforth and Swillington Independent leader Mark Dobson criticised the decision. "
        'He said: "I am the first to say you might not agree with it."\n\n'
        "A copy was forwarded to the minister by Independent TD Thomas Pringle on March 12. "
        "Mr Pringle told the minister that the information was incorrect.\n\n"
        "Sergeant Damien Hogan said suspicions were raised. The sergeant said that staff "
        "had access to confidential files.",
    )
    assert by_content(ex, "first to say").speaker == "Mark Dobson"
    assert by_content(ex, "information was incorrect").speaker == "Thomas Pringle"
    assert by_content(ex, "confidential files").speaker == "Damien Hogan"
    names = {a.name for a in ex.actors}
    assert "Garforth" not in names and "Pringle" not in names


def test_a_spokeswoman_of_a_bracketed_acronym_body_is_a_source_of_her_own(nlp):
    _, ex = run(
        nlp,
        "A Department of Health and Social Care (DHSC) spokeswoman said the government had "
        "provided more money. The spokeswoman said the money would go to hospitals.",
    )
    first = by_content(ex, "provided more money")
    assert first.speaker.endswith("spokeswoman")
    assert by_content(ex, "go to hospitals").speaker == first.speaker


def test_a_ministry_name_ner_cut_at_and_or_ran_over_a_comma(nlp):
    _, ex = run(
        nlp,
        "The Kenyan Ministry of Foreign Affairs and International Cooperation has expressed "
        "surprise over the report.\n\n"
        "The Ministry said the claims were false.\n\n"
        "Briefing the media, the permanent secretary in the Ministry of Trade and Industry, "
        "Prof Adolf Mkenda, said solutions would be found.",
    )
    assert by_content(ex, "claims were false").speaker.endswith(
        "Ministry of Foreign Affairs and International Cooperation"
    )
    assert by_content(ex, "solutions would be found").speaker == "Adolf Mkenda"


def test_titles_written_as_initials(nlp):
    _, ex = run(
        nlp,
        "Egyptian Foreign Minister Sameh Shoukry spoke in Manama on Saturday.\n\n"
        "On Libya, the FM said that Egypt supports a new government.\n\n"
        "Permanent secretary Adolf Mkenda briefed the media. The Foreign Affairs PS also "
        "revealed that the government was aware of the reports.",
    )
    assert by_content(ex, "supports a new government").speaker == "Sameh Shoukry"
    assert by_content(ex, "aware of the reports").speaker == "Adolf Mkenda"
    assert "PS" not in {a.name for a in ex.actors}


def test_interviews_with_sources_are_those_sources_and_a_dash_gloss_is_no_name(nlp):
    _, ex = run(
        nlp,
        "She does not run the group, according to interviews with six current and former "
        "officials.\n\n"
        "MI5 - Britain's domestic security service - says it hopes the film will help "
        "recruitment. Farmers in the south-west say they have few alternatives.",
    )
    assert by_content(ex, "does not run the group").speaker == ("six current and former officials")
    assert by_content(ex, "help recruitment").speaker == "Security Service"
    assert by_content(ex, "few alternatives").speaker == "Farmers in the south-west"


def test_people_of_a_body_are_not_the_body(nlp):
    _, ex = run(
        nlp,
        "Two MI5 agents told the BBC their job was to protect the country. Three Acme Corp "
        "employees said the plant was unsafe.",
    )
    assert by_content(ex, "protect the country").speaker == "Two MI5 agents"
    assert by_content(ex, "plant was unsafe").speaker == "Three Acme Corp employees"


def test_my_father_inside_a_quote_is_the_speakers_father(nlp):
    _, ex = run(
        nlp,
        "\"When I joined, my father said, 'What's there to get excited about? You work for a "
        "shop,'\" said Maya Patel, an analyst.",
    )
    inner = [s for s in ex.statements if s.content.startswith("What's there")]
    assert inner and inner[0].speaker == "Maya Patel's father"


def test_a_committee_opening_a_listed_persons_title_is_not_a_speaker(nlp):
    _, ex = run(
        nlp,
        "Thune’s mood improved after he and Murkowski reviewed the text while Senate Finance "
        "Committee Chair Mike Crapo (R-Idaho) hovered nearby.\n\n"
        "Thune, Crapo and Senate Agriculture, Nutrition and Forestry Committee Chair John "
        "Boozman (R-Ark.) thought they had secured Murkowski’s vote.",
    )
    speakers = [s.speaker for s in ex.statements if "secured Murkowski" in s.content]
    assert "John Boozman" in speakers
    assert not [x for x in speakers if "Senate" in (x or "")]


def test_a_bare_title_in_a_deck_is_the_holder_named_below(nlp):
    text = (
        "Premier plays down talk of a deal after president says it will happen\n"
        "‘When we have something to report, we will,’ PM says, shortly after US president "
        "tells families: ‘Hang in there, we’re coming’\n\n"
        "Prime Minister Ola Berg said Tuesday that news of any deal would be made public. "
        "Earlier, US President Joe Biden said he believed a deal would happen soon.\n"
    )
    ex = extract(text, nlp=nlp)
    assert by_content(ex, "something to report").speaker == "Ola Berg"
    assert by_content(ex, "Hang in there").speaker == "Joe Biden"


def test_a_preposition_opening_a_sentence_is_no_part_of_a_name(nlp):
    _, ex = run(
        nlp,
        "To Bob Woodward, the report was clear. Four officials objected to the publication, "
        "Woodward said.",
    )
    assert by_content(ex, "objected to the publication").speaker == "Bob Woodward"
    assert "To Bob Woodward" not in {a.name for a in ex.actors}


def test_a_described_body_is_the_one_the_headline_names(nlp):
    text = (
        "Coastal Health launches a wait times website\n"
        "Monday, March 3, 2025\n\n"
        "The health authority for the coast has launched a website with estimated emergency "
        "room wait times.\n\n"
        "The health authority estimates that nine out of 10 patients will be seen in time.\n"
    )
    ex = extract(text, nlp=nlp)
    assert by_content(ex, "nine out of 10").speaker == "Coastal Health"


def test_wire_junk_titles_and_postnominals_are_no_part_of_a_name(nlp):
    _, ex = run(
        nlp,
        "Officials met on Friday (Kyodo Press)--Kenji Mori, the project manager, said the "
        "team did well.\n\n"
        "Gerald Butler QC said a deterrent sentence was inevitable. Taoiseach Leo Varadkar "
        "said Ireland would stand firm. A federal government source on Friday said the plan "
        "was legal.",
    )
    names = {a.name for a in ex.actors}
    assert "Gerald Butler" in names and "Leo Varadkar" in names
    assert not [n for n in names if "--" in n or n.endswith("QC") or "Taoiseach" in n]
    assert by_content(ex, "plan was legal").speaker == "A federal government source"
