import pytest

from tests.admin_client import make_editor


@pytest.fixture
def editor(db):
    """A staff user in the Editors group."""
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    """A test client logged in as ``editor``."""
    client.force_login(editor)
    return client


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline of the extractor, loaded once per test run."""
    from statements.extraction.pipeline import load_nlp

    return load_nlp()
