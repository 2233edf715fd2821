"""Who works on a casus: the behandelaar of Veilig Thuis (and team), from the melding on until
someone else is assigned; the caseload read model follows it. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from ledger.errors import OngeldigeInvoer
from tests.builders import WERKER, Casusbouwer, ctx
from tests.conftest import stored_event_count
from tests.ledger.test_protocol_refusals import geweigerd, sluit, weigert


def _wijs_toe(casus: Casusbouwer, behandelaar: object, team: object = None, **context) -> None:
    casus.klok.verder(hours=1)
    casus.ledger.assign_behandelaar(
        ctx(casus.klok, **context), casus.casus_id, behandelaar=behandelaar, team=team
    )


def test_the_worker_who_records_the_melding_is_its_first_behandelaar(casus: Casusbouwer):
    toestand = casus.melding().toestand()

    assert (toestand["behandelaar"], toestand["team"]) == (WERKER.user, None)


def test_assigning_a_behandelaar_and_team_is_an_event_in_the_history(casus: Casusbouwer, faker):
    casus.melding().beoordeling()
    behandelaar, team = faker.user_name(), f"Team {faker.city()}"

    _wijs_toe(casus, f"  {behandelaar} ", f"{team}  ")

    toestand = casus.toestand()
    assert (toestand["behandelaar"], toestand["team"]) == (behandelaar, team)
    laatste = casus.ledger.history(casus.casus_id)[-1]
    assert laatste["type"] == "BehandelaarToegewezen"
    assert laatste["payload"] == {"behandelaar": behandelaar, "team": team}
    assert laatste["actor"]["user"] == WERKER.user
    # The state before the assignment still shows whoever recorded the melding.
    eerder = casus.ledger.casus(casus.casus_id, versie=toestand["versie"] - 1)
    assert eerder["behandelaar"] == WERKER.user


def test_a_later_assignment_replaces_behandelaar_and_team(casus: Casusbouwer, faker):
    casus.melding()
    _wijs_toe(casus, faker.user_name(), "Team Noord")
    opvolger = faker.user_name()

    _wijs_toe(casus, opvolger)

    assert (casus.toestand()["behandelaar"], casus.toestand()["team"]) == (opvolger, None)


def test_assigning_the_same_behandelaar_and_team_again_stores_nothing(casus: Casusbouwer):
    casus.melding()
    _wijs_toe(casus, "vt.collega", "Team Zuid")
    voor = stored_event_count(casus.ledger)

    _wijs_toe(casus, "vt.collega", " Team Zuid ")

    assert stored_event_count(casus.ledger) == voor


def test_a_repeated_assignment_with_the_same_idempotency_key_is_stored_once(casus: Casusbouwer):
    casus.melding()
    _wijs_toe(casus, "vt.collega", idempotency_key="toewijzing-1")
    voor = stored_event_count(casus.ledger)

    _wijs_toe(casus, "vt.iemand.anders", idempotency_key="toewijzing-1")

    assert stored_event_count(casus.ledger) == voor
    assert casus.toestand()["behandelaar"] == "vt.collega"


def test_reassigning_during_monitoring_and_after_directe_overdracht_is_allowed(ledger, klok, faker):
    monitoring = Casusbouwer(ledger, klok, faker).melding().beoordeling().dienst()
    monitoring.voorwaarden_en_plan().warme_overdracht()
    direct = Casusbouwer(ledger, klok, faker).melding().beoordeling(uitkomst="overdracht")
    direct.directe_overdracht()

    for casus in (monitoring, direct):
        _wijs_toe(casus, "vt.collega")
        assert casus.toestand()["behandelaar"] == "vt.collega"


@pytest.mark.parametrize("behandelaar", ["", "   ", None], ids=["empty", "blank", "none"])
def test_an_assignment_without_a_behandelaar_is_refused_as_invalid_input(
    casus: Casusbouwer, behandelaar
):
    casus.melding()

    fout = geweigerd(casus, OngeldigeInvoer, lambda: _wijs_toe(casus, behandelaar))

    assert fout.bericht == "De behandelaar ontbreekt."


def test_a_team_that_is_not_text_is_refused_as_invalid_input(casus: Casusbouwer):
    casus.melding()

    fout = geweigerd(casus, OngeldigeInvoer, lambda: _wijs_toe(casus, "vt.collega", team=7))

    assert "team" in fout.bericht


def test_assigning_a_behandelaar_to_a_closed_casus_is_refused_under_R21(casus: Casusbouwer):
    casus.melding().beoordeling(uitkomst="geen_vervolg")
    _wijs_toe(casus, "vt.collega")  # still open: allowed
    sluit(casus, "geen_vervolg")

    weigert(casus, "R21", "afgesloten", lambda: _wijs_toe(casus, "vt.iemand.anders"))
    assert casus.toestand()["behandelaar"] == "vt.collega"
