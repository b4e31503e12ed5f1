"""Actors and events found again across articles (the loader's half of issue 3)."""

from io import StringIO

import pytest
from django.core.management import call_command

from statements.models import Actor, Event, Statement

pytestmark = pytest.mark.django_db

FIRST = (
    "Portugal and Spain agree to link their power grids\n"
    "LISBON, March 9, 2026 (Iberia Wire) - Portuguese Foreign Minister Tomás Ferreira met his "
    "Spanish counterpart Carlos Duarte in Lisbon on Monday to discuss a new power line across "
    "the border.\n"
    '"We will build this line together, and we will build it fast," Ferreira told reporters '
    "after the meeting.\n"
    "Duarte said Spain would pay half of the cost.\n"
)
SECOND = (
    "Iberian ministers back cross-border power line\n"
    "MADRID, March 10, 2026 (Meseta News) - Spain's foreign minister Carlos Duarte and "
    "Portugal's Tomas Ferreira met in Lisbon on Monday, March 9, and agreed to build a power "
    "line between the two countries.\n"
    "Ferreira said the line would be finished within three years.\n"
    "Separately, Luis Duarte, the mayor of Badajoz, said the city welcomed the plan.\n"
)


@pytest.fixture
def loaded(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    call_command("load_seeds", str(tmp_path), stdout=StringIO(), stderr=StringIO())


def test_the_same_person_is_one_actor_across_articles_whatever_the_accents(loaded):
    ferreira = Actor.objects.get(aliases__key="tomas ferreira")  # one actor, not two
    assert ferreira.name == "Tomás Ferreira"
    said = Statement.objects.filter(speaker=ferreira).values_list("source__file_name", flat=True)
    assert sorted(said) == ["a.txt", "b.txt"]


def test_people_who_share_a_surname_stay_apart(loaded):
    minister = Actor.objects.get(name="Carlos Duarte")
    mayor = Actor.objects.get(name="Luis Duarte")
    assert minister != mayor
    assert Statement.objects.get(content__startswith="the city welcomed").speaker == mayor
    assert Statement.objects.get(content__startswith="Spain would pay").speaker == minister


def test_one_event_reported_by_two_sources_is_one_event(loaded):
    meetings = Event.objects.filter(kind=Event.Kind.DIPLOMATIC_MEETING, date="2026-03-09")
    assert meetings.count() == 1
    meeting = meetings.get()
    assert sorted(meeting.sources.values_list("file_name", flat=True)) == ["a.txt", "b.txt"]
    names = set(meeting.participants.values_list("name", flat=True))
    assert {"Carlos Duarte"} <= names and len(names & {"Tomás Ferreira", "Tomas Ferreira"}) == 1


def test_words_said_jointly_are_one_statement_per_speaker_and_reload_cleanly(tmp_path):
    (tmp_path / "joint.txt").write_text(
        "Carmakers want the strike settled\nMonday, March 3, 2025\n\n"
        "Acme Motors and Borlo Cars said they want to settle the strike.\n",
        encoding="utf-8",
    )
    for _ in range(2):  # the second load finds both statements again and changes nothing
        call_command("load_seeds", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    said = Statement.objects.filter(content="they want to settle the strike")
    assert sorted(s.speaker.name for s in said) == ["Acme Motors", "Borlo Cars"]
