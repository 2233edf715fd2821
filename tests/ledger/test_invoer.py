"""Malformed input gets a Dutch OngeldigeInvoer (never a Python error) and stores nothing."""

from __future__ import annotations

import pytest

from ledger.errors import OngeldigeInvoer
from tests.builders import ctx
from tests.conftest import stored_event_count

BAD_CALLS = {
    "crisismaatregelen is None": lambda led, c, k: led.record_crisisinterventie(ctx(k), c, None),
    "voorwaarden is a string": lambda led, c, k: led.record_veiligheidsvoorwaarden(
        ctx(k), c, "niet slaan"
    ),
    "unknown onderwerp": lambda led, c, k: led.inform_melder(ctx(k), c, "weer"),
    "unknown dienst": lambda led, c, k: led.start_dienst(ctx(k), c, "therapie", "Omdat het kan."),
    "veiligheidsplan is a list": lambda led, c, k: led.record_veiligheidsplan(ctx(k), c, ["x"]),
    "unknown plan onderdeel": lambda led, c, k: led.record_veiligheidsplan(
        ctx(k), c, {"wensen": "x"}
    ),
    "ontvanger is a string": lambda led, c, k: led.transfer(
        ctx(k), c, soort="warme_overdracht", vorm="huisbezoek", ontvanger="gemeente"
    ),
    "unknown gemeentecode": lambda led, c, k: led.transfer(
        ctx(k),
        c,
        soort="warme_overdracht",
        vorm="huisbezoek",
        ontvanger={"soort": "lokaal_team", "gemeentecode": "GM9999", "contactpersoon": "X"},
    ),
    "unknown niveau": lambda led, c, k: led.escalate(ctx(k), c, "minister", "Te traag."),
    "correction of an unknown version": lambda led, c, k: led.correct(
        ctx(k), c, versie=99, wijzigingen={"omschrijving": "x"}, reden="Typfout."
    ),
    "triage is a list": lambda led, c, k: led.record_veiligheidsbeoordeling(
        ctx(k), c, triage=[], uitkomst="geen_vervolg", onderbouwing="Geen zorgen na gesprek."
    ),
}


AT_MELDING = (BAD_CALLS["crisismaatregelen is None"], BAD_CALLS["triage is a list"])


@pytest.mark.parametrize("bad", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_malformed_input_is_refused_in_dutch_and_stores_nothing(casus, bad):
    casus.melding(acuut=True)
    if bad not in AT_MELDING:
        casus.beoordeling().dienst()
    voor = stored_event_count(casus.ledger)
    with pytest.raises(OngeldigeInvoer) as refused:
        bad(casus.ledger, casus.casus_id, casus.klok)
    assert refused.value.bericht
    assert stored_event_count(casus.ledger) == voor


def test_unknown_casus_id_is_named_in_the_message(ledger, klok):
    from ledger.errors import NietGevonden

    with pytest.raises(NietGevonden, match="geen geldig kenmerk"):
        ledger.inform_melder(ctx(klok), "abc", "melding")


def test_the_future_check_holds_in_the_hour_the_clocks_go_back(ledger, klok, faker):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from tests.builders import Casusbouwer

    ams = ZoneInfo("Europe/Amsterdam")
    # 30 October 2022, 02:18 in the second pass of the hour (CET, fold=1), recorded by a clock
    # that gives the same instant as an Amsterdam wall-clock time.
    moment = datetime(2022, 10, 30, 2, 18, fold=1, tzinfo=ams)
    klok.nu = moment
    casus = Casusbouwer(ledger, klok, faker).melding()
    assert casus.toestand()["ontvangen_op"].astimezone(UTC) == moment.astimezone(UTC)
