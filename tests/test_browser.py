"""Browsing in a real browser: Playwright driving Debian's Chromium against a live server.

Skipped (with the reason shown) when Chromium or Playwright is missing, unless
NEWSROOM_REQUIRE_BROWSER=1 (CI), where a missing browser fails the run instead. Never
downloads a browser. Screenshots go to a temporary folder, or to docs/screenshots/ when
NEWSROOM_SCREENSHOTS=1 (how the README's pictures are made).
"""

import csv
import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest

from statements.models import Statement
from tests.factories import make_source, make_statement
from tests.test_pages_sample import add_statements, build_newsroom

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")  # Debian's package
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DOCS_SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)"
    return None


@pytest.fixture(scope="module")
def browser():
    reason = _missing()
    if reason:
        if _flag("NEWSROOM_REQUIRE_BROWSER"):
            pytest.fail(f"NEWSROOM_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the tests still
    # create records and pytest-django still flushes the database from it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            yield launched
            launched.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def screenshots(tmp_path):
    folder = DOCS_SCREENSHOTS if _flag("NEWSROOM_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def news(browser, transactional_db):
    return build_newsroom()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True, base_url=live_server.url
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def summary(page) -> str:
    return page.locator("p.summary").inner_text()


def _count(**filters) -> int:
    """Public statements matching "Venezuela" (stemmed on PostgreSQL, substring on SQLite)."""
    return Statement.objects.public().search("Venezuela").filter(**filters).distinct().count()


def _statements(n: int) -> str:
    return f"{n} statement{'s' if n != 1 else ''}"


def test_search_apply_and_remove_facets_and_paginate(page, news, settings, screenshots):
    settings.NEWSROOM_PAGE_SIZE = 1
    january = {"date__gte": dt.date(2026, 1, 1), "date__lt": dt.date(2026, 2, 1)}
    page.goto("/")
    page.get_by_label("Search statements").first.fill("Venezuela")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url(re.compile(r"/statements/\?q=Venezuela"))
    assert summary(page) == f"{_statements(_count())} matching “Venezuela”"

    # Apply a facet: only Russia's speakers.
    page.locator("aside.facets section", has_text="Speaker country").get_by_role(
        "link", name="Russia"
    ).click()
    russia = _count(speaker__country="RU")
    assert summary(page) == f"{_statements(russia)} matching “Venezuela” by speakers from Russia"
    assert page.locator(".chips .chip").count() == 2
    # And another: only January 2026.
    page.locator("aside.facets").get_by_role("link", name="January 2026").click()
    assert summary(page) == (
        f"{_statements(_count(speaker__country='RU', **january))} matching “Venezuela” "
        "by speakers from Russia, January 2026"
    )
    assert "month=2026-01" in page.url and "country=RU" in page.url
    page.screenshot(path=str(screenshots / "statements-filtered.png"), full_page=True)

    # Remove the country chip: the other filters stay.
    page.locator(".chips").get_by_role("link", name="Remove filter Speaker country: Russia").click()
    assert "country=" not in page.url
    in_january = _count(**january)
    assert summary(page) == f"{_statements(in_january)} matching “Venezuela”, January 2026"

    # Paginate: page 2 keeps the search and the month.
    assert in_january >= 2
    first = page.locator("article.statement blockquote").inner_text()
    page.get_by_role("link", name=re.compile("Next")).click()
    assert "page=2" in page.url and "q=Venezuela" in page.url and "month=2026-01" in page.url
    assert page.locator("article.statement").count() == 1
    assert page.locator("article.statement blockquote").inner_text() != first
    assert f"Page 2 of {in_january}" in page.locator("nav.pagination").inner_text()


def test_open_a_statement_and_follow_it_to_the_highlighted_source(page, news, screenshots):
    page.goto("/statements/?speaker=maria-zakharova")
    page.locator("article.statement a.permalink").first.click()
    page.wait_for_url(f"**/statements/{news.blockade.pk}/")
    mark = page.locator("blockquote.paragraph mark.statement")
    assert mark.inner_text() == news.blockade.content
    assert page.locator("blockquote.paragraph mark.speaker").inner_text() == "Maria Zakharova"
    page.screenshot(path=str(screenshots / "statement.png"), full_page=True)

    page.get_by_role("link", name="Read it in the full article").click()
    page.wait_for_url(f"**/sources/{news.rt.pk}/#statement-{news.blockade.pk}")
    target = page.locator(f"mark#statement-{news.blockade.pk}")
    assert target.inner_text() == news.blockade.content
    assert target.is_visible()
    assert page.locator(".source-text mark.statement").count() == 3
    assert page.locator(".source-text mark.speaker").count() == 3
    # The targeted statement stands out (:target style).
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 201, 51)"
    page.screenshot(path=str(screenshots / "source.png"), full_page=True)

    # And back again: the mark links to the statement page.
    target.get_by_role("link").click()
    page.wait_for_url(f"**/statements/{news.blockade.pk}/")


def test_a_who_said_what_about_whom_when_question_is_two_clicks_from_the_actor(page, news):
    """ "What did Russia's officials say about the United States in January 2026, and where
    was it reported?" from the United States page."""
    page.goto(news.us.get_absolute_url())
    page.locator("section", has_text="Who talks about United States").get_by_role(
        "link", name="Russia"
    ).click()
    page.locator("aside.facets").get_by_role("link", name="January 2026").click()
    assert summary(page) == (
        "2 statements by speakers from Russia about United States, January 2026"
    )
    publishers = page.locator("aside.facets section", has_text="Publisher")
    assert publishers.get_by_role("link").all_inner_texts() == ["RT"]
    assert publishers.locator(".count").all_inner_texts() == ["2"]


def test_download_the_filtered_view_as_csv(page, news):
    page.goto("/statements/?about=venezuela&kind=direct")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "statements.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["content"] for r in rows} == {
        news.dictate.content,
        news.hostage.content,
        news.coincide.content,
    }


def test_pages_work_without_javascript_and_with_the_keyboard(browser, live_server, news):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto("/statements/")
    # The first Tab reaches the skip link, which moves on to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    # Filters are a plain GET form.
    page.locator("details.more-filters summary").click()
    # With its <datalist> of actors the speaker box is a combobox (it offers names).
    page.get_by_role("combobox", name="Speaker:", exact=True).fill("Lavrov")
    page.get_by_role("combobox", name="Kind:", exact=True).select_option("direct")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"speaker=Lavrov"))
    assert summary(page) == "2 direct quotes by Sergey Lavrov"
    # A bad value is explained, not a server error.
    response = page.goto("/statements/?date_from=2026-13-45")
    assert response.status == 200
    assert "Enter a valid date" in page.locator(".messages").inner_text()
    context.close()


def test_phone_layout_has_no_sideways_scrolling(browser, live_server, news, screenshots):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, base_url=live_server.url
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    for path in ("/", "/statements/?about=venezuela", f"/sources/{news.rt.pk}/"):
        page.goto(path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
    page.goto("/statements/?about=venezuela")
    page.screenshot(path=str(screenshots / "statements-phone.png"))
    context.close()


def _history(news):
    """A few months of statements by and about Lavrov, so his timeline has a shape."""
    for month, n_by, n_about in [(9, 2, 1), (10, 4, 0), (11, 1, 2), (12, 5, 3)]:
        day = dt.date(2025, month, 10)
        source = make_source(publisher="TASS", published=day)
        for i in range(n_by):
            make_statement(
                source=source,
                content=f"Moscow was ready for dialogue, round {month}.{i}",
                speaker=news.lavrov,
                about=[news.us],
            )
        for i in range(n_about):
            make_statement(
                source=source,
                content=f"Lavrov had misled his partners, claim {month}.{i}",
                speaker=news.rubio,
                about=[news.lavrov],
            )


def test_screenshots_of_the_main_pages(page, news, screenshots):
    add_statements(2, prefix="Wire")
    _history(news)
    shots = {
        "home.png": "/",
        "statements.png": "/statements/",
        "actor.png": news.lavrov.get_absolute_url(),
        "actor-country.png": news.venezuela.get_absolute_url(),
        "event.png": news.talks.get_absolute_url(),
        "actors.png": "/actors/",
        "facet.png": "/statements/facets/about/",
    }
    for name, path in shots.items():
        response = page.goto(path)
        assert response.status == 200, path
        page.screenshot(path=str(screenshots / name), full_page=True)
        assert (screenshots / name).stat().st_size > 1000
    # The actor timeline is an SVG drawn by the server.
    page.goto(news.venezuela.get_absolute_url())
    assert page.locator("figure.timeline svg rect.bar").count() == 2
    page.goto(news.lavrov.get_absolute_url())
    assert page.locator("figure.timeline svg rect.bar.by").count() == 5
    assert page.locator("figure.timeline svg rect.bar.about").count() == 3
