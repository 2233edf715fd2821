"""All read models together: rebuild into fresh tables and swap, live following while the
ledger is busy (the library's runner on PostgreSQL), status and read-your-writes; on SQLite
and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ledger.application import Ledger
from projections import bibliotheek
from projections.catalogus import LEESMODELLEN, Leesmodellen, LiveFollower
from projections.regie import RegieView
from projections.runner import Follower
from projections.views import ViewDatabase
from tests.drukte import drukte


@pytest.fixture
def modellen(ledger, ledger_env) -> Iterator[Leesmodellen]:
    m = Leesmodellen(ledger, ledger_env)
    yield m
    m.close()


def herbouwd(ledger, env, naam: str) -> dict:
    """Every row of `naam` built from zero in tables of its own, beside the live ones."""
    volger = Follower(ledger, LEESMODELLEN[naam], env, naam=f"{naam}_controle")
    try:
        volger.run_once()
        return volger.view.dump()
    finally:
        volger.close()


def test_status_reports_position_and_lag_of_every_read_model(modellen, ledger, klok, faker):
    drukte(ledger, klok, faker, casussen=3)
    laatste = ledger.recorder.max_notification_id()
    voor = {s.naam: s for s in modellen.stand()}
    assert set(voor) == set(LEESMODELLEN)
    assert all(s.positie == 0 and s.achterstand == laatste for s in voor.values())

    modellen.bijwerken(["regie"], batch_size=7)
    na = {s.naam: s for s in modellen.stand()}
    assert (na["regie"].positie, na["regie"].achterstand) == (laatste, 0)
    assert na["regie"].tabellen == "regie" and na["regie"].generatie == 0


def test_rebuild_fills_fresh_tables_then_swaps_and_drops_the_old(
    modellen, ledger, ledger_env, klok, faker
):
    drukte(ledger, klok, faker, casussen=8)
    modellen.bijwerken()
    voor = {naam: modellen.view(naam).dump() for naam in LEESMODELLEN}

    for naam in LEESMODELLEN:
        assert modellen.herbouw(naam, batch_size=11) == f"{naam}_g1"
        view = modellen.view(naam)
        assert view.naam == f"{naam}_g1"
        assert view.dump() == voor[naam]
        oude = LEESMODELLEN[naam](modellen.db, naam)
        assert not any(modellen.db.has_table(t) for t in (*oude.tabellen(), f"{naam}_tracking"))
        stand = modellen.stand([naam])[0]
        assert (stand.tabellen, stand.generatie, stand.achterstand) == (f"{naam}_g1", 1, 0)

    assert modellen.herbouw("regie") == "regie_g2"  # and again


def test_a_live_follower_moves_over_to_the_rebuilt_tables(
    modellen, ledger, ledger_env, klok, faker
):
    drukte(ledger, klok, faker, casussen=4, seed=1)
    volger = LiveFollower(ledger, ledger_env, "regie", batch_size=5)
    try:
        volger.run_once()
        modellen.herbouw("regie")
        drukte(ledger, klok, faker, casussen=3, seed=2)  # the log grows after the swap
        assert volger.run_once() > 0
        assert volger.prefix == "regie_g1"
        assert modellen.view("regie").dump() == herbouwd(ledger, ledger_env, "regie")
    finally:
        volger.close()


def test_a_rebuild_interrupted_halfway_starts_again_from_zero(
    modellen, ledger, ledger_env, klok, faker
):
    drukte(ledger, klok, faker, casussen=4)
    half = Follower(ledger, RegieView, ledger_env, naam="regie_g1", batch_size=5)
    half.run_once(limit=10)  # a crashed rebuild left these tables behind
    half.close()
    assert modellen.herbouw("regie") == "regie_g1"
    assert modellen.view("regie").dump() == herbouwd(ledger, ledger_env, "regie")


def test_following_a_busy_ledger_equals_a_rebuild_from_zero(
    modellen, ledger, ledger_env, klok, faker
):
    """Incremental views, kept up to date while cases interleave (corrections, new meldingen
    during monitoring, closures), equal each view rebuilt from zero afterwards. On PostgreSQL
    live following is the library's ProjectionRunner."""
    drukte(ledger, klok, faker, casussen=5, seed=3)  # some history before following starts
    stop = threading.Event()
    fouten: list[BaseException] = []

    def volg() -> None:
        m = Leesmodellen(ledger, ledger_env)
        try:
            m.volg(stop, application_class=Ledger, poll_interval=0.02, batch_size=4)
        except BaseException as fout:  # reported below
            fouten.append(fout)
        finally:
            m.close()

    draad = threading.Thread(target=volg)
    draad.start()
    try:
        drukte(ledger, klok, faker, casussen=25, seed=4)
        modellen.wacht_tot(ledger.recorder.max_notification_id(), timeout=60)
    finally:
        stop.set()
        draad.join(60)
    assert not fouten
    for naam in LEESMODELLEN:
        assert modellen.view(naam).dump() == herbouwd(ledger, ledger_env, naam), naam


def test_wait_gives_read_your_writes_and_times_out_when_nobody_follows(
    modellen, ledger, klok, faker
):
    drukte(ledger, klok, faker, casussen=1)
    with pytest.raises(TimeoutError, match="notification"):
        modellen.wacht_tot(ledger.recorder.max_notification_id(), timeout=0.1)
    modellen.bijwerken()
    modellen.wacht_tot(ledger.recorder.max_notification_id(), timeout=0.1)


# -- the library's runner on PostgreSQL ----------------------------------------------------


def test_the_library_runner_takes_over_from_the_batching_follower_exactly_once(
    postgres_env, klok, faker
):
    ledger = Ledger(postgres_env, clock=klok)
    try:
        drukte(ledger, klok, faker, casussen=4, seed=5)
        volger = Follower(ledger, RegieView, postgres_env, batch_size=6)
        volger.run_once(limit=18)  # part of the way, in batches
        runner = bibliotheek.runner(Ledger, postgres_env, "regie", RegieView)
        try:
            drukte(ledger, klok, faker, casussen=3, seed=6)  # arrives live, by NOTIFY
            runner.wait(ledger.recorder.max_notification_id(), timeout=30)
            # The batching follower resumes from where the runner got to: nothing left.
            assert volger.run_once() == 0
        finally:
            runner.stop()
            runner.app.close()
        assert volger.view.dump() == herbouwd(ledger, postgres_env, "regie")
        db = ViewDatabase(postgres_env)
        try:
            assert not db.has_table("bkup1_regie_tracking")  # the library did not "migrate" it
        finally:
            db.close()
        volger.close()
    finally:
        ledger.close()


def test_tables_of_an_older_schema_version_are_rebuilt_before_they_are_followed(
    modellen, ledger, ledger_env, klok, faker, monkeypatch
):
    drukte(ledger, klok, faker, casussen=3)
    modellen.bijwerken(["regie"])
    assert not modellen.stand(["regie"])[0].herbouwen

    class RegieV2(RegieView):
        SCHEMA = RegieView.SCHEMA + 1  # as if the code changed what the tables hold

    monkeypatch.setitem(LEESMODELLEN, "regie", RegieV2)
    assert modellen.stand(["regie"])[0].herbouwen
    modellen.bijwerken(["regie"])
    stand = modellen.stand(["regie"])[0]
    assert (stand.tabellen, stand.herbouwen, stand.achterstand) == ("regie_g1", False, 0)
    assert modellen.view("regie").dump() == herbouwd(ledger, ledger_env, "regie")
