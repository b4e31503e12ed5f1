"""Statement extraction: text in, dataclasses out. No Django imports anywhere here.

Pipeline (one module per stage): reading -> metadata -> nlp -> actors -> quotes
-> speakers -> dates -> events, tied together by ``pipeline.extract``.
"""
