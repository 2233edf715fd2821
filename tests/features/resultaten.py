"""The last result of every scenario, per store, for `vt-ledger regels`.

`tests/features/conftest.py` hands every test report of a scenario to `Resultaten.noteer`,
and at the end of the run `Resultaten.schrijf` merges them into `var/regels-resultaten.json`
(the local data folder, not in git):

    {"versie": 1, "scenarios": {"features/melding.feature": {"<scenario>": {
        "sqlite": {"uitkomst": "geslaagd", "tijd": "2025-11-23T14:02:11+01:00"},
        "postgresql": {...}}}}}

A scenario or store this run did not touch keeps its earlier result (with its own time), so a
quick run on SQLite alone does not erase what PostgreSQL did. The examples of an abstract
scenario count as one: it failed if one of them failed. Setup failures count (a store that
cannot be reached is a failed scenario), so a run never leaves a stale "geslaagd" behind.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from cli.regels import RESULTATEN

AMS = ZoneInfo("Europe/Amsterdam")
UITKOMST = {"passed": "geslaagd", "failed": "mislukt", "skipped": "overgeslagen"}
_RANG = {"geslaagd": 0, "overgeslagen": 1, "mislukt": 2}


def scenario_van(item: pytest.Item) -> tuple[str, str] | None:
    """(feature file as "features/melding.feature", scenario name) of a pytest-bdd test item,
    or None for any other test. The one place that knows how pytest-bdd links the two; the
    feature is named as `cli.regels` names it: its folder's name and its file name."""
    template = registry_get_safe(scenario_wrapper_template_registry, getattr(item, "obj", None))
    if template is None:
        return None
    pad = Path(template.feature.filename)
    return f"{pad.parent.name}/{pad.name}", template.name


class Resultaten:
    def __init__(self, root: Path) -> None:
        self.pad = root / RESULTATEN
        self.nieuw: dict[tuple[str, str, str], str] = {}

    def noteer(self, item: pytest.Item, report: pytest.TestReport) -> None:
        wie = scenario_van(item)
        if wie is None:
            return
        params = getattr(item, "callspec", None)
        opslag = params.params.get("database_url", "onbekend") if params else "onbekend"
        if report.when != "call" and report.passed:
            return  # setup and teardown only count when they fail (or skip)
        uitkomst = UITKOMST[report.outcome]
        sleutel = (*wie, opslag)
        eerder = self.nieuw.get(sleutel)
        if eerder is None or _RANG[uitkomst] > _RANG[eerder]:
            self.nieuw[sleutel] = uitkomst

    def schrijf(self) -> None:
        if not self.nieuw:
            return
        data: dict[str, Any] = {"versie": 1, "scenarios": {}}
        if self.pad.exists():
            try:
                data = json.loads(self.pad.read_text("utf-8"))
                data.setdefault("scenarios", {})
            except ValueError:
                pass  # a broken file is replaced by this run's results
        tijd = datetime.now(AMS).isoformat(timespec="seconds")
        for (feature, scenario, opslag), uitkomst in sorted(self.nieuw.items()):
            per_opslag = data["scenarios"].setdefault(feature, {}).setdefault(scenario, {})
            per_opslag[opslag] = {"uitkomst": uitkomst, "tijd": tijd}
        self.pad.parent.mkdir(parents=True, exist_ok=True)
        tijdelijk = self.pad.with_suffix(".tmp")
        tijdelijk.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        os.replace(tijdelijk, self.pad)
