import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from statements.loading import collect_files


class Command(BaseCommand):
    help = (
        "Print the extraction of article files as JSON Lines (one object per file, see "
        "EXTRACT-CONTRACT.md). Writes nothing to the database."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders (their *.txt files)")

    def handle(self, *args, paths=(), **options):
        from statements.extraction.pipeline import extract, load_nlp
        from statements.extraction.reading import ReadError, read_file

        try:
            files = collect_files(list(args) + list(paths))
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from None
        nlp = None
        for n, path in enumerate(files, start=1):
            self.stderr.write(f"[{n}/{len(files)}] {path}")
            try:
                text, warnings = read_file(path, max_bytes=settings.NEWSROOM_MAX_FILE_BYTES)
            except (ReadError, OSError) as exc:
                self.stdout.write(json.dumps({"path": str(path), "error": str(exc)}))
                continue
            for warning in warnings:
                self.stderr.write(f"warning: {path}: {warning}")
            if nlp is None:
                nlp = load_nlp(settings.NEWSROOM_SPACY_MODEL)
            try:
                result = extract(text, path=str(path), nlp=nlp)
            except Exception as exc:
                self.stderr.write(f"error: {path}: extraction failed: {exc!r}")
                self.stdout.write(
                    json.dumps({"path": str(path), "error": f"extraction failed: {exc!r}"})
                )
                continue
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False))
