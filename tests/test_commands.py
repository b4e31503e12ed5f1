"""load_seeds and extract, end to end through the real extractor."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from statements.models import Actor, Event, Source, Statement

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_95098a1e481c5395.txt"

ARTICLE = (
    "Harbour talks resume in Valletta\n"
    "VALLETTA, May 4 (Test Wire) - Malta's foreign minister, Ian Borg, said on Monday "
    "that the harbour talks would continue next month.\n"
    "“We will keep the door open for every partner,” Borg told reporters.\n"
)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def counts():
    return (
        Source.objects.count(),
        Actor.objects.count(),
        Statement.objects.count(),
        Event.objects.count(),
    )


@pytest.mark.django_db
class TestLoadSeeds:
    def test_it_loads_the_seed_folder_by_default(self):
        out, err = run("load_seeds")
        source = Source.objects.get()
        assert source.file_name == SEED.name
        assert source.text == SEED.read_text(encoding="utf-8")
        assert source.statements.count() >= 2
        assert "statements:" in out and "created" in out
        assert "[1/1]" in err and "statements created so far" in err

    def test_a_second_run_creates_and_changes_nothing_and_says_so(self):
        run("load_seeds", str(SEEDS))
        before = counts()
        stamps = list(Statement.objects.values_list("updated_at", flat=True))
        out, _ = run("load_seeds", str(SEEDS))
        assert counts() == before
        assert list(Statement.objects.values_list("updated_at", flat=True)) == stamps
        assert "Nothing new to load" in out

    def test_bad_files_are_reported_and_skipped_and_the_rest_loads(self, tmp_path, settings):
        settings.NEWSROOM_MAX_FILE_BYTES = 20_000
        shutil.copy(SEED, tmp_path / "a-good.txt")
        (tmp_path / "b-empty.txt").write_text("  \n\n", encoding="utf-8")
        (tmp_path / "c-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
        (tmp_path / "d-undecodable.txt").write_bytes(b"Text \x81\x8d\x8f\x90\x9d here.\n" * 3)
        (tmp_path / "e-huge.txt").write_text("word " * 10_000, encoding="utf-8")
        (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
        with pytest.raises(CommandError, match="4 file"):
            call_command("load_seeds", str(tmp_path), stdout=StringIO(), stderr=(err := StringIO()))
        assert list(Source.objects.values_list("file_name", flat=True)) == ["a-good.txt"]
        for name in ["b-empty.txt", "c-binary.txt", "d-undecodable.txt", "e-huge.txt"]:
            assert f"failed: {tmp_path / name}" in err.getvalue()
        assert "notes.md" not in err.getvalue()

    def test_cp1252_text_loads_with_a_warning(self, tmp_path):
        path = tmp_path / "legacy.txt"
        path.write_bytes(
            ARTICLE.replace("“", '"').replace("”", '"').encode("cp1252") + b"Caf\xe9.\n"
        )
        _, err = run("load_seeds", str(path))
        source = Source.objects.get()
        assert source.text.endswith("Café.\n")
        assert "warning" in err and "cp1252" in err

    def test_a_missing_path_is_a_clear_error(self, tmp_path):
        with pytest.raises(CommandError, match="no such file"):
            run("load_seeds", str(tmp_path / "nope"))

    def test_dry_run_reports_without_writing(self):
        out, _ = run("load_seeds", "--dry-run", str(SEEDS))
        assert counts() == (0, 0, 0, 0)
        assert "Dry run" in out
        assert "sources: 1 created" in out

    def test_a_changed_file_replaces_its_older_extraction(self, tmp_path):
        path = tmp_path / "valletta.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        run("load_seeds", str(path))
        source = Source.objects.get()
        old = set(source.statements.values_list("content", flat=True))
        assert any("keep the door open" in c for c in old)
        path.write_text(ARTICLE.replace("every partner", "all our neighbours"), encoding="utf-8")
        _, err = run("load_seeds", str(path))
        assert "changed" in err or "replaced" in err
        source.refresh_from_db()
        assert Source.objects.count() == 1
        assert "all our neighbours" in source.text
        new = set(source.statements.values_list("content", flat=True))
        assert any("all our neighbours" in c for c in new)
        assert not any("every partner" in c for c in new)
        for statement in source.statements.all():
            assert source.text[statement.content_start : statement.content_end] == statement.content

    def test_the_seed_article_is_extracted_into_records(self):
        run("load_seeds")
        ministry = Statement.objects.filter(content__startswith="In view of the confirmed").get()
        assert ministry.kind == "direct"
        assert ministry.speaker.kind == "ministry"
        assert ministry.speaker.country == "RU"
        lavrov = Statement.objects.filter(content__startswith="Russia would continue").get()
        assert lavrov.speaker.name == "Sergey Lavrov"
        assert str(lavrov.date) == "2026-01-03"
        source = Source.objects.get()
        assert source.publisher == "teleSUR English"
        assert source.credits == ["RT", "teleSUR"]


class TestExtract:
    def test_it_prints_one_json_line_per_file_in_the_contract_shape(self, tmp_path):
        shutil.copy(SEED, tmp_path / "b.txt")
        (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
        out, err = run("extract", str(tmp_path))
        lines = [json.loads(line) for line in out.splitlines()]
        assert [Path(line["path"]).name for line in lines] == ["a.txt", "b.txt"]
        seed = lines[1]
        assert set(seed) >= {"path", "source", "actors", "statements", "events"}
        assert seed["source"]["title"].startswith("The Kremlin")
        text = SEED.read_text(encoding="utf-8")
        for statement in seed["statements"]:
            start, end = statement["content_span"]
            assert text[start:end] == statement["content"]
            assert statement["speaker"] in {a["name"] for a in seed["actors"]} | {None}
        assert "[1/2]" in err

    def test_it_writes_nothing(self):
        # No database access is allowed in this test: any query would raise.
        run("extract", str(SEED))

    def test_an_unreadable_file_gets_an_error_line_and_the_rest_goes_on(self, tmp_path):
        (tmp_path / "a.txt").write_bytes(b"")
        shutil.copy(SEED, tmp_path / "b.txt")
        out, _ = run("extract", str(tmp_path))
        first, second = (json.loads(line) for line in out.splitlines())
        assert "error" in first and first["path"].endswith("a.txt")
        assert second["statements"]

    def test_bad_arguments_exit_with_an_error(self, tmp_path):
        with pytest.raises(CommandError):
            run("extract", str(tmp_path / "missing.txt"))
