"""The set-up of the protocol features (`features/*.feature`).

- Tags: every rule id of the catalogue (`ledger/data/regels.yaml`) is a marker, and so are
  `@weigering` and `@signalering` (`cli.regels.SOORTEN`). Any other tag on a scenario (a typo
  like `@R99`, or `@R1`) stops the run at collection.
- Stores: every scenario runs on SQLite and on PostgreSQL: each `test_<feature>.py` uses the
  `scene` fixture, which takes the `ledger` fixture of `tests/conftest.py`.
- Refusals: a refusal in an `Als` step waits for `Dan weigert het register dit ...`; a refusal
  no step looks at fails the scenario (see `scene.Scene`).
- Results: each run writes the outcome of every scenario per store to
  `var/regels-resultaten.json` for `vt-ledger regels` (see `resultaten.py`).
- Steps: the shared ones are in `stappen/` (Given and When in `routekaart.py`, Then in
  `controles.py`, the diensten and the warme overdracht in `diensten.py`, monitoring and
  what the regie and termijnen read models show of it in `monitoring.py`) and are made
  visible here; those of one feature alone live in its `test_<feature>.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from faker import Faker

from cli.regels import SOORTEN
from ledger.application import Ledger
from ledger.regelcatalogus import regels
from tests.builders import Klok
from tests.features import taal
from tests.features.resultaten import Resultaten
from tests.features.scene import Scene
from tests.features.stappen import controles, diensten, monitoring, routekaart

# pytest-bdd puts each step definition as a fixture in the module that defines it; exposing
# those fixtures here makes the shared steps available to every feature.
for _module in (routekaart, controles, diensten, monitoring):
    globals().update({n: f for n, f in vars(_module).items() if n.startswith("pytestbdd_")})

_RESULTATEN = pytest.StashKey[Resultaten]()
_SCENE = pytest.StashKey[Scene]()

# -- hooks ---------------------------------------------------------------------------------


def bekende_tags() -> dict[str, str]:
    return {**{r.id: f"{r.naam} ({r.bron})" for r in regels()}, **SOORTEN}


def pytest_configure(config: pytest.Config) -> None:
    for tag, uitleg in bekende_tags().items():
        config.addinivalue_line("markers", f"{tag}: {uitleg}")
    config.stash[_RESULTATEN] = Resultaten(config.rootpath)


def pytest_bdd_apply_tag(tag: str, function: Callable[..., Any]) -> None:
    if tag not in bekende_tags():
        ids = [r.id for r in regels()]
        raise pytest.UsageError(
            f"Unknown tag @{tag} in a feature file: a scenario carries the id of each rule it "
            f"checks ({ids[0]}-{ids[-1]}, ledger/data/regels.yaml), and may carry "
            f"{' or '.join('@' + s for s in SOORTEN)}; nothing else."
        )
    return None  # pytest-bdd's own implementation then applies the marker


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any, step_func: Any) -> None:
    scene: Scene = request.getfixturevalue("scene")
    scene.begin_stap(step.type, getattr(step_func, "leest_weigering", False))


def pytest_bdd_after_step(request: pytest.FixtureRequest) -> None:
    request.node.stash[_SCENE].gelukte_stappen += 1


def pytest_bdd_after_scenario(request: pytest.FixtureRequest, scenario: Any) -> None:
    scene = request.node.stash.get(_SCENE, None)
    if scene is None or scene.gelukte_stappen < len(scenario.steps):
        return  # a step failed: that failure is the report
    if scene.fout is not None and not scene.fout_gezien:
        raise AssertionError(
            f"The register refused the last step, which no step expected: {scene.fout}"
        ) from scene.fout


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    item.config.stash[_RESULTATEN].noteer(item, report)
    return report


def pytest_sessionfinish(session: pytest.Session) -> None:
    session.config.stash[_RESULTATEN].schrijf()


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def klok() -> Klok:
    """The ledger's clock starts early; every dated step moves it forward."""
    return Klok(nu=datetime(2024, 1, 1, 9, 0, tzinfo=taal.AMS))


@pytest.fixture
def scene(
    request: pytest.FixtureRequest,
    ledger: Ledger,
    ledger_env: dict[str, str],
    klok: Klok,
    faker: Faker,
) -> Iterator[Scene]:
    s = Scene(ledger, ledger_env, klok, faker)
    request.node.stash[_SCENE] = s
    yield s
    s.close()
