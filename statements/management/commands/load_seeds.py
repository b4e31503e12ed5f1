from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from statements.loading import Loader


class Command(BaseCommand):
    help = (
        "Load article text files into the database: extract sources, actors, statements "
        "and events. A folder means its *.txt files. One transaction per file; files already "
        "loaded are skipped, changed files replace their older extraction (never an editor's "
        "work). Exits non-zero when any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="*", default=["seeds"], help="files or folders (default: seeds/)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="extract and report, write nothing"
        )

    def handle(self, *args, paths=(), dry_run=False, **options):
        loader = Loader(
            model=settings.NEWSROOM_SPACY_MODEL,
            max_bytes=settings.NEWSROOM_MAX_FILE_BYTES,
            dry_run=dry_run,
            progress=lambda message: self.stderr.write(message),
        )
        try:
            report = loader.load(list(args) + list(paths) or ["seeds"])
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from None
        if dry_run:
            self.stdout.write("Dry run: nothing was written. It would have loaded:")
        self.stdout.write(report.summary())
        if not any(r.status in {"created", "replaced"} for r in report.files) and not dry_run:
            self.stdout.write("Nothing new to load: no records were created or changed.")
        if report.failed:
            for result in report.failed:
                self.stderr.write(f"failed: {result.path}: {result.message}")
            raise CommandError(f"{len(report.failed)} file(s) failed; the others were loaded")
