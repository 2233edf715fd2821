"""There is no second code path: the simulator writes only through the ledger's public
commands. It imports no aggregate, event class or storage library, and touches no repository,
save or recorder write; it reads the log only to check and export it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SIMULATOR = Path(__file__).resolve().parents[2] / "simulator"
MODULES = sorted(p for p in SIMULATOR.glob("*.py") if p.name not in ("__init__.py", "demo.py"))
VERBODEN_MODULES = (
    "eventsourcing",
    "ledger.aggregaat",
    "ledger.advies",
    "ledger.casus",
    "ledger.casus_commands",
    "ledger.casus_events",
    "ledger.huishouden",
    "ledger.regels",
    "ledger.stappen",
    "ledger.storage",
    "web",
    "cli",
)
VERBODEN_NAMEN = ("save", "repository", "insert_events", "_store", "_command", "_create", "events")


def imports(pad: Path) -> set[str]:
    boom = ast.parse(pad.read_text("utf-8"))
    namen = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen.update(a.name for a in knoop.names)
        elif isinstance(knoop, ast.ImportFrom) and knoop.module:
            namen.add(knoop.module)
    return namen


def test_there_are_simulator_modules_to_check():
    assert {"traject.py", "diensten.py", "regio.py"} <= {p.name for p in MODULES}


@pytest.mark.parametrize("pad", MODULES, ids=lambda p: p.name)
def test_a_simulator_module_imports_no_aggregate_event_or_store(pad):
    verboden = {
        naam
        for naam in imports(pad)
        if any(naam == v or naam.startswith(f"{v}.") for v in VERBODEN_MODULES)
    }
    assert verboden == set()


@pytest.mark.parametrize("pad", MODULES, ids=lambda p: p.name)
def test_a_simulator_module_uses_no_write_path_beside_the_commands(pad):
    attributen = {
        k.attr for k in ast.walk(ast.parse(pad.read_text("utf-8"))) if isinstance(k, ast.Attribute)
    }
    assert attributen & set(VERBODEN_NAMEN) == set()
