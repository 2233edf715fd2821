"""Refusals when an Onderzoek is concluded (R37) and when a casus is closed (R05 and the
grounds each other reason asks for): each names its rule, says in Dutch what is missing, and
stores nothing. Helpers and the other rules are in test_protocol_refusals.py."""

from __future__ import annotations

import pytest

from ledger.errors import OngeldigeInvoer
from tests.builders import Casusbouwer, ctx
from tests.ledger.test_protocol_refusals import ONDERBOUWING, geweigerd, sluit, weigert

# -- R05 afronden pas als veiligheid tot stand komt en standhoudt -------------------------------
# toets: Afsluiten met reden "veiligheid gerealiseerd" vraagt een laatste monitormoment dat
# voldoende veiligheid vaststelde, en wordt anders geweigerd; afsluiten om een andere reden
# (bijv. een maatregel via de Raad, verhuizing naar een andere regio) vraagt die reden en een
# onderbouwing.

VOLDOENDE_VEILIGHEID = "vraagt een laatste monitormoment dat voldoende veiligheid vaststelde"


def in_monitoring(casus: Casusbouwer) -> Casusbouwer:
    return casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()


def raad(casus: Casusbouwer) -> None:
    casus.ledger.report_to_raad(ctx(casus.klok), casus.casus_id, casus.kinderen, ONDERBOUWING)


def test_closing_veiligheid_gerealiseerd_without_any_monitormoment_is_refused_under_R05(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus)

    weigert(casus, "R05", VOLDOENDE_VEILIGHEID, lambda: sluit(casus, "veiligheid_gerealiseerd"))


def test_veiligheid_gerealiseerd_after_a_last_monitormoment_onvoldoende_is_refused_under_R05(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus).monitormoment("voldoende").monitormoment("onvoldoende", dagen=270)

    weigert(casus, "R05", VOLDOENDE_VEILIGHEID, lambda: sluit(casus, "veiligheid_gerealiseerd"))


@pytest.mark.parametrize(
    "uitkomsten", [("voldoende",), ("onvoldoende", "voldoende")], ids=["once", "after_onvoldoende"]
)
def test_veiligheid_gerealiseerd_after_a_last_monitormoment_voldoende_is_accepted(
    casus: Casusbouwer, uitkomsten: tuple[str, ...]
) -> None:
    in_monitoring(casus)
    for veiligheid in uitkomsten:
        casus.monitormoment(veiligheid, dagen=120)

    sluit(casus, "veiligheid_gerealiseerd")

    toestand = casus.toestand()
    assert toestand["fase"] == "afgesloten"
    assert toestand["afsluiting"]["reden"] == "veiligheid_gerealiseerd"


def test_closing_veiligheid_gerealiseerd_without_monitoring_is_refused_under_R05(
    casus: Casusbouwer,
) -> None:
    casus.melding().beoordeling(uitkomst="overdracht").directe_overdracht()

    weigert(casus, "R05", VOLDOENDE_VEILIGHEID, lambda: sluit(casus, "veiligheid_gerealiseerd"))


def test_closing_a_casus_twice_is_refused_under_R05(casus: Casusbouwer) -> None:
    in_monitoring(casus).monitormoment("voldoende")
    sluit(casus, "veiligheid_gerealiseerd")

    weigert(casus, "R05", "al afgesloten", lambda: sluit(casus, "anders"))


def test_closing_for_maatregel_raad_without_a_melding_bij_de_raad_is_refused_under_R27(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus)

    weigert(
        casus,
        "R27",
        "geen melding bij de Raad voor de Kinderbescherming",
        lambda: sluit(casus, "maatregel_raad"),
    )

    raad(casus)
    sluit(casus, "maatregel_raad")
    assert casus.toestand()["afsluiting"]["reden"] == "maatregel_raad"


@pytest.mark.parametrize(
    ("reden", "regel", "fragment"),
    [
        ("directe_overdracht", "R03", "als de directe overdracht is vastgelegd"),
        ("onderzoek_geen_vervolg", "R37", "als het onderzoek is afgerond met een conclusie"),
        ("usd_verder_met_advies", "R15", "bij een nieuwe melding binnen een bestaand traject"),
    ],
)
def test_closing_for_a_reason_whose_grounds_are_not_in_the_casus_is_refused(
    casus: Casusbouwer, reden: str, regel: str, fragment: str
) -> None:
    casus.melding().beoordeling(dienst="onderzoek").dienst("onderzoek")

    weigert(casus, regel, fragment, lambda: sluit(casus, reden))


@pytest.mark.parametrize("onderbouwing", [None, "  ", "Verhuisd."])
def test_closing_for_another_reason_without_onderbouwing_stores_nothing(
    casus: Casusbouwer, onderbouwing: str | None
) -> None:
    in_monitoring(casus)

    fout = geweigerd(
        casus, OngeldigeInvoer, lambda: sluit(casus, "verhuisd_andere_regio", onderbouwing)
    )
    assert "onderbouwing" in fout.bericht

    sluit(casus, "verhuisd_andere_regio", "Het gezin is verhuisd naar Groningen; VT Groningen.")
    assert casus.toestand()["afsluiting"]["reden"] == "verhuisd_andere_regio"


def test_closing_without_a_known_reason_stores_nothing(casus: Casusbouwer) -> None:
    in_monitoring(casus)

    fout = geweigerd(casus, OngeldigeInvoer, lambda: sluit(casus, "klaar"))
    assert "reden van afsluiten" in fout.bericht


# -- R37 uitkomst van het onderzoek per aard van het geweld --------------------------------------
# toets: Een afgerond onderzoek legt per onderzochte vorm van geweld een van deze conclusies
# vast.


def in_onderzoek(casus: Casusbouwer, *vormen: str) -> Casusbouwer:
    vormen = vormen or ("kindermishandeling",)
    return casus.melding().beoordeling(dienst="onderzoek", vormen=vormen).dienst("onderzoek")


def conclusie(casus: Casusbouwer, conclusies: dict[str, str], voortijdig: bool = False) -> None:
    casus.ledger.record_onderzoek_conclusie(
        ctx(casus.klok),
        casus.casus_id,
        conclusies,
        "Gesprekken met school, huisarts en gezin geven dit beeld.",
        voortijdig=voortijdig,
    )


def test_onderzoek_afgerond_without_a_conclusion_for_an_onderzochte_vorm_is_refused_under_R37(
    casus: Casusbouwer,
) -> None:
    in_onderzoek(casus, "kindermishandeling", "partnergeweld")

    weigert(
        casus,
        "R37",
        "mist een conclusie voor: partnergeweld",
        lambda: conclusie(casus, {"kindermishandeling": "bevestigd"}),
    )

    conclusie(casus, {"kindermishandeling": "bevestigd", "partnergeweld": "weerlegd"})
    assert casus.toestand()["onderzoek"]["conclusies"] == {
        "kindermishandeling": "bevestigd",
        "partnergeweld": "weerlegd",
    }


def test_onderzoek_afgerond_without_any_conclusion_is_refused_under_R37(
    casus: Casusbouwer,
) -> None:
    in_onderzoek(casus)

    weigert(
        casus, "R37", "mist een conclusie voor: kindermishandeling", lambda: conclusie(casus, {})
    )


@pytest.mark.parametrize("waarde", ["waarschijnlijk", "Bevestigd", ""])
def test_an_invalid_conclusion_value_is_refused_under_R37(casus: Casusbouwer, waarde: str) -> None:
    in_onderzoek(casus)

    weigert(
        casus,
        "R37",
        f"'{waarde}' is geen conclusie; per aard van het geweld is het onderzoek bevestigd",
        lambda: conclusie(casus, {"kindermishandeling": waarde}),
    )


@pytest.mark.parametrize("waarde", ["bevestigd", "niet_bevestigd", "weerlegd"])
def test_each_conclusion_of_the_catalogue_is_accepted(casus: Casusbouwer, waarde: str) -> None:
    in_onderzoek(casus)

    conclusie(casus, {"kindermishandeling": waarde})

    assert casus.toestand()["onderzoek"] == {
        "conclusies": {"kindermishandeling": waarde},
        "voortijdig": False,
    }


def test_warme_overdracht_after_onderzoek_before_the_conclusion_is_refused_under_R37(
    casus: Casusbouwer,
) -> None:
    in_onderzoek(casus)

    weigert(casus, "R37", "Rond eerst het onderzoek af", casus.warme_overdracht)

    conclusie(casus, {"kindermishandeling": "niet_bevestigd"})
    casus.warme_overdracht()
    assert casus.toestand()["fase"] == "monitoring"


def test_onderzoek_voortijdig_afgesloten_is_accepted_without_conclusions(
    casus: Casusbouwer,
) -> None:
    in_onderzoek(casus, "kindermishandeling", "partnergeweld")

    conclusie(casus, {}, voortijdig=True)

    assert casus.toestand()["onderzoek"] == {"conclusies": {}, "voortijdig": True}


def test_concluding_an_onderzoek_twice_is_refused_under_R37(casus: Casusbouwer) -> None:
    in_onderzoek(casus)
    conclusie(casus, {"kindermishandeling": "bevestigd"})

    weigert(
        casus,
        "R37",
        "al afgerond",
        lambda: conclusie(casus, {"kindermishandeling": "weerlegd"}),
    )
