"""The two clocks: a casus at any version, as recorded by any time, and what was known on D
about what happened by E; corrections are new events that leave the original standing."""

from __future__ import annotations

import pytest

from ledger.application import Ledger
from ledger.errors import NietGevonden, OngeldigeInvoer
from tests.builders import ctx, dag


def test_state_at_each_version_replays_the_steps_in_order(casus):
    casus.melding().beoordeling().dienst()
    fasen = [casus.ledger.casus(casus.casus_id, versie=v)["fase"] for v in (1, 2, 3)]
    assert fasen == ["melding", "vervolg_bij_veilig_thuis", "voorwaarden_en_vervolg"]
    with pytest.raises(NietGevonden):
        casus.ledger.casus(casus.casus_id, versie=4)


def test_as_of_a_recorded_time_shows_what_the_ledger_held_then(casus):
    casus.klok.nu = dag(2025, 3, 3, 10)
    casus.melding()
    casus.klok.nu = dag(2025, 3, 5, 10)
    casus.beoordeling()  # recorded 7 March (the builder moves the clock two days)
    assert casus.ledger.casus_as_of(casus.casus_id, dag(2025, 3, 6, 12))["fase"] == "melding"
    assert (
        casus.ledger.casus_as_of(casus.casus_id, dag(2025, 3, 7, 12))["fase"]
        == "vervolg_bij_veilig_thuis"
    )
    with pytest.raises(NietGevonden):
        casus.ledger.casus_as_of(casus.casus_id, dag(2025, 3, 1))


def test_known_on_d_about_e_separates_late_recording_from_what_happened(casus, ledger, klok):
    """A beoordeling done on 5 March but only recorded on 20 March: on 10 March the ledger did
    not know it; on 25 March it knows the case was assessed by 6 March."""
    klok.nu = dag(2025, 3, 3, 10)
    casus.melding()
    klok.nu = dag(2025, 3, 20, 10)
    casus.ledger.record_veiligheidsbeoordeling(
        ctx(klok, occurred_at=dag(2025, 3, 5, 15)),
        casus.casus_id,
        triage=_triage(casus),
        uitkomst="geen_vervolg",
        onderbouwing="Geen zorgen na huisbezoek.",
    )
    op_10_maart = ledger.casus_known_on(casus.casus_id, dag(2025, 3, 10), dag(2025, 3, 6))
    op_25_maart = ledger.casus_known_on(casus.casus_id, dag(2025, 3, 25), dag(2025, 3, 6))
    assert op_10_maart["fase"] == "melding"
    assert op_25_maart["fase"] == "beoordeeld"
    assert op_25_maart["beoordeling"]["binnen_termijn"] is True
    before_it_happened = ledger.casus_known_on(casus.casus_id, dag(2025, 3, 25), dag(2025, 3, 4))
    assert before_it_happened["fase"] == "melding"


def _triage(casus):
    from tests.builders import volledige_triage

    return volledige_triage(casus.kinderen, casus.kinderen, casus.ouders)


def test_a_correction_is_a_new_event_and_the_original_stays_in_the_history(casus, ledger, klok):
    casus.melding(sector="huisarts")
    klok.verder(days=1)
    ledger.correct(
        ctx(klok),
        casus.casus_id,
        versie=1,
        wijzigingen={"melder": {"type": "professional", "sector": "ggz", "anoniem": False}},
        reden="Melder was de GGZ-behandelaar, niet de huisarts.",
    )
    historie = ledger.history(casus.casus_id)
    assert historie[0]["payload"]["melder"]["sector"] == "huisarts"
    assert historie[1]["type"] == "Gecorrigeerd"
    assert historie[1]["payload"]["gecorrigeerde_versie"] == 1
    s = ledger.casus(casus.casus_id)
    assert s["melder"]["sector"] == "ggz"
    assert s["correcties"][0]["reden"] == "Melder was de GGZ-behandelaar, niet de huisarts."


def test_corrected_occurred_at_changes_what_had_happened_by_then_from_that_moment_on(
    casus, ledger, klok
):
    klok.nu = dag(2025, 3, 3, 10)
    casus.melding()
    klok.nu = dag(2025, 3, 6, 10)
    ledger.escalate(ctx(klok), casus.casus_id, "leidinggevende", "Gezin niet bereikbaar.")
    klok.nu = dag(2025, 3, 12, 10)
    ledger.correct(
        ctx(klok),
        casus.casus_id,
        versie=2,
        wijzigingen={"occurred_at": dag(2025, 3, 4, 16)},
        reden="Opschaling gebeurde al op dinsdag.",
    )
    voor_correctie = ledger.casus_known_on(casus.casus_id, dag(2025, 3, 10), dag(2025, 3, 5))
    na_correctie = ledger.casus_known_on(casus.casus_id, dag(2025, 3, 13), dag(2025, 3, 5))
    assert voor_correctie["opschalingen"] == []
    assert na_correctie["opschalingen"] == ["leidinggevende"]


def test_a_decision_cannot_be_corrected_away(casus, ledger, klok):
    casus.melding().beoordeling()
    with pytest.raises(OngeldigeInvoer, match="nieuwe stap"):
        ledger.correct(
            ctx(klok),
            casus.casus_id,
            versie=2,
            wijzigingen={"uitkomst": "geen_vervolg"},
            reden="Andere uitkomst.",
        )


def test_replay_by_a_fresh_application_rebuilds_the_same_state(casus, ledger_env):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht().monitormoment()
    fresh = Ledger(ledger_env)
    try:
        assert fresh.casus(casus.casus_id) == casus.toestand()
        assert fresh.history(casus.casus_id) == casus.ledger.history(casus.casus_id)
    finally:
        fresh.close()


def test_long_cases_are_rebuilt_from_snapshots_with_the_same_state(casus, ledger, ledger_env, klok):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    for n in range(60):  # past the snapshot interval of 50
        klok.verder(days=1)
        ledger.inform_betrokkenen(ctx(klok), casus.casus_id, "melding", [casus.kinderen[n % 2]])
    assert ledger.snapshots is not None
    assert list(ledger.snapshots.get(casus.casus_id)), "a snapshot was taken"
    fresh = Ledger(ledger_env)
    try:
        assert fresh.casus(casus.casus_id) == ledger.casus(casus.casus_id)
    finally:
        fresh.close()
