from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Newsroom records"

    def ready(self):
        from . import signals  # noqa: F401
