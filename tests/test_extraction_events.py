"""Event extraction rules (statements/extraction/events.py): short texts written for these
tests, with invented people. The article date is Monday, March 3, 2025."""

import datetime as dt

from tests.extraction_helpers import run as article

MONDAY = dt.date(2025, 3, 3)


def run(nlp, body, **kwargs):
    return article(nlp, body, **kwargs)[1]


def of_kind(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def one(ex, kind):
    found = of_kind(ex, kind)
    assert len(found) == 1, [(e.kind, e.title, e.date) for e in ex.events]
    return found[0]


# -- triggers and kinds ----------------------------------------------------------------


def test_phone_call_between_two_named_people(nlp):
    ex = run(
        nlp,
        "On Sunday, Foreign Minister Arvo Kallander held a telephone conversation with "
        "his counterpart Mira Odunsi about the border crossings.",
    )
    ev = one(ex, "phone_call")
    assert ev.date == dt.date(2025, 3, 2)
    assert set(ev.participants) >= {"Arvo Kallander", "Mira Odunsi"}
    assert ev.title == "Telephone conversation between Arvo Kallander and Mira Odunsi"


def test_summoning_an_envoy_is_a_diplomatic_meeting(nlp):
    ex = run(
        nlp,
        "Poland’s foreign ministry summoned Belarus’s charge d’affaires on Monday after "
        "balloons drifted across the border.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == MONDAY
    assert "Belarus" in ev.participants
    assert ev.title.startswith("Summoning of Belarus")


def test_agreeing_to_build_is_an_agreement_not_a_protest(nlp):
    ex = run(
        nlp,
        "Portugal and Spain agreed on Friday to build a new power line across the border, "
        "Energy Minister Tiago Maravilha said.",
    )
    assert not of_kind(ex, "protest")
    ev = one(ex, "agreement")
    assert ev.date == dt.date(2025, 2, 28)
    assert set(ev.participants) >= {"Portugal", "Spain"}
    assert "Tiago Maravilha" not in ev.participants


def test_a_labour_strike_is_a_protest(nlp):
    ex = run(
        nlp,
        "Train drivers in the union will strike on Thursday over pay, and rail services "
        "across the country are expected to stop.",
    )
    assert not of_kind(ex, "military_action")
    assert one(ex, "protest").date == dt.date(2025, 3, 6)


def test_month_names_and_vote_tallies_are_no_events(nlp):
    ex = run(
        nlp,
        "The council approved the budget with 14 votes in favour. "
        "The rules take effect in March 2026, Mayor Ilse Varga said.",
    )
    assert not of_kind(ex, "protest")
    assert not of_kind(ex, "election")


# -- modality --------------------------------------------------------------------------


def test_negated_and_hypothetical_triggers_are_no_events(nlp):
    ex = run(
        nlp,
        "Prime Minister Tomas Ferrand did not meet the opposition leader on Friday. "
        "Analysts said the two governments could sign a treaty later. "
        "Brazil called for a ceasefire in the region.",
    )
    assert ex.events == [], [(e.kind, e.title) for e in ex.events]


def test_future_event_needs_a_day_and_keeps_its_planned_date(nlp):
    ex = run(
        nlp,
        "Foreign Minister Arvo Kallander will meet Mira Odunsi in Madrid on Friday. "
        "Officials said the two would meet again at some point.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == dt.date(2025, 3, 7)
    assert "Madrid" in ev.places


def test_statement_containers_are_no_events_but_news_conferences_are(nlp):
    ex = run(
        nlp,
        "The ministry said in a statement that the talks would continue. "
        "Interior Minister Lena Sorvik told a news conference on Saturday that the "
        "border would stay open.",
    )
    statements = of_kind(ex, "statement")
    assert len(statements) == 1, [(e.kind, e.title) for e in ex.events]
    ev = statements[0]
    assert ev.date == dt.date(2025, 3, 1)
    assert ev.participants == ["Lena Sorvik"]
    assert ev.title == "News conference by Lena Sorvik"


# -- dates -----------------------------------------------------------------------------


def test_date_from_the_trigger_clause_not_from_the_speech_verb(nlp):
    ex = run(
        nlp,
        "On Saturday, Trade Minister Olav Brekke said he had met Mira Odunsi in Geneva "
        "on Thursday.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == dt.date(2025, 2, 27)
    assert set(ev.participants) >= {"Olav Brekke", "Mira Odunsi"}


def test_multi_day_talks_take_their_first_day(nlp):
    ex = run(
        nlp,
        "Kazakhstan and Uzbekistan are close to a water deal, officials from both countries "
        "said on Monday after two days of talks in Almaty.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == dt.date(2025, 3, 2)
    assert "Almaty" in ev.places
    assert set(ev.participants) >= {"Kazakhstan", "Uzbekistan"}
    assert not of_kind(ex, "agreement")  # "close to a deal": none yet


def test_a_day_after_moves_the_date_back(nlp):
    ex = run(
        nlp,
        "Manila will lodge a protest, Foreign Secretary Lina Bautel said on Monday, a day "
        "after a Chinese coast guard ship collided with a Philippine patrol boat.",
    )
    collision = [e for e in ex.events if e.kind == "other"]
    assert collision and collision[0].date == dt.date(2025, 3, 2)


def test_no_day_no_date(nlp):
    ex = run(nlp, "Fighting near the border town of Orvessa has displaced thousands of people.")
    ev = one(ex, "military_action")
    assert ev.date is None
    assert ev.places == ["Orvessa"]


# -- places and participants -----------------------------------------------------------


def test_places_are_canonical_and_not_repeated(nlp):
    ex = run(
        nlp,
        "Negotiators Arvo Kallander and Mira Odunsi met in the U.S. on Monday. "
        "The talks in the United States lasted four hours.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.places == ["United States"]


def test_speaker_of_a_speech_verb_is_no_participant(nlp):
    ex = run(
        nlp,
        "On Saturday, the Russian Foreign Ministry urged the United States to release "
        "Nicanor Valdés, who was seized by U.S. forces during a raid on the capital.",
    )
    ev = one(ex, "military_action")
    assert "Nicanor Valdés" in ev.participants
    assert "United States" in ev.participants
    assert not any("Russia" in p for p in ev.participants), ev.participants
    assert ev.title == "Capture of Nicanor Valdés by United States"


def test_both_sides_are_the_countries_of_the_latest_bilateral_event(nlp):
    ex = run(
        nlp,
        "Thailand and Cambodia agreed to a ceasefire on Monday. "
        "Military commanders from the two sides are due to meet on Tuesday.",
    )
    meeting = one(ex, "diplomatic_meeting")
    assert meeting.date == dt.date(2025, 3, 4)
    assert set(meeting.participants) == {"Thailand", "Cambodia"}


def test_announced_protest_is_organised_by_the_speakers_organisation(nlp):
    ex = run(
        nlp,
        "The Northern Dairy Farmers’ Federation said it would fight the ruling. "
        "Its president, Declan Morrow, said a protest would be held outside parliament "
        "on Tuesday.",
    )
    ev = one(ex, "protest")
    assert ev.date == dt.date(2025, 3, 4)
    assert any("Federation" in p for p in ev.participants), ev.participants


# -- one event per occurrence ----------------------------------------------------------


def test_mentions_of_one_meeting_are_merged(nlp):
    ex = run(
        nlp,
        "LISBON — Prime Minister Tomas Ferrand met his Spanish counterpart Carlos Duarte "
        "in Lisbon on Monday.\n\n"
        "After the meeting, Ferrand said the two governments would build a new bridge.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == MONDAY
    assert ev.title == "Meeting of Tomas Ferrand and Carlos Duarte in Lisbon"


def test_a_later_meeting_with_its_own_day_is_another_event(nlp):
    ex = run(
        nlp,
        "Tomas Ferrand met Carlos Duarte in Lisbon on Monday. "
        "The next meeting will take place in Madrid on Friday.",
    )
    meetings = of_kind(ex, "diplomatic_meeting")
    assert sorted(e.date for e in meetings) == [MONDAY, dt.date(2025, 3, 7)]


def test_anaphoric_fighting_joins_the_earlier_fighting(nlp):
    ex = run(
        nlp,
        "The fighting, which erupted on Thursday along the border between Thailand and "
        "Cambodia, has killed 30 people. Aid groups said the fighting continued overnight.",
    )
    ev = one(ex, "military_action")
    assert ev.date == dt.date(2025, 2, 27)


# -- titles ----------------------------------------------------------------------------


def test_titles_are_headlines_not_fragments(nlp):
    ex = run(
        nlp,
        "MADRID — Both officials agreed on the imperative need to avoid further escalation. "
        "Spain and Portugal signed a fisheries agreement in Madrid on Saturday. "
        "Farmers held a protest in Valladolid on Sunday.",
    )
    titles = [e.title for e in ex.events]
    assert "Fisheries agreement between Spain and Portugal in Madrid" in titles
    assert "Protest in Valladolid" in titles
    for t in titles:
        last = t.split()[-1].lower()
        assert last not in {"and", "to", "of", "the", "a", "in", "on", "with"}, t
        assert not t.isupper(), t
        assert len(t.split()) >= 2, t


def test_statement_reacting_to_an_event_carries_its_final_title(nlp):
    ex = run(
        nlp,
        "Spain and Portugal signed a fisheries agreement in Madrid on Saturday. "
        "Fisheries Minister Lena Sorvik said the deal would protect sardine stocks.",
    )
    agreement = one(ex, "agreement")
    linked = [s for s in ex.statements if "protect sardine stocks" in s.content]
    assert linked and linked[0].event == agreement.title


def test_an_event_noun_inside_another_events_argument_is_its_topic(nlp):
    ex = run(nlp, "The militia denied carrying out Sunday’s attack on the aid convoy near Goma.")
    assert not of_kind(ex, "humanitarian")
    ev = one(ex, "military_action")
    assert ev.date == dt.date(2025, 3, 2)
    assert ev.places == ["Goma"]


def test_a_summit_running_over_days_is_one_event_with_its_first_day(nlp):
    ex = run(
        nlp,
        "Leaders of the G7 met in Hiroshima on Friday. The summit ended on Sunday with a "
        "joint communique.",
    )
    ev = one(ex, "diplomatic_meeting")
    assert ev.date == dt.date(2025, 2, 28)
    assert ev.places == ["Hiroshima"]


def test_mediators_take_part_but_the_title_names_the_parties(nlp):
    ex = run(nlp, "Israel and Hamas agreed on Wednesday to a ceasefire deal brokered by Qatar.")
    ev = one(ex, "agreement")
    assert ev.date == dt.date(2025, 2, 26)
    assert set(ev.participants) >= {"Israel", "Hamas", "Qatar"}
    assert ev.title == "Ceasefire deal between Israel and Hamas"


def test_visits_and_arrests_read_as_headlines(nlp):
    ex = run(
        nlp,
        "French President Emmanuel Macron visited Kyiv on Tuesday. "
        "Police arrested opposition leader Ahmed Rahimi in Dhaka on Wednesday.",
    )
    assert one(ex, "diplomatic_meeting").title == "Visit by Emmanuel Macron to Kyiv"
    assert one(ex, "arrest").title == "Arrest of Ahmed Rahimi in Dhaka"


def test_since_the_war_began_gives_the_war_no_date(nlp):
    ex = run(
        nlp,
        "Emmanuel Macron visited Kyiv on Tuesday, his first trip to Ukraine since the war began.",
    )
    wars = of_kind(ex, "military_action")
    assert all(e.date is None for e in wars), [(e.title, e.date) for e in wars]


def test_a_weekday_event_told_in_the_present_is_the_coming_one(nlp):
    ex = run(
        nlp,
        "Sunday’s referendum on the new harbour has divided the city of Brela. "
        "Friday’s storm damaged the old pier, the mayor said.",
    )
    assert one(ex, "election").date == dt.date(2025, 3, 9)


def test_the_dateline_city_is_the_place_of_the_days_lead_event(nlp):
    ex = run(
        nlp,
        "WARSAW, March 3 (Baltic Wire) - Poland’s foreign ministry summoned Belarus’s "
        "charge d’affaires on Monday after balloons drifted across the border.\n\n"
        "Last month, fighter jets intercepted a drone over the Baltic Sea.",
    )
    meeting = one(ex, "diplomatic_meeting")
    assert meeting.places == ["Warsaw"]
    assert all("Warsaw" not in e.places for e in ex.events if e is not meeting)
