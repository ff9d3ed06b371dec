"""The app the browser test serves with uvicorn: the full service over the sample dataset."""

from __future__ import annotations

from fastapi import FastAPI

from dkg.service.app import create_app
from dkg.service.settings import Settings
from dkg.service.store.embedded import EmbeddedStore
from tests.service.protocol.conftest import load_sample


def build() -> FastAPI:
    """``uvicorn --factory tests.service.browser_app:build``."""
    store = EmbeddedStore(None)
    load_sample(store)
    return create_app(Settings(workers=1), store=store)
