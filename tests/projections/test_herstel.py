"""A follower process killed with SIGKILL in the middle of a large catch-up, and restarted:
every view equals a rebuild from zero (no event applied twice, none skipped); on SQLite and
PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from projections.catalogus import LEESMODELLEN, Leesmodellen
from projections.runner import Follower
from tests.drukte import drukte

ROOT = Path(__file__).resolve().parents[2]


def _follow(database_url: str) -> subprocess.Popen:
    env = {**os.environ, "VT_LEDGER_DATABASE_URL": database_url}
    return subprocess.Popen(
        [sys.executable, "-m", "cli.main", "projections", "follow", "--once", "--batch-size", "7"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_a_follower_killed_mid_catch_up_resumes_exactly_once(
    ledger, ledger_env, database_url, klok, faker
):
    laatste = drukte(ledger, klok, faker, casussen=250, seed=11)
    modellen = Leesmodellen(ledger, ledger_env)
    try:
        proces = _follow(database_url)
        deadline = time.monotonic() + 120
        # Kill once the first read model is well on its way, but not done.
        while time.monotonic() < deadline and proces.poll() is None:
            if modellen.stand()[0].positie > laatste // 4:
                break
            time.sleep(0.002)
        proces.send_signal(signal.SIGKILL)
        proces.wait(30)
        assert proces.returncode == -signal.SIGKILL, proces.stderr.read().decode()
        na_kill = modellen.stand()
        assert 0 < na_kill[0].positie < laatste, "killed too late to test a resume"

        herstart = _follow(database_url)
        _, fout = herstart.communicate(timeout=300)
        assert herstart.returncode == 0, fout.decode()
        for stand in modellen.stand():
            assert stand.positie == laatste, stand

        for naam in LEESMODELLEN:
            controle = Follower(ledger, LEESMODELLEN[naam], ledger_env, naam=f"{naam}_controle")
            try:
                controle.run_once()
                assert modellen.view(naam).dump() == controle.view.dump(), naam
            finally:
                controle.close()
    finally:
        modellen.close()
