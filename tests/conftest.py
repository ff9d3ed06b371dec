"""Fixtures shared by every test folder: running the real `dkg` command on temporary stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import RunDkg


@pytest.fixture
def run_dkg(tmp_path: Path) -> RunDkg:
    """Run `dkg ARGS...` in a child process, as a user would, with a temporary default store."""

    def run(
        *args: str | Path, timeout: float = 300, **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DKG_STORE": str(tmp_path / "default-store")}
        return subprocess.run(
            [sys.executable, "-m", "dkg.cli.main", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
            **kwargs,  # type: ignore[arg-type]
        )

    return run
