"""The ledger itself refuses what the protocol forbids (regels.yaml).

Every refusal is a ProtocolViolation that names its rule, says in Dutch what is missing, and
stores nothing: the store's event count, the casus version and the household version stay as
they were. Where it makes the refusal meaningful, the allowed counterpart is shown as well.

This file holds the shared helper `weigert`, the triage and outcome of the veiligheidsbeoordeling
(R01, R36), the order of the steps (R21), input errors, and one walk that collects a refusal of
every rule. The other rules are in test_protocol_refusals_<part>.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from ledger.errors import LedgerError, OngeldigeInvoer, ProtocolViolation
from ledger.regels import triage_instrument
from ledger.values import Uitkomst
from tests.builders import CONSULENT, Casusbouwer, ctx, volledige_triage
from tests.conftest import stored_event_count

ONDERBOUWING = "Structurele onveiligheid; het gezin wil meewerken."


# -- shared helpers (also imported by the other test_protocol_refusals_* files) -------------


def _stand(casus: Casusbouwer) -> tuple[int, int | None, int | None]:
    """What a refused command must leave untouched: the store, the casus, the household."""
    ledger = casus.ledger
    return (
        stored_event_count(ledger),
        ledger.casus(casus.casus_id)["versie"] if casus.casus_id else None,
        ledger.huishouden(casus.huishouden_id)["versie"] if casus.huishouden_id else None,
    )


def geweigerd(
    casus: Casusbouwer, soort: type[LedgerError], opdracht: Callable[[], object]
) -> LedgerError:
    """Run `opdracht`; it must raise `soort` and leave store, casus and household as they were."""
    voor = _stand(casus)
    with pytest.raises(soort) as info:
        opdracht()
    assert _stand(casus) == voor, f"a refused command stored something: {info.value}"
    return info.value


def weigert(
    casus: Casusbouwer, regel: str, fragment: str, opdracht: Callable[[], object]
) -> ProtocolViolation:
    """`opdracht` is refused under `regel`, its Dutch message contains `fragment`, nothing is
    stored, and the message (str of the exception) starts with the rule id."""
    fout = geweigerd(casus, ProtocolViolation, opdracht)
    assert isinstance(fout, ProtocolViolation)
    assert fout.regel == regel, str(fout)
    assert fragment in fout.bericht, fout.bericht
    assert str(fout) == f"{regel}: {fout.bericht}"
    return fout


def triage(casus: Casusbouwer, **kw: Any) -> dict[str, Any]:
    """A complete triage for the household of `casus` (every onderdeel answered)."""
    return volledige_triage(casus.kinderen, casus.kinderen, casus.ouders[1:], **kw)


def beoordeel(
    casus: Casusbouwer,
    triage_: dict[str, Any],
    uitkomst: str = "vervolg_bij_veilig_thuis",
    dienst: str | None = "voorwaarden_en_vervolg",
    onderbouwing: str | None = ONDERBOUWING,
    **context: Any,
) -> None:
    casus.ledger.record_veiligheidsbeoordeling(
        ctx(casus.klok, **context),
        casus.casus_id,
        triage=triage_,
        uitkomst=uitkomst,
        dienst=dienst,
        onderbouwing=onderbouwing,
    )


def sluit(casus: Casusbouwer, reden: str, onderbouwing: str | None = ONDERBOUWING) -> None:
    casus.ledger.close_casus(ctx(casus.klok), casus.casus_id, reden, onderbouwing)


# -- R01 volledige triage ------------------------------------------------------------------
# toets: Een veiligheidsbeoordeling waarin een onderdeel van het triage-instrument ontbreekt
# wordt geweigerd met een foutmelding die het ontbrekende onderdeel noemt; er wordt geen event
# vastgelegd.

ONDERDELEN = triage_instrument()
VELDEN = [(o, veld) for o in ONDERDELEN for veld in o["velden"]]


@pytest.mark.parametrize("onderdeel", ONDERDELEN, ids=[o["sleutel"] for o in ONDERDELEN])
def test_veiligheidsbeoordeling_missing_an_onderdeel_is_refused_under_R01_naming_it(
    casus: Casusbouwer, onderdeel: dict[str, Any]
) -> None:
    casus.melding()
    onvolledig = triage(casus)
    del onvolledig[onderdeel["sleutel"]]

    weigert(
        casus,
        "R01",
        f"het onderdeel '{onderdeel['naam']}' ontbreekt",
        lambda: beoordeel(casus, onvolledig),
    )

    beoordeel(casus, triage(casus))
    assert casus.toestand()["beoordeling"]["triage"].keys() == {o["sleutel"] for o in ONDERDELEN}


@pytest.mark.parametrize(
    ("onderdeel", "veld"), VELDEN, ids=[f"{o['sleutel']}.{v}" for o, v in VELDEN]
)
def test_veiligheidsbeoordeling_missing_a_field_of_an_onderdeel_is_refused_under_R01(
    casus: Casusbouwer, onderdeel: dict[str, Any], veld: str
) -> None:
    casus.melding()
    onvolledig = triage(casus)
    del onvolledig[onderdeel["sleutel"]][veld]

    weigert(
        casus,
        "R01",
        f"bij '{onderdeel['naam']}' ontbreekt '{veld}'",
        lambda: beoordeel(casus, onvolledig),
    )


def test_blank_text_in_the_triage_counts_as_missing_under_R01(casus: Casusbouwer) -> None:
    casus.melding()
    leeg = triage(casus)
    leeg["radar"]["bevindingen"] = "   "

    weigert(casus, "R01", "ontbreekt 'bevindingen'", lambda: beoordeel(casus, leeg))


def test_acute_melding_may_not_use_a_shortened_triage_under_R01(casus: Casusbouwer) -> None:
    casus.melding(acuut=True)
    volledig = triage(casus, acuut=True)
    verkort = {k: volledig[k] for k in ("acute_onveiligheid", "aard_geweld")}

    fout = weigert(
        casus,
        "R01",
        "het onderdeel 'structurele onveiligheid' ontbreekt",
        lambda: beoordeel(casus, verkort),
    )
    assert "ook bij acute onveiligheid" in fout.bericht

    beoordeel(casus, volledig)
    assert casus.toestand()["beoordeling"]["acute_onveiligheid"] is True


def test_acute_melding_missing_a_field_of_an_onderdeel_is_refused_under_R01(
    casus: Casusbouwer,
) -> None:
    casus.melding(acuut=True)
    zonder_feiten = triage(casus, acuut=True)
    del zonder_feiten["acute_onveiligheid"]["feiten"]

    weigert(
        casus,
        "R01",
        "bij 'acute onveiligheid' ontbreekt 'feiten'",
        lambda: beoordeel(casus, zonder_feiten),
    )


# -- R36 uitkomsten van de veiligheidsbeoordeling --------------------------------------------
# toets: Alleen deze uitkomsten worden aanvaard; elke uitkomst leidt tot de vervolgstap die de
# routekaart kent.


def test_unknown_uitkomst_is_refused_under_R36_listing_the_allowed_ones(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    fout = weigert(
        casus,
        "R36",
        "'doorverwijzing' is geen uitkomst van de veiligheidsbeoordeling",
        lambda: beoordeel(casus, triage(casus), uitkomst="doorverwijzing", dienst=None),
    )
    assert all(u.value in fout.bericht for u in Uitkomst)


@pytest.mark.parametrize("uitkomst", list(Uitkomst), ids=[u.value for u in Uitkomst])
def test_each_uitkomst_of_the_catalogue_is_accepted(casus: Casusbouwer, uitkomst: Uitkomst) -> None:
    casus.melding()
    dienst = "onderzoek" if uitkomst == Uitkomst.VERVOLG_BIJ_VEILIG_THUIS else None

    beoordeel(casus, triage(casus), uitkomst=uitkomst.value, dienst=dienst)

    assert casus.toestand()["beoordeling"]["uitkomst"] == uitkomst


def test_vervolg_bij_veilig_thuis_without_a_dienst_is_refused_under_R36(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    weigert(
        casus,
        "R36",
        "hoort de keuze voor een dienst",
        lambda: beoordeel(casus, triage(casus), dienst=None),
    )


@pytest.mark.parametrize("uitkomst", ["overdracht", "geen_vervolg", "regionaal_maatwerk"])
def test_a_dienst_with_another_uitkomst_is_refused_under_R36(
    casus: Casusbouwer, uitkomst: str
) -> None:
    casus.melding()

    weigert(
        casus,
        "R36",
        "Alleen bij de uitkomst vervolg bij Veilig Thuis wordt een dienst gekozen",
        lambda: beoordeel(casus, triage(casus), uitkomst=uitkomst, dienst="onderzoek"),
    )


@pytest.mark.parametrize(
    ("reden", "uitkomst", "fragment"),
    [
        ("geen_vervolg", "overdracht", "past alleen bij de uitkomst 'geen vervolg'"),
        ("regionaal_maatwerk", "geen_vervolg", "past alleen bij die uitkomst"),
    ],
)
def test_closing_for_an_uitkomst_the_beoordeling_did_not_give_is_refused_under_R36(
    casus: Casusbouwer, reden: str, uitkomst: str, fragment: str
) -> None:
    casus.melding().beoordeling(uitkomst=uitkomst)

    weigert(casus, "R36", fragment, lambda: sluit(casus, reden))


@pytest.mark.parametrize("uitkomst", ["geen_vervolg", "regionaal_maatwerk"])
def test_closing_with_the_uitkomst_of_the_beoordeling_is_accepted(
    casus: Casusbouwer, uitkomst: str
) -> None:
    casus.melding().beoordeling(uitkomst=uitkomst)

    sluit(casus, uitkomst)

    assert casus.toestand()["afsluiting"]["reden"] == uitkomst


# -- R21 processtappen ------------------------------------------------------------------------
# toets: Elk van de zes stappen is als event vast te leggen; volgordes die de routekaart niet
# kent (bijv. overdracht zonder veiligheidsbeoordeling) worden geweigerd.


@pytest.mark.parametrize(
    ("overdracht", "fragment"),
    [
        ("directe_overdracht", "volgt op een veiligheidsbeoordeling met de uitkomst overdracht"),
        ("warme_overdracht", "volgt op de dienst Voorwaarden en Vervolg of Onderzoek"),
    ],
)
def test_overdracht_without_veiligheidsbeoordeling_is_refused_under_R21(
    casus: Casusbouwer, overdracht: str, fragment: str
) -> None:
    casus.melding()

    weigert(casus, "R21", fragment, getattr(casus, overdracht))


def test_a_second_veiligheidsbeoordeling_is_refused_under_R21(casus: Casusbouwer) -> None:
    casus.melding().beoordeling()

    weigert(
        casus,
        "R21",
        "de veiligheidsbeoordeling al afgerond",
        lambda: beoordeel(casus, triage(casus), uitkomst="overdracht", dienst=None),
    )


@pytest.mark.parametrize("dienst", ["voorwaarden_en_vervolg", "onderzoek"])
def test_starting_a_dienst_before_the_veiligheidsbeoordeling_is_refused_under_R21(
    casus: Casusbouwer, dienst: str
) -> None:
    casus.melding()

    weigert(
        casus,
        "R21",
        "Een dienst volgt op een veiligheidsbeoordeling",
        lambda: casus.dienst(dienst),
    )

    casus.beoordeling(dienst=dienst).dienst(dienst)
    assert casus.toestand()["fase"] == dienst


def test_closing_a_melding_before_the_veiligheidsbeoordeling_is_refused_under_R21(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    weigert(
        casus,
        "R21",
        "pas afgesloten na de veiligheidsbeoordeling",
        lambda: sluit(casus, "anders"),
    )


def test_warme_overdracht_straight_after_beoordeling_overdracht_is_refused_under_R21(
    casus: Casusbouwer,
) -> None:
    casus.melding().beoordeling(uitkomst="overdracht")

    weigert(casus, "R21", "Een warme overdracht volgt op de dienst", casus.warme_overdracht)

    casus.directe_overdracht()
    assert casus.toestand()["fase"] == "overgedragen"


def test_warme_overdracht_before_the_dienst_has_started_is_refused_under_R21(
    casus: Casusbouwer,
) -> None:
    casus.melding().beoordeling()

    weigert(
        casus, "R21", "vervolg bij Veilig Thuis, dienst nog niet gestart", casus.warme_overdracht
    )


def test_veiligheidsplan_before_the_beoordeling_without_crisis_is_refused_under_R21(
    casus: Casusbouwer,
) -> None:
    casus.melding()

    weigert(
        casus,
        "R21",
        "als de crisisdienst heeft ingegrepen",
        lambda: casus.ledger.record_veiligheidsplan(
            ctx(casus.klok), casus.casus_id, {"onveilige_gebeurtenissen": "Vader sloeg zoon."}
        ),
    )


# -- OngeldigeInvoer: malformed input stores nothing either ------------------------------------


@pytest.mark.parametrize("onderbouwing", [None, "", "Kort."])
def test_veiligheidsbeoordeling_without_onderbouwing_stores_nothing(
    casus: Casusbouwer, onderbouwing: str | None
) -> None:
    casus.melding()

    fout = geweigerd(
        casus, OngeldigeInvoer, lambda: beoordeel(casus, triage(casus), onderbouwing=onderbouwing)
    )
    assert "onderbouwing" in fout.bericht


def test_starting_a_dienst_without_onderbouwing_stores_nothing(casus: Casusbouwer) -> None:
    casus.melding().beoordeling()

    fout = geweigerd(
        casus,
        OngeldigeInvoer,
        lambda: casus.ledger.start_dienst(
            ctx(casus.klok), casus.casus_id, "voorwaarden_en_vervolg", ""
        ),
    )
    assert "professionele afweging" in fout.bericht


def test_a_step_that_happened_in_the_future_stores_nothing(casus: Casusbouwer) -> None:
    casus.melding()
    straks = casus.klok.nu + timedelta(days=1, hours=1)

    fout = geweigerd(
        casus, OngeldigeInvoer, lambda: beoordeel(casus, triage(casus), occurred_at=straks)
    )
    assert "in de toekomst" in fout.bericht


def test_a_melding_that_happened_in_the_future_stores_nothing(casus: Casusbouwer) -> None:
    casus.huishouden()
    straks = casus.klok.nu + timedelta(hours=1)

    fout = geweigerd(
        casus,
        OngeldigeInvoer,
        lambda: casus.ledger.record_melding(
            ctx(casus.klok, occurred_at=straks),
            huishouden_id=casus.huishouden_id,
            vt_organisatie="VR09",
            melder={"type": "niet_professional"},
            aard_geweld=["kindermishandeling"],
            vermoeden_acute_onveiligheid=False,
            vermoeden_structurele_onveiligheid=True,
            bestaande_hulp=None,
            omschrijving="Buurvrouw hoort elke avond geschreeuw.",
        ),
    )
    assert "in de toekomst" in fout.bericht
    assert casus.ledger.huishouden(casus.huishouden_id)["meldingen"] == []


# -- every refusal names its rule first ------------------------------------------------------


def test_every_refusal_message_starts_with_its_rule_id(casus: Casusbouwer) -> None:
    """One household walked along the routekaart, refused at every turn where the protocol
    forbids a step; each `str(exc)` reads 'Rnn: <bericht>' and nothing was stored."""
    ledger, klok = casus.ledger, casus.klok
    gezien: list[ProtocolViolation] = []

    def probeer(regel: str, opdracht: Callable[[], object]) -> None:
        gezien.append(weigert(casus, regel, "", opdracht))

    def raad() -> None:
        ledger.report_to_raad(ctx(klok), casus.casus_id, casus.kinderen, ONDERBOUWING)

    casus.huishouden()
    probeer("R25", lambda: casus.melding(bestaande_hulp=None))
    probeer("R39", lambda: casus.melding(melder={"type": "professional"}))

    casus.melding()  # police, not acute
    probeer("R16", lambda: ledger.record_crisisinterventie(ctx(klok), casus.casus_id, ["Bezoek"]))
    probeer(
        "R16",
        lambda: ledger.inform_gemeentelijke_consulent(
            ctx(klok), casus.casus_id, "consulent Utrecht", "GM0344"
        ),
    )
    probeer("R27", raad)
    probeer("R21", casus.dienst)
    probeer(
        "R14",
        lambda: ledger.record_afstemming_procesregisseur(
            ctx(klok), casus.casus_id, procesregisseur="Procesregisseur", afspraken="Afspraken."
        ),
    )
    probeer("R23", lambda: ledger.escalate(ctx(klok), casus.casus_id, "gemeente", "Loopt vast."))
    probeer("R29", lambda: ledger.record_terugkoppeling_politie(ctx(klok), casus.casus_id, "Ok."))
    probeer(
        "R13",
        lambda: ledger.record_plan_van_aanpak(
            ctx(klok, CONSULENT), casus.casus_id, {"zicht_op_veiligheid": "Het wijkteam."}
        ),
    )
    probeer(
        "R19",
        lambda: ledger.delegate_casusregie(
            ctx(klok, CONSULENT),
            casus.casus_id,
            zorgaanbieder="Zorgaanbieder",
            voldoende_geequipeerd=True,
            toets="Getoetst op expertise.",
        ),
    )
    onvolledig = triage(casus)
    del onvolledig["radar"]
    probeer("R01", lambda: beoordeel(casus, onvolledig))
    probeer("R36", lambda: beoordeel(casus, triage(casus), uitkomst="afwachten", dienst=None))

    casus.beoordeling(dienst="onderzoek").dienst("onderzoek")
    probeer("R09", lambda: casus.warme_overdracht(vorm=None))
    probeer("R37", casus.warme_overdracht)
    probeer("R05", lambda: sluit(casus, "veiligheid_gerealiseerd"))

    casus.onderzoek_afgerond().dienst("voorwaarden_en_vervolg")
    probeer("R11", casus.warme_overdracht)
    casus.voorwaarden_en_plan()
    probeer("R20", lambda: casus.warme_overdracht(hulp_op_wachtlijst=True))
    casus.warme_overdracht()
    probeer("R03", lambda: sluit(casus, "directe_overdracht"))

    advies_id = ledger.record_advies(
        ctx(klok),
        vt_organisatie="VR09",
        adviesvrager={"type": "niet_professional"},
        aard_geweld=["kindermishandeling"],
        vraag="Mijn buurjongen heeft vaak blauwe plekken; wat kan ik doen?",
    )
    casus.melding(advies_id=advies_id)
    probeer("R18", lambda: casus.melding(advies_id=advies_id))

    assert {f.regel for f in gezien} == {
        "R01", "R03", "R05", "R09", "R11", "R13", "R14", "R16", "R18", "R19",
        "R20", "R21", "R23", "R25", "R27", "R29", "R36", "R37", "R39",
    }  # fmt: skip
    for fout in gezien:
        assert str(fout).startswith(f"{fout.regel}: "), str(fout)
