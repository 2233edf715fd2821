"""Concurrent and repeated commands: one wins, the other hears so in Dutch, nothing is lost;
a double submit with the same idempotency key stores one event."""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime, timedelta

import pytest

from ledger.application import Ledger
from ledger.errors import Conflict
from ledger.storage import env_from_url
from tests.builders import AMS, Klok, ctx
from tests.conftest import stored_event_count


def test_double_submit_of_a_melding_stores_one_casus(casus, ledger, klok):
    casus.huishouden()
    velden = dict(
        huishouden_id=casus.huishouden_id,
        vt_organisatie="VR09",
        melder={"type": "professional", "sector": "politie"},
        aard_geweld=["partnergeweld"],
        vermoeden_acute_onveiligheid=False,
        vermoeden_structurele_onveiligheid=True,
        bestaande_hulp="Geen.",
        omschrijving="Zorgmelding.",
    )
    eerste = ledger.record_melding(ctx(klok, idempotency_key="form-123"), **velden)
    voor = stored_event_count(ledger)
    tweede = ledger.record_melding(ctx(klok, idempotency_key="form-123"), **velden)
    assert tweede == eerste
    assert stored_event_count(ledger) == voor
    assert len(ledger.radar(casus.huishouden_id)) == 1


def test_double_submit_of_a_step_stores_one_event(casus, ledger, klok):
    casus.melding()
    ledger.escalate(
        ctx(klok, idempotency_key="esc-1"), casus.casus_id, "leidinggevende", "Geen contact."
    )
    ledger.escalate(
        ctx(klok, idempotency_key="esc-1"), casus.casus_id, "leidinggevende", "Geen contact."
    )
    assert casus.toestand()["opschalingen"] == ["leidinggevende"]
    assert casus.toestand()["versie"] == 2


def test_a_stale_command_gets_a_dutch_conflict_and_stores_nothing(casus, ledger_env):
    """Writer B changes the casus between A's read and A's write (through A's clock)."""
    casus.melding()
    klok_a = Klok(casus.klok.nu)
    b = Ledger(ledger_env, clock=casus.klok)

    def clock_of_a():  # called by A after it loaded the casus, before it saves
        b.escalate(ctx(casus.klok), casus.casus_id, "leidinggevende", "Collega B schaalt op.")
        return klok_a.nu

    a = Ledger(ledger_env, clock=clock_of_a)
    try:
        voor = stored_event_count(a) + 1  # B's event will be stored
        with pytest.raises(Conflict, match="intussen door iemand anders gewijzigd"):
            a.inform_melder(ctx(klok_a), casus.casus_id, "melding")
        assert stored_event_count(a) == voor
        assert casus.ledger.casus(casus.casus_id)["opschalingen"] == ["leidinggevende"]
        assert casus.ledger.casus(casus.casus_id)["geinformeerd_melder"] == []
    finally:
        a.close()
        b.close()


def _escalate_in_process(url: str, casus_id: str, start: float, barrier, results) -> None:
    klok = Klok(datetime.fromtimestamp(start, tz=AMS) + timedelta(minutes=1))
    app = Ledger(env_from_url(url), clock=klok)
    try:
        barrier.wait(timeout=30)
        app.escalate(ctx(klok), casus_id, "leidinggevende", "Tegelijk opgeschaald.")
        results.put("ok")
    except Conflict as conflict:
        results.put(f"conflict: {conflict.bericht}")
    except Exception as other:  # reported to the test, which fails on it
        results.put(f"error: {type(other).__name__}: {other}")
    finally:
        app.close()


def test_writers_in_several_processes_on_one_casus_one_wins_and_nothing_is_lost(
    casus, database_url
):
    casus.melding()
    ctx_mp = mp.get_context("spawn")
    barrier, results = ctx_mp.Barrier(4), ctx_mp.Queue()
    procs = [
        ctx_mp.Process(
            target=_escalate_in_process,
            args=(database_url, str(casus.casus_id), casus.klok.nu.timestamp(), barrier, results),
        )
        for _ in range(4)
    ]
    for p in procs:
        p.start()
    uitkomsten = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    assert not [u for u in uitkomsten if u.startswith("error")], uitkomsten
    gelukt = uitkomsten.count("ok")
    assert gelukt >= 1
    assert all(u == "ok" or "iemand anders" in u for u in uitkomsten)
    s = casus.ledger.casus(casus.casus_id)
    assert len(s["opschalingen"]) == gelukt
    assert s["versie"] == 1 + gelukt
