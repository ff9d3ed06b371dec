"""Where the embedded store lives: ``--store``, else ``$DKG_STORE``, else the user data folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir


def default_store_path() -> Path:
    """The store used when neither ``--store`` nor ``DKG_STORE`` says otherwise."""
    return Path(user_data_dir("diplomatic-kg", appauthor=False)) / "store"


def resolve_store_path(option: str | None, environ: Mapping[str, str]) -> Path:
    """Pick the store folder by the documented order of precedence."""
    if option:
        return Path(option).expanduser()
    if environ.get("DKG_STORE"):
        return Path(environ["DKG_STORE"]).expanduser()
    return default_store_path()
