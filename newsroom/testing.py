"""Test-run defaults, loaded as a pytest plugin (``-p newsroom.testing``) so that they are
set before pytest-django reads the settings. Real environment variables still win."""

import os

os.environ.setdefault("NEWSROOM_SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("NEWSROOM_STATIC_MANIFEST", "0")
os.environ.setdefault("NEWSROOM_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("NEWSROOM_TEST_DB_SUFFIX", str(os.getpid()))
