"""Statement extraction: text in, dataclasses out. No Django imports anywhere here.

Pipeline (one module per stage): reading -> metadata -> nlp -> actors -> quotes
-> speakers -> dates -> events, tied together by ``pipeline.extract``.

Public API (imported lazily so that ``statements.extraction.types`` stays cheap):

- ``extract(text, path=None, nlp=None, model=...) -> Extraction``
- ``extract_file(path, model=...) -> Extraction`` (raises ``ReadError``)
- ``load_nlp(model=...)``: the cached spaCy pipeline with the gazetteer entity ruler
- ``read_file(path, max_bytes=5_000_000) -> (text, warnings)`` and ``ReadError``
"""

__all__ = ["extract", "extract_file", "load_nlp", "read_file", "ReadError"]


def __getattr__(name):
    if name in ("extract", "extract_file", "load_nlp"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("read_file", "ReadError"):
        from . import reading

        return getattr(reading, name)
    raise AttributeError(name)
