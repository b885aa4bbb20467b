"""The code stays ruff clean: part of the test command, so CI and the README agree."""

from __future__ import annotations

import shutil
import subprocess

from conftest import REPO


def test_ruff_check_is_clean():
    ruff = shutil.which("ruff")
    assert ruff, "ruff is a test dependency: pip install -e '.[test]'"
    result = subprocess.run([ruff, "check", "--quiet", str(REPO)], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
