"""Settings are documented (datasette's rule) and read from DKG_* variables."""

from __future__ import annotations

import pytest

from dkg.service.settings import Settings
from tests.support import REPO


def test_settings_every_setting_is_documented() -> None:
    page = (REPO / "docs" / "service.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert f"`{name}`" in page, f"docs/service.md does not document {name}"
        assert field.description, f"Settings.{name} has no description"


def test_settings_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DKG_QUERY_TIMEOUT_S", "2.5")
    monkeypatch.setenv("DKG_SERVICE_ALLOWLIST", '["https://query.wikidata.org/sparql"]')
    settings = Settings()
    assert settings.query_timeout_s == 2.5
    assert settings.service_allowlist == ["https://query.wikidata.org/sparql"]
    assert settings.update_token is None
