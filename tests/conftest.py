"""Hypothesis profiles: random exploration locally, reproducible runs in CI."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("default", max_examples=300)
settings.register_profile("ci", max_examples=300, derandomize=True, print_blob=True)
# deeper search before a release: pytest --hypothesis-profile=thorough
settings.register_profile("thorough", max_examples=3000, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")
