"""Sample newsroom shared by the page, filter, export and browser tests (no tests here).

Four short articles written for the tests, with statements whose content, speaker and
paragraph spans really index their source text, as the extractor would record them.
"""

import datetime as dt
from types import SimpleNamespace

from statements.models import Actor, Event, Statement
from tests.factories import make_actor, make_event, make_source, make_statement

ARTICLE_RT = """\
MOSCOW, January 12 (RT) - Russian Foreign Minister Sergey Lavrov on Monday criticised the \
United States over its pressure on Venezuela.

"Washington is trying to dictate to Caracas who should govern the country, and this is \
unacceptable," Lavrov told reporters after talks in Moscow.

Lavrov said Russia would continue to support the legitimate government of Venezuela.

Foreign Ministry spokeswoman Maria Zakharova accused the United States of preparing a blockade \
of Venezuelan ports.
"""

ARTICLE_TELESUR = """\
CARACAS, January 20 (teleSUR) - Venezuelan President Nicolás Maduro rejected new sanctions \
announced by Washington.

"No empire will bend the will of the Venezuelan people," Maduro said in a televised address.

Maduro thanked Russia and China for their solidarity.
"""

ARTICLE_REUTERS = """\
WASHINGTON, February 3 (Reuters) - U.S. Secretary of State Marco Rubio said the United States \
would keep up pressure on the government in Caracas.

"We will not stand by while Maduro holds Venezuela hostage," Rubio told a news conference.

Rubio also criticised Russia for what he called interference in the Western Hemisphere.
"""

ARTICLE_XINHUA = """\
MOSCOW, January 14 (Xinhua) - Chinese Foreign Minister Wang Yi and Russian Foreign Minister \
Sergey Lavrov held talks in Moscow on Wednesday.

Wang said China and Russia should strengthen cooperation at the United Nations.

"Our positions on Venezuela coincide," Lavrov said after the meeting.
"""


def _paragraph(text, start, end):
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    return para_start, len(text.rstrip("\n")) if para_end < 0 else para_end


def state(source, content, speaker=None, speaker_text=None, cue="said", **kw):
    """A statement of ``source`` with its content, speaker, cue and paragraph spans."""
    text = source.text
    start = text.index(content)
    end = start + len(content)
    para_start, para_end = _paragraph(text, start, end)
    if speaker_text:
        # The speaker's mention nearest the statement, within its paragraph.
        paragraph = text[para_start:para_end]
        at = paragraph.find(speaker_text)
        kw["speaker_start"] = para_start + at
        kw["speaker_end"] = para_start + at + len(speaker_text)
    if cue:
        cue_at = text.find(cue, para_start, para_end)
        if cue_at >= 0:
            kw["cue_start"], kw["cue_end"] = cue_at, cue_at + len(cue)
    return make_statement(
        source=source,
        content=content,
        speaker=speaker,
        cue=cue,
        paragraph_start=para_start,
        paragraph_end=para_end,
        **kw,
    )


def build_newsroom():
    """Actors, four articles, ten public statements (and one rejected), two events."""
    a = SimpleNamespace()
    a.russia = make_actor("Russia", kind=Actor.Kind.COUNTRY, country="RU")
    a.mfa = make_actor(
        "Russian Foreign Ministry", kind=Actor.Kind.MINISTRY, country="RU", parent=a.russia
    )
    a.lavrov = make_actor("Sergey Lavrov", country="RU", role="Foreign Minister", parent=a.mfa)
    a.lavrov.add_alias("Lavrov")
    a.lavrov.add_alias("Sergei Lavrov")
    a.zakharova = make_actor(
        "Maria Zakharova", country="RU", role="Foreign Ministry spokeswoman", parent=a.mfa
    )
    a.us = make_actor("United States", kind=Actor.Kind.COUNTRY, country="US")
    a.rubio = make_actor("Marco Rubio", country="US", role="Secretary of State", parent=a.us)
    a.venezuela = make_actor("Venezuela", kind=Actor.Kind.COUNTRY, country="VE")
    a.maduro = make_actor("Nicolás Maduro", country="VE", role="President", parent=a.venezuela)
    a.china = make_actor("China", kind=Actor.Kind.COUNTRY, country="CN")
    a.wang = make_actor("Wang Yi", country="CN", role="Foreign Minister", parent=a.china)
    a.un = make_actor("United Nations", kind=Actor.Kind.ORGANISATION)

    a.rt = make_source(
        ARTICLE_RT,
        title="Lavrov warns Washington over Venezuela",
        publisher="RT",
        published=dt.date(2026, 1, 12),
        url="https://example.org/rt/lavrov-venezuela",
        byline="RT staff",
        dateline_place="Moscow",
    )
    a.telesur = make_source(
        ARTICLE_TELESUR,
        title="Maduro rejects US sanctions",
        publisher="teleSUR",
        published=dt.date(2026, 1, 20),
    )
    a.reuters = make_source(
        ARTICLE_REUTERS,
        title="Rubio says US will keep pressure on Caracas",
        publisher="Reuters",
        published=dt.date(2026, 2, 3),
    )
    a.xinhua = make_source(
        ARTICLE_XINHUA,
        title="Wang Yi and Lavrov hold talks in Moscow",
        publisher="Xinhua",
        published=dt.date(2026, 1, 14),
    )
    a.talks = make_event(
        "Wang Yi and Sergey Lavrov talks in Moscow",
        kind=Event.Kind.DIPLOMATIC_MEETING,
        date=dt.date(2026, 1, 14),
        places=["Moscow"],
        participants=[a.wang, a.lavrov],
        sources=[a.xinhua, a.rt],
    )
    a.sanctions = make_event(
        "New US sanctions on Venezuela",
        kind=Event.Kind.SANCTION,
        date=dt.date(2026, 1, 19),
        places=["Washington", "Caracas"],
        participants=[a.us, a.venezuela],
        sources=[a.telesur],
    )
    DIRECT, INDIRECT = Statement.Kind.DIRECT, Statement.Kind.INDIRECT  # noqa: N806
    C = Statement.Category  # noqa: N806
    a.dictate = state(
        a.rt,
        "Washington is trying to dictate to Caracas who should govern the country, "
        "and this is unacceptable",
        a.lavrov,
        "Lavrov",
        cue="told",
        kind=DIRECT,
        category=C.CRITICISE,
        about=[a.us, a.venezuela],
        status=Statement.Status.VERIFIED,
    )
    a.support = state(
        a.rt,
        "Russia would continue to support the legitimate government of Venezuela",
        a.lavrov,
        "Lavrov",
        kind=INDIRECT,
        category=C.SUPPORT,
        about=[a.venezuela],
    )
    a.blockade = state(
        a.rt,
        "the United States of preparing a blockade of Venezuelan ports",
        a.zakharova,
        "Maria Zakharova",
        cue="accused",
        kind=INDIRECT,
        category=C.CRITICISE,
        about=[a.us, a.venezuela],
    )
    a.empire = state(
        a.telesur,
        "No empire will bend the will of the Venezuelan people",
        a.maduro,
        "Maduro",
        kind=DIRECT,
        category=C.REJECT,
        about=[a.us],
        event=a.sanctions,
    )
    a.solidarity = state(
        a.telesur,
        "Russia and China for their solidarity",
        a.maduro,
        "Maduro",
        cue="thanked",
        kind=INDIRECT,
        category=C.SUPPORT,
        about=[a.russia, a.china],
    )
    a.pressure = state(
        a.reuters,
        "the United States would keep up pressure on the government in Caracas",
        a.rubio,
        "Marco Rubio",
        kind=INDIRECT,
        category=C.THREATEN,
        about=[a.venezuela],
    )
    a.hostage = state(
        a.reuters,
        "We will not stand by while Maduro holds Venezuela hostage",
        a.rubio,
        "Rubio",
        cue="told",
        kind=DIRECT,
        category=C.CRITICISE,
        about=[a.maduro, a.venezuela],
    )
    a.interference = state(
        a.reuters,
        "Russia for what he called interference in the Western Hemisphere",
        a.rubio,
        "Rubio",
        cue="criticised",
        kind=INDIRECT,
        category=C.CRITICISE,
        about=[a.russia],
    )
    a.cooperation = state(
        a.xinhua,
        "China and Russia should strengthen cooperation at the United Nations",
        a.wang,
        "Wang",
        kind=INDIRECT,
        category=C.COOPERATE,
        about=[a.russia, a.un],
        event=a.talks,
    )
    a.coincide = state(
        a.xinhua,
        "Our positions on Venezuela coincide",
        a.lavrov,
        "Lavrov",
        kind=DIRECT,
        category=C.COOPERATE,
        about=[a.venezuela],
        event=a.talks,
    )
    a.rejected = state(
        a.xinhua,
        "held talks in Moscow on Wednesday",
        a.wang,
        "Wang Yi",
        cue="",
        kind=INDIRECT,
        status=Statement.Status.REJECTED,
        about=[a.russia],
    )
    return a


def add_statements(n, prefix="Filler"):
    """``n`` more public statements, each with its own source, speaker, two actors it is
    about and an event: every relation a row shows is different from row to row."""
    made = []
    for i in range(n):
        speaker = make_actor(f"{prefix} Speaker {i}", country="FR", role="Spokesperson")
        about = [
            make_actor(f"{prefix} Topic {i}a", kind=Actor.Kind.COUNTRY),
            make_actor(f"{prefix} Topic {i}b", kind=Actor.Kind.ORGANISATION),
        ]
        event = make_event(f"{prefix} meeting {i}", date=dt.date(2025, 6, 1 + i % 28))
        source = make_source(
            f"PARIS - {prefix} Speaker {i} said the ceasefire talks number {i} would go on.\n",
            publisher=f"Wire {i % 3}",
            published=dt.date(2025, 1 + i % 12, 1 + i % 28),
        )
        made.append(
            make_statement(
                source=source,
                content=f"the ceasefire talks number {i} would go on",
                speaker=speaker,
                about=about,
                event=event,
            )
        )
    return made
