"""Speaker rules added for blind stress batch 24 and later (bench/corpus/stress): short
fictional texts written for these tests."""

from tests.extraction_helpers import by_content, run, speaks_for


def test_fronted_clause_beats_a_comment_tail_after_the_cue(nlp):
    _, ex = run(
        nlp,
        "LILONGWE, March 3 (Reuters) - Malawi will cut its fertiliser subsidy by a third next "
        "season, the finance ministry "
        "said on Wednesday, a move farmers' groups warned could push millions of smallholders "
        "back into hunger.",
    )
    st = by_content(ex, "Malawi will cut its fertiliser subsidy")
    assert st.speaker == "Ministry of Finance of Malawi"
    assert "a move" not in st.content


def test_relative_clause_with_a_subject_gap_is_speech_of_its_subject(nlp):
    _, ex = run(
        nlp,
        "Parking fees will double next year, the town council said on Monday, a move shop "
        "owners' groups warned could empty the town centre.",
    )
    assert by_content(ex, "could empty the town centre").speaker == "shop owners' groups"


def test_both_x_and_y_said_is_said_by_each(nlp):
    _, ex = run(
        nlp,
        "Council member Ray Delgado opposed the plan. Engineer Priya Nair defended it. "
        "Both Delgado and Nair said they would meet residents on Friday. Both said the "
        "vote was close.",
    )
    found = [s for s in ex.statements if "meet residents" in s.content]
    assert len(found) == 2 and found[0].speaker == "Ray Delgado"
    assert not [s for s in ex.statements if "vote was close" in s.content]


def test_its_spokesperson_speaks_for_the_body(nlp):
    _, ex = run(
        nlp,
        "The Harbour Traders Association said rents had doubled. Its spokesperson said many "
        "shops would close by summer.",
    )
    assert by_content(ex, "many shops would close").speaker == "Harbour Traders Association"


def test_the_ministers_office_is_the_office_of_that_minister(nlp):
    _, ex = run(
        nlp,
        "LILONGWE, March 3 (Reuters) - Finance Minister Chikondi Banda told parliament the "
        "programme had cost twice its budget. The minister's office said later that the cut "
        "would not affect households headed by women.",
    )
    st = by_content(ex, "the cut would not affect")
    assert st.speaker == "Office of the Minister of Finance of Malawi"


def test_prime_ministers_spokesman_speaks_for_the_government(nlp):
    _, ex = run(
        nlp,
        "Child poverty in England rose for a third year. The prime minister's official "
        "spokesman said the government was looking carefully at the cost.",
    )
    st = by_content(ex, "looking carefully at the cost")
    assert st.speaker == "Government of the United Kingdom"


def test_simple_past_cue_beside_a_backshifted_clause_is_the_speakers(nlp):
    _, ex = run(
        nlp,
        "Health Minister Rui Falcão said the government had already offered a 12% rise and "
        "accused the unions of moving the goalposts.",
    )
    assert by_content(ex, "the unions of moving").speaker == "Rui Falcão"


def test_pronoun_takes_up_an_unnamed_spokesperson(nlp):
    _, ex = run(
        nlp,
        "Mayor Tom Reilly opened a food bank in Leeds, England, on Monday.\n\n"
        "The prime minister's official spokesman said the government was looking "
        "carefully at the cost of school meals. He "
        "said the priority remained getting inflation down.",
    )
    st = by_content(ex, "the priority remained")
    assert st.speaker == by_content(ex, "looking carefully").speaker
    assert st.speaker != "Tom Reilly"


def test_mp_after_a_party_is_a_title(nlp):
    _, ex = run(nlp, "Labour MP Rachel Boyd said the plan had failed by its own measures.")
    assert by_content(ex, "the plan had failed").speaker == "Rachel Boyd"


def test_rather_than_a_cue_is_no_speech(nlp):
    _, ex = run(
        nlp,
        "Rachel Boyd told the BBC that ministers needed to reform the contract rather than "
        "announce new funding.",
    )
    assert not [s for s in ex.statements if s.content == "new funding"]
    assert by_content(ex, "ministers needed").content.endswith("announce new funding")


def test_passive_cue_with_an_agent_is_the_agents_speech(nlp):
    _, ex = run(
        nlp,
        "Sandra Pike, 67, waited three years for an appointment, said Mrs Pike, who was told "
        "by her GP that no practice in the county was taking adult patients.",
    )
    assert by_content(ex, "no practice in the county").speaker != "Sandra Pike"


def test_simple_past_after_clause_is_no_part_of_a_backshifted_report(nlp):
    _, ex = run(
        nlp,
        "Harrow Rovers manager Niall Doyle said his side had produced “the perfect away "
        "performance” after Kofi Mensah's late header earned a 2-1 win at Castlebridge.",
    )
    st = by_content(ex, "his side had produced")
    assert "Mensah" not in st.content
    _, ex = run(nlp, "Osgood said a power failure had knocked out the sirens after the surge hit.")
    assert by_content(ex, "a power failure had").content.endswith("after the surge hit")


def test_descriptors_and_ombudsman_before_a_name_are_no_part_of_it(nlp):
    _, ex = run(
        nlp,
        "Resident Gary Dubois said the district had added administrators. Ombudsman Carla "
        "Mendoza said no protest justified the use of live ammunition.",
    )
    assert by_content(ex, "added administrators").speaker == "Gary Dubois"
    assert by_content(ex, "no protest justified").speaker == "Carla Mendoza"


def test_a_countrys_role_office_and_his_office_without_a_known_country(nlp):
    _, ex = run(
        nlp,
        "LIMA, June 4 (Reuters) - Peru's ombudsman's office said it had asked prosecutors to "
        "investigate the deaths.\n\nPresident Martin Salazar has not commented publicly. His "
        "office said he would travel to the region on Thursday.",
    )
    assert by_content(ex, "asked prosecutors").speaker == "Office of the Ombudsman of Peru"
    assert by_content(ex, "travel to the region").speaker == "Office of the President of Peru"


def test_relative_clause_on_an_apposition_belongs_to_the_named_person(nlp):
    _, ex = run(
        nlp,
        "“He is being punished for telling the truth,” said Grace Achieng, a dock worker who "
        "said she had known him for 20 years.",
    )
    assert by_content(ex, "she had known him").speaker == "Grace Achieng"


def test_apparel_company_is_no_person(nlp):
    _, ex = run(
        nlp,
        "A spokesperson for Nordvik Apparel said the company supported a living wage for all "
        "garment workers.",
    )
    assert speaks_for(ex, by_content(ex, "the company supported")) == "Nordvik Apparel"
    assert [a.kind for a in ex.actors if a.name == "Nordvik Apparel"] == ["organisation"]


def test_apposition_with_an_org_noun_but_a_personal_pronoun_is_a_person(nlp):
    _, ex = run(
        nlp,
        "Rokeya Begum, a sewing machine operator, said she worked 11 hours a day. “My "
        "daughter asks why I never see her awake,” she said.",
    )
    assert by_content(ex, "My daughter asks").speaker == "Rokeya Begum"


def test_gap_relative_folded_into_the_subject_of_the_main_cue(nlp):
    _, ex = run(
        nlp,
        "MANILA — Farm groups staged a protest on Monday after the government extended a cut "
        "in rice tariffs, a move officials said would keep retail prices in check.",
    )
    assert by_content(ex, "would keep retail prices").speaker == "officials"
    assert not [s for s in ex.statements if "Farm groups staged" in s.content]


def test_the_ministry_after_a_minister_without_a_dateline_country(nlp):
    _, ex = run(
        nlp,
        "TROMSØ — Salmon farmers in northern Norway warned of job losses.\n\nFinance Minister "
        "Kari Nygaard defended the proposal. The ministry said the tax would raise about 5 "
        "billion kroner a year.",
    )
    assert by_content(ex, "the tax would raise").speaker == "Ministry of Finance of Norway"


def test_organisation_name_with_a_conjunction_is_kept_whole(nlp):
    _, ex = run(
        nlp,
        "The Mull and Iona Ferry Committee said residents had missed hospital appointments. "
        "The Bangladesh Garment Manufacturers and Exporters Association said its members "
        "could not afford the demand.",
    )
    assert by_content(ex, "residents had missed").speaker == "Mull and Iona Ferry Committee"
    assert (
        by_content(ex, "its members could not").speaker
        == "Bangladesh Garment Manufacturers and Exporters Association"
    )


def test_coordinated_would_clause_stays_in_the_report(nlp):
    _, ex = run(
        nlp,
        "Sofia Lindqvist told investors that the company would try to run as many flights as "
        "possible and would offer refunds to passengers.",
    )
    assert by_content(ex, "would try to run").content.endswith("refunds to passengers")


def test_who_after_an_apposition_with_a_place_of_work_is_the_person(nlp):
    _, ex = run(
        nlp,
        "Analysts at Kestrel Securities were cautious. “The bigger risk is reputational,” said "
        "Maja Holm, an aviation analyst at the firm, who said summer bookings could shift.",
    )
    assert by_content(ex, "summer bookings could shift").speaker == "Maja Holm"


def test_the_government_before_any_is_named_is_the_texts_country(nlp):
    _, ex = run(
        nlp,
        "Jordan has signed a deal to build a desalination plant, the government announced on "
        "Sunday, as Jordan faces a drought.",
    )
    assert by_content(ex, "Jordan has signed a deal").speaker == "Government of Jordan"


def test_a_ministry_spokeswoman_is_no_company(nlp):
    _, ex = run(
        nlp,
        "Analysts at Kestrel Securities said the strike could be costly. A ministry "
        "spokeswoman said the state mediator had offered to host talks next week.",
    )
    assert by_content(ex, "the state mediator").speaker != "Kestrel Securities"
