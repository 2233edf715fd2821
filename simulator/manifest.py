"""The manifest of a simulation run: everything needed to repeat it and to know what it made.

Seed, regions, period, the full parameters, the code version (package version, git commit and
whether the working tree had changes, library versions), the counts, which events it wrote,
the store and the wall time. The same seed and parameters on the same code give the same
events; the manifest itself also records when it ran and how long it took, so it differs.
"""

from __future__ import annotations

import json
import platform
import subprocess
from datetime import UTC, date, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from simulator.parameters import Parameters

ROOT = Path(__file__).resolve().parent.parent
SOORT = "vt-ledger simulatie: oefengegevens (synthetisch, Faker nl_NL), geen echte personen"


def _git(*args: str) -> str | None:
    if not (ROOT / ".git").exists():
        return None
    try:
        uit = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return uit.stdout.strip()


def _versie(pakket: str) -> str | None:
    try:
        return metadata.version(pakket)
    except metadata.PackageNotFoundError:
        return None


def code_versie() -> dict[str, Any]:
    status = _git("status", "--porcelain")
    return {
        "vt_ledger": _versie("vt-ledger"),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_gewijzigd": None if status is None else bool(status),
        "python": platform.python_version(),
        "eventsourcing": _versie("eventsourcing"),
        "faker": _versie("faker"),
    }


def maak(
    *,
    run: int,
    seed: int,
    regios: list[str],
    van: date,
    tot: date,
    begin: date,
    parameters: Parameters,
    aantallen: dict[str, int],
    eerste: int,
    laatste: int,
    opslag: str,
    wandtijd: float,
) -> dict[str, Any]:
    gebeurtenissen = max(laatste - eerste + 1, 0)
    return {
        "soort": SOORT,
        "run": run,
        "seed": seed,
        "regios": regios,
        "van": van.isoformat(),
        "tot": tot.isoformat(),
        "begin": begin.isoformat(),  # van, or earlier by the warm-up (terugkeer.inloop_jaren)
        "parameters": parameters.als_dict(),
        "code": code_versie(),
        "aantallen": {**aantallen, "gebeurtenissen": gebeurtenissen},
        "gebeurtenissen": {"eerste": eerste, "laatste": laatste},
        "opslag": opslag,
        "wandtijd_seconden": round(wandtijd, 2),
        "gebeurtenissen_per_seconde": round(gebeurtenissen / wandtijd) if wandtijd else None,
        "gemaakt_op": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def schrijf(pad: Path, manifest: dict[str, Any]) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
