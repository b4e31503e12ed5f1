"""CSV and JSON downloads of the filtered statement list."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from statements import exports
from tests.factories import make_statement
from tests.test_filters import make_ranked_pair
from tests.test_pages_sample import add_statements, build_newsroom

CSV = reverse("statements:statement_export", args=["csv"])
JSON = reverse("statements:statement_export", args=["json"])


@pytest.fixture
def news(db):
    return build_newsroom()


def body(response) -> str:
    assert response.streaming, "exports are streamed"
    return b"".join(response.streaming_content).decode("utf-8")


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body(response).lstrip("\ufeff"))))


def test_csv_has_a_header_and_one_row_per_public_statement(client, news):
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="statements.csv"'
    rows = csv_rows(response)
    assert len(rows) == 10
    assert list(rows[0]) == exports.COLUMNS
    assert news.rejected.content not in {r["content"] for r in rows}


def test_csv_rows_carry_speaker_about_source_and_a_link_back(client, news):
    rows = csv_rows(
        client.get(CSV + "?speaker=sergey-lavrov&kind=direct&month=2026-01&publisher=RT")
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["content"] == news.dictate.content
    assert row["speaker"] == "Sergey Lavrov"
    assert row["speaker_country"] == "RU"
    assert row["about"] == "United States; Venezuela"
    assert row["about_slugs"] == "united-states; venezuela"
    assert row["publisher"] == "RT"
    assert row["date"] == "2026-01-12"
    assert row["status"] == "verified"
    assert row["url"] == f"http://testserver/statements/{news.dictate.pk}/"
    assert row["source_page"] == (
        f"http://testserver/sources/{news.rt.pk}/#statement-{news.dictate.pk}"
    )
    assert row["source_url"] == "https://example.org/rt/lavrov-venezuela"


def test_the_export_has_the_same_rows_in_the_same_order_as_the_page(client, news):
    query = "?about=venezuela&sort=oldest"
    page = [s.pk for s in client.get("/statements/" + query).context["page"]]
    assert [int(r["id"]) for r in csv_rows(client.get(CSV + query))] == page
    data = json.loads(body(client.get(JSON + query)))
    assert [s["id"] for s in data["statements"]] == page


def test_an_unknown_sort_falls_back_as_on_the_page(client, db):
    """A search with an unknown sort is in relevance order on the page and in the download."""
    query, strong, weak = make_ranked_pair()
    params = {"q": query, "sort": "sideways"}
    page = client.get("/statements/", params).context["page"]
    assert list(page) == [strong, weak]
    data = json.loads(body(client.get(JSON, params)))
    assert [s["id"] for s in data["statements"]] == [strong.pk, weak.pk]
    assert data["sort"] == "relevance"


def test_json_is_one_valid_document_describing_its_view(client, news):
    response = client.get(JSON + "?q=venezuela&speaker=marco-rubio")
    assert response["Content-Type"] == "application/json"
    data = json.loads(body(response))
    assert data["description"] == "1 statement matching “venezuela” by Marco Rubio"
    assert data["filters"] == {"q": "venezuela", "speaker": "marco-rubio"}
    assert data["view"] == "http://testserver/statements/?q=venezuela&speaker=marco-rubio"
    assert data["sort"] == "relevance"
    (statement,) = data["statements"]
    assert statement["content"] == news.hostage.content
    assert statement["about"] == ["Nicolás Maduro", "Venezuela"]  # not escaped away


def test_an_empty_export_is_still_valid(client, news):
    data = json.loads(body(client.get(JSON + "?speaker=wang-yi&kind=direct")))
    assert data["statements"] == []
    assert len(csv_rows(client.get(CSV + "?speaker=wang-yi&kind=direct"))) == 0


def test_invalid_filters_refuse_to_export_rather_than_export_more(client, news):
    response = client.get(CSV + "?speaker=sergey-lavrov&date_from=2026-13-45")
    assert response.status_code == 400
    assert "date_from" in response.content.decode()


def test_unknown_formats_are_404(client, news):
    assert client.get("/statements.xlsx").status_code == 404


def test_spreadsheet_formulas_are_neutralised(client, db):
    make_statement(content='=HYPERLINK("http://evil.example")')
    (row,) = csv_rows(client.get(CSV))
    assert row["content"].startswith("'=")


def test_the_export_page_links_keep_the_filters(client, news):
    html = client.get("/statements/?about=venezuela&kind=direct").content.decode()
    assert 'href="/statements.csv?about=venezuela&amp;kind=direct&amp;sort=newest"' in html
    assert 'href="/statements.json?about=venezuela&amp;kind=direct&amp;sort=newest"' in html


def test_exports_stream_in_chunks_with_a_constant_number_of_queries_per_chunk(
    client, news, monkeypatch
):
    """Rows are read CHUNK_SIZE at a time (``about`` prefetched per chunk): 60 rows in chunks
    of 25 take 3 reads of statements, whatever is in them."""
    monkeypatch.setattr(exports, "CHUNK_SIZE", 25)
    add_statements(50)
    with CaptureQueriesContext(connection) as context:
        response = client.get(CSV)
        rows = csv_rows(response)
    assert len(rows) == 60
    about_reads = [q for q in context.captured_queries if "statement_about" in q["sql"]]
    assert len(about_reads) == 3  # one per chunk, not one per row
    assert len(context) < 20
