"""Reproducible: the same seed and parameters give the identical event stream, ids and times
included, on SQLite and on PostgreSQL; another seed gives another stream."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import uuid5

import pytest

from ledger.application import ID_NAMESPACE
from ledger.casus_events import MeldingOntvangen
from simulator.simulatie import middernacht
from tests.conftest import _postgres_schema_url
from tests.simulator.oefening import TOT, VAN, gebeurtenissen, geexporteerd, simuleer


@pytest.fixture
def tweede_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """Another empty store of the same kind as `database_url`."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path.resolve() / 'tweede.db'}"
        return
    yield from _postgres_schema_url()


def test_the_same_seed_twice_gives_a_byte_identical_event_stream(database_url, tweede_database_url):
    eerste = simuleer(database_url, seed=11)
    tweede = simuleer(tweede_database_url, seed=11)
    assert eerste == tweede
    stroom = geexporteerd(database_url)
    assert stroom.encode() == geexporteerd(tweede_database_url).encode()
    assert stroom.count("\n") > 1000
    assert '"topic": "ledger.casus_events:MeldingOntvangen"' in stroom


def test_another_seed_gives_another_stream_with_other_ids(database_url, tweede_database_url):
    simuleer(database_url, seed=11)
    simuleer(tweede_database_url, seed=12)
    assert geexporteerd(database_url) != geexporteerd(tweede_database_url)
    ids = [
        {e.originator_id for e in gebeurtenissen(u)} for u in (database_url, tweede_database_url)
    ]
    assert not ids[0] & ids[1]


def test_the_stream_is_the_same_on_postgresql_as_on_sqlite(postgres_env, tmp_path):
    simuleer(postgres_env, seed=11)
    sqlite = f"sqlite:///{tmp_path.resolve() / 'ledger.db'}"
    simuleer(sqlite, seed=11)
    assert geexporteerd(postgres_env) == geexporteerd(sqlite)


def test_ids_come_from_idempotency_keys_and_recorded_time_is_simulated_time(database_url):
    simuleer(database_url, seed=11)
    events = gebeurtenissen(database_url)
    for e in events:
        sleutel = e.envelope.idempotency_key
        assert sleutel.startswith("sim:11:VR25:")
        assert e.envelope.actor.user.startswith("sim.")
        assert e.timestamp == e.envelope.occurred_at
        if isinstance(e, MeldingOntvangen):
            assert e.originator_id == uuid5(ID_NAMESPACE, f"casus:{sleutel}")
    momenten = [e.envelope.occurred_at for e in events]
    assert middernacht(VAN) <= min(momenten) < max(momenten) < middernacht(TOT)


def test_a_region_alone_gives_the_same_events_as_within_a_larger_run(tmp_path):
    alleen = f"sqlite:///{tmp_path / 'alleen.db'}"
    samen = f"sqlite:///{tmp_path / 'samen.db'}"
    simuleer(alleen, seed=5, regios=("VR25",))
    simuleer(samen, seed=5, regios=("VR14", "VR25"))
    vr25 = [r for r in geexporteerd(samen).splitlines() if '"sim:5:VR25:' in r]
    assert geexporteerd(alleen).splitlines() == vr25
    assert len(geexporteerd(samen).splitlines()) > len(vr25)


def test_keeping_aggregates_in_memory_changes_no_event(tmp_path):
    snel, gewoon = (f"sqlite:///{tmp_path / n}" for n in ("snel.db", "gewoon.db"))
    simuleer(snel, seed=3, snel=True)
    simuleer(gewoon, seed=3, snel=False)
    assert geexporteerd(snel) == geexporteerd(gewoon)
