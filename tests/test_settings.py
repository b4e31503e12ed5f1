import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from newsroom.settings import envbool, envint, envlist


def test_it_reads_booleans(monkeypatch):
    monkeypatch.setenv("X_FLAG", "yes")
    assert envbool("X_FLAG") is True
    monkeypatch.setenv("X_FLAG", "0")
    assert envbool("X_FLAG", True) is False
    monkeypatch.delenv("X_FLAG")
    assert envbool("X_FLAG", True) is True


def test_it_fails_loudly_on_bad_values(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        envbool("X_FLAG")
    monkeypatch.setenv("X_INT", "ten")
    with pytest.raises(ImproperlyConfigured):
        envint("X_INT", 1)


def test_it_splits_lists(monkeypatch):
    monkeypatch.setenv("X_LIST", "a.example, b.example ,")
    assert envlist("X_LIST", []) == ["a.example", "b.example"]


def test_the_spacy_model_is_a_setting():
    assert settings.NEWSROOM_SPACY_MODEL
