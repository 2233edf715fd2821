"""R17: a consultatie by the gemeente's uitvoeringsdienst (USD) ends in a melding (regie op
veiligheid for a while to Veilig Thuis) or Overleg Veilig Verder (regie stays with the
gemeente), each with the agreed division of tasks and roles in the timeline (both stores)."""

from __future__ import annotations

import pytest

from ledger.errors import OngeldigeInvoer, ProtocolViolation
from tests.builders import CONSULENT, Casusbouwer, ctx
from tests.conftest import stored_event_count

ROLVERDELING = (
    "De consulent blijft procesregisseur en spreekt de ouders wekelijks; Veilig Thuis "
    "schuift aan bij het eerste gesprek en adviseert over de veiligheidsafspraken."
)


def _consultatie(ledger, klok, sector: str = "sociaal_domein"):
    return ledger.record_advies(
        ctx(klok, actor=CONSULENT),
        vt_organisatie="VR09",
        adviesvrager={"type": "professional", "sector": sector},
        aard_geweld=["partnergeweld"],
        vraag="De USD krijgt de onveiligheid in dit gezin niet opgeheven; wat nu?",
    )


def test_overleg_veilig_verder_keeps_the_regie_at_the_gemeente_with_the_rolverdeling(ledger, klok):
    advies = _consultatie(ledger, klok)
    klok.verder(hours=2)
    ledger.record_afstemming_usd(
        ctx(klok), advies, uitkomst="overleg_veilig_verder", rolverdeling=ROLVERDELING
    )
    afstemming = ledger.advies(advies)["afstemming_usd"]
    assert afstemming["uitkomst"] == "overleg_veilig_verder"
    assert afstemming["rolverdeling"] == ROLVERDELING
    assert ledger.advies(advies)["casus_id"] is None  # no casus: no regie at Veilig Thuis
    tijdlijn = ledger.advies_history(advies)
    assert [e["type"] for e in tijdlijn] == ["AdviesGevraagd", "AfstemmingUSDVastgelegd"]
    assert tijdlijn[-1]["rule_ids"] == ["R17"]
    assert tijdlijn[-1]["payload"]["rolverdeling"] == ROLVERDELING


def test_a_melding_after_the_afstemming_gives_veilig_thuis_the_regie(ledger, klok, faker):
    advies = _consultatie(ledger, klok)
    ledger.record_afstemming_usd(
        ctx(klok),
        advies,
        uitkomst="melding",
        rolverdeling="Veilig Thuis neemt de regie op "
        "veiligheid over tot de veiligheidsbeoordeling; de USD blijft betrokken.",
    )
    casus = Casusbouwer(ledger, klok, faker).melding(sector="sociaal_domein", advies_id=advies)
    assert ledger.advies(advies)["casus_id"] == str(casus.casus_id)
    assert casus.toestand()["regie"]["regie_op_veiligheid"]["houder"] == "veilig_thuis"
    assert [e["type"] for e in ledger.advies_history(advies)][-2:] == [
        "AfstemmingUSDVastgelegd",
        "AdviesOmgezetInMelding",
    ]


@pytest.mark.parametrize(
    ("sector", "uitkomst", "rolverdeling", "fout", "tekst"),
    [
        ("onderwijs", "melding", ROLVERDELING, ProtocolViolation, "uitvoeringsdienst"),
        ("sociaal_domein", "overleg_veilig_verder", "  ", ProtocolViolation, "rolverdeling"),
        ("sociaal_domein", "afwachten", ROLVERDELING, OngeldigeInvoer, "uitkomst"),
    ],
)
def test_an_afstemming_without_usd_rolverdeling_or_known_outcome_is_refused(
    ledger, klok, sector, uitkomst, rolverdeling, fout, tekst
):
    advies = _consultatie(ledger, klok, sector)
    voor = stored_event_count(ledger)
    with pytest.raises(fout) as refused:
        ledger.record_afstemming_usd(
            ctx(klok), advies, uitkomst=uitkomst, rolverdeling=rolverdeling
        )
    assert tekst in str(refused.value)
    if fout is ProtocolViolation:
        assert refused.value.regel == "R17"
    assert stored_event_count(ledger) == voor


def test_the_afstemming_is_recorded_once(ledger, klok):
    advies = _consultatie(ledger, klok)
    ledger.record_afstemming_usd(
        ctx(klok), advies, uitkomst="overleg_veilig_verder", rolverdeling=ROLVERDELING
    )
    voor = stored_event_count(ledger)
    with pytest.raises(ProtocolViolation, match="al vast"):
        ledger.record_afstemming_usd(ctx(klok), advies, uitkomst="melding", rolverdeling="x")
    assert stored_event_count(ledger) == voor
