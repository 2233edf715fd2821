"""Beleidsinformatie read model: per half year and VT organisation the counts the
Informatieprotocol asks for (R28), in the CBS categories (R36, R37, R38, R39); on SQLite and
PostgreSQL. Expected counts are derived from the ledger's own state of each casus and advies,
not from the view's events."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from typing import Any

import pytest

from ledger.values import CBS_GROEP
from projections.beleidsinformatie import (
    CATEGORIEEN,
    BeleidsinformatieView,
    naar_csv,
    parse_periode,
    periode_van,
)
from projections.runner import Follower
from tests.builders import AMS, Casusbouwer, ctx, dag
from tests.projections.conftest import bijgewerkt

VR09, VR03 = "VR09", "VR03"  # Utrecht, Drenthe


@pytest.fixture
def beleidsinformatie(volg) -> Follower:
    return volg(BeleidsinformatieView)


# -- the expected counts, from the ledger's state ---------------------------------------------


def _halfjaar(moment: datetime) -> str:
    lokaal = moment.astimezone(AMS)
    return f"{lokaal.year}H{1 if lokaal.month < 7 else 2}"


def _verwacht(ledger, casussen: list, adviezen: list[tuple[Any, datetime]]) -> dict:
    """(periode, organisatie) -> Counter of (onderwerp, categorie), walking each casus."""
    tel: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for advies_id, gevraagd_op in adviezen:
        a = ledger.advies(advies_id)
        plek = tel[_halfjaar(gevraagd_op), a["vt_organisatie"]]
        plek["adviezen_naar_adviesvrager", a["adviesvrager"]["type"]] += 1
        if a["adviesvrager"]["sector"]:
            plek["adviezen_naar_sector", CBS_GROEP[a["adviesvrager"]["sector"]]] += 1
        for vorm in a["aard_geweld"]:
            plek["adviezen_naar_aard_geweld", vorm] += 1
    for casus_id in casussen:
        s = ledger.casus(casus_id)

        def bij(moment: datetime, onderwerp: str, categorie: str, s: dict = s) -> None:
            tel[_halfjaar(moment), s["vt_organisatie"]][onderwerp, str(categorie)] += 1

        # gebeurtenissen carry corrected occurred_at; the state fields are corrected too.
        stappen = s["gebeurtenissen"]
        ontvangen = stappen[0]["occurred_at"]
        bij(ontvangen, "meldingen_naar_melder", s["melder"]["type"])
        if s["melder"]["sector"]:
            bij(ontvangen, "meldingen_naar_sector", CBS_GROEP[s["melder"]["sector"]])
        for vorm in s["aard_geweld"]:
            bij(ontvangen, "meldingen_naar_aard_geweld", vorm)
        bij(ontvangen, "eerdere_betrokkenheid", s["eerdere_betrokkenheid"])
        beoordeeld = [g["occurred_at"] for g in stappen if g["type"].startswith("Veiligheids")]
        if not beoordeeld or _halfjaar(beoordeeld[0]) != _halfjaar(ontvangen):
            bij(ontvangen, "veiligheidsbeoordeling_uitkomst", "nog_niet_beoordeeld")
        if beoordeeld:
            b = s["beoordeling"]
            bij(beoordeeld[0], "veiligheidsbeoordeling_uitkomst", b["uitkomst"])
            if b["acute_onveiligheid"]:
                bij(beoordeeld[0], "taxatie", "acute_onveiligheid")
            if b["structurele_onveiligheid"]:
                bij(beoordeeld[0], "taxatie", "structurele_onveiligheid")
            if not (b["acute_onveiligheid"] or b["structurele_onveiligheid"]):
                bij(beoordeeld[0], "taxatie", "geen_acute_of_structurele_onveiligheid")
        gestart = [g["occurred_at"] for g in stappen if g["type"] == "DienstGestart"]
        for moment, dienst in zip(gestart, s["diensten"], strict=True):
            bij(moment, "diensten_gestart", dienst)
        for naam, termijn in s["termijnen"].items():  # the ledger's own "dienst afgerond"
            if naam.startswith("dienst_") and termijn["voldaan_op"] is not None:
                bij(termijn["voldaan_op"], "afgeronde_diensten", termijn["dienst"])
        onderzocht = [g["occurred_at"] for g in stappen if g["type"] == "OnderzoekAfgerond"]
        if onderzocht:  # one onderzoek per casus in these scenarios
            o = s["onderzoek"]
            voortijdig = (
                "voortijdig_afgesloten" if o["voortijdig"] else "niet_voortijdig_afgesloten"
            )
            bij(onderzocht[0], "onderzoeken", voortijdig)
            for aard, conclusie in o["conclusies"].items():
                bij(onderzocht[0], f"onderzoek_{aard}", conclusie)
        if s["overdracht"] is not None:
            o = s["overdracht"]
            bij(o["op"], "overdracht_soort", o["soort"])
            bij(o["op"], "overdracht_ontvanger", o["ontvanger"]["soort"])
        for m in s["monitormomenten"]:
            if m["uitgevoerd_op"] is not None:
                bij(m["uitgevoerd_op"], "monitormomenten", m["veiligheid"])
    return tel


def _als_tabel(teller: Counter) -> dict[str, dict[str, int]]:
    tabel: dict[str, dict[str, int]] = defaultdict(dict)
    for (onderwerp, categorie), aantal in teller.items():
        tabel[onderwerp][categorie] = aantal
    return dict(tabel)


def _klopt_met_ledger(view: BeleidsinformatieView, verwacht: dict) -> None:
    perioden = sorted({p for p, _ in verwacht})
    assert view.perioden() == perioden
    for (periode, organisatie), teller in verwacht.items():
        assert view.tabel(periode, organisatie) == _als_tabel(teller), (periode, organisatie)
    for periode in perioden:
        samen = sum((t for (p, _), t in verwacht.items() if p == periode), Counter())
        assert view.tabel(periode) == _als_tabel(samen), periode
        for _, _, onderwerp, categorie, _ in view.rijen(periode):
            assert categorie in CATEGORIEEN[onderwerp]


# -- a year of two organisations ----------------------------------------------------------------


def _advies(ledger, klok, organisatie: str, adviesvrager: dict, aard: list[str]) -> tuple:
    advies_id = ledger.record_advies(
        ctx(klok),
        vt_organisatie=organisatie,
        adviesvrager=adviesvrager,
        aard_geweld=aard,
        vraag="Een leerkracht twijfelt of ze moet melden.",
    )
    return advies_id, klok.nu


def _walk_2023(ledger, klok, faker) -> tuple[list, list, dict[str, Casusbouwer]]:
    """Two organisations, two half years; see the literal counts in the tests below."""

    def nieuw(organisatie: str, gemeentecode: str) -> Casusbouwer:
        return Casusbouwer(ledger, klok, faker, vt_organisatie=organisatie).huishouden(gemeentecode)

    def zelfde_huishouden(c: Casusbouwer) -> Casusbouwer:
        return Casusbouwer(
            ledger, klok, faker, c.vt_organisatie, c.huishouden_id, personen=c.personen
        )

    prof = {"type": "professional", "sector": "onderwijs"}
    klok.nu = dag(2023, 2, 6)
    adviezen = [
        _advies(ledger, klok, VR09, prof, ["kindermishandeling"]),
        _advies(ledger, klok, VR09, {"type": "niet_professional"}, ["partnergeweld"]),
        _advies(
            ledger,
            klok,
            VR03,
            {"type": "professional", "sector": "huisarts"},
            ["ouderenmishandeling", "huiselijk_geweld_overig"],
        ),
    ]
    a = nieuw(VR09, "GM0344").melding().beoordeling().dienst().voorwaarden_en_plan()
    a.warme_overdracht()  # 2 March: V&V afgerond
    klok.nu = dag(2023, 3, 6)
    b = nieuw(VR09, "GM0344").melding(sector="huisarts")
    b.beoordeling(uitkomst="overdracht").directe_overdracht()
    klok.nu = dag(2023, 3, 13)
    c = nieuw(VR03, "GM0106").melding(
        acuut=True,
        melder={"type": "niet_professional"},
        aard_geweld=["partnergeweld", "kindermishandeling"],
    )
    c.beoordeling(
        dienst="onderzoek",
        acuut=True,
        structureel=False,
        vormen=("kindermishandeling", "partnergeweld"),
    ).dienst("onderzoek")
    klok.nu = dag(2023, 3, 20)
    f = nieuw(VR03, "GM0106").melding(sector="jeugdzorg").beoordeling().dienst()
    klok.verder(days=3)
    ledger.start_dienst(ctx(klok), f.casus_id, "onderzoek", "Het gezin werkt niet mee.")
    f.onderzoek_afgerond("weerlegd")  # 25 April: only the Onderzoek is afgerond
    klok.verder(days=1)
    ledger.close_casus(
        ctx(klok), f.casus_id, "onderzoek_geen_vervolg", "Het vermoeden is weerlegd."
    )
    klok.nu = dag(2023, 6, 1)
    a.monitormoment(dagen=0)
    klok.nu = dag(2023, 6, 28)
    d = zelfde_huishouden(b).melding(sector="onderwijs")  # hermelding, beoordeeld in July
    klok.nu = dag(2023, 6, 29)
    adviezen.append(
        _advies(
            ledger,
            klok,
            VR03,
            {"type": "professional", "sector": "politie"},
            ["kindermishandeling"],
        )
    )
    klok.nu = dag(2023, 7, 1)
    d.beoordeling(uitkomst="geen_vervolg", structureel=False)
    klok.verder(days=1)
    ledger.close_casus(ctx(klok), d.casus_id, "geen_vervolg", "Geen onveiligheid vastgesteld.")
    klok.nu = dag(2023, 7, 10)
    ledger.record_onderzoek_conclusie(
        ctx(klok),
        c.casus_id,
        {"kindermishandeling": "bevestigd", "partnergeweld": "niet_bevestigd"},
        "Gesprekken met school en gezin bevestigen het beeld.",
    )
    c.warme_overdracht()  # the Onderzoek was already afgerond
    klok.nu = dag(2023, 8, 7)
    e = zelfde_huishouden(a).melding(sector="ggz", aard_geweld=["partnergeweld"])
    klok.verder(days=1)
    adviezen.append(_advies(ledger, klok, VR09, {"type": "niet_professional"}, ["onbekend"]))
    klok.nu = dag(2023, 9, 4)
    a.monitormoment(veiligheid="onvoldoende", dagen=0)
    casussen = {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}
    return [x.casus_id for x in casussen.values()], adviezen, casussen


def test_counts_per_half_year_and_organisation_equal_the_state_of_every_casus(
    ledger, klok, faker, beleidsinformatie
):
    casussen, adviezen, _ = _walk_2023(ledger, klok, faker)
    view = bijgewerkt(beleidsinformatie)
    _klopt_met_ledger(view, _verwacht(ledger, casussen, adviezen))


def test_first_half_year_of_vr09_counts_meldingen_beoordelingen_diensten_and_overdrachten(
    ledger, klok, faker, beleidsinformatie
):
    _walk_2023(ledger, klok, faker)
    assert bijgewerkt(beleidsinformatie).tabel("2023H1", VR09) == {
        "adviezen_naar_adviesvrager": {"professional": 1, "niet_professional": 1},
        "adviezen_naar_sector": {"onderwijs": 1},
        "adviezen_naar_aard_geweld": {"kindermishandeling": 1, "partnergeweld": 1},
        "meldingen_naar_melder": {"professional": 3},
        "meldingen_naar_sector": {
            "justitie_en_veiligheid": 1,
            "gezondheidszorg": 1,
            "onderwijs": 1,
        },
        "meldingen_naar_aard_geweld": {"kindermishandeling": 3},
        "eerdere_betrokkenheid": {"eerste_melding": 2, "hermelding": 1},
        # the hermelding of 28 June was beoordeeld in July
        "veiligheidsbeoordeling_uitkomst": {
            "vervolg_bij_veilig_thuis": 1,
            "overdracht": 1,
            "nog_niet_beoordeeld": 1,
        },
        "taxatie": {"structurele_onveiligheid": 2},
        "diensten_gestart": {"voorwaarden_en_vervolg": 1},
        "afgeronde_diensten": {"voorwaarden_en_vervolg": 1},
        "overdracht_soort": {"warme_overdracht": 1, "directe_overdracht": 1},
        "overdracht_ontvanger": {"gemeentelijke_consulent": 1, "lokaal_team": 1},
        "monitormomenten": {"voldoende": 1},
    }


def test_onderzoek_conclusions_count_per_aard_van_het_geweld_in_the_half_year_concluded(
    ledger, klok, faker, beleidsinformatie
):
    _walk_2023(ledger, klok, faker)
    view = bijgewerkt(beleidsinformatie)
    eerste, tweede = view.tabel("2023H1", VR03), view.tabel("2023H2", VR03)
    # V&V turned into Onderzoek: two diensten started, only the Onderzoek afgerond.
    assert eerste["diensten_gestart"] == {"voorwaarden_en_vervolg": 1, "onderzoek": 2}
    assert eerste["afgeronde_diensten"] == {"onderzoek": 1}
    assert eerste["onderzoeken"] == {"niet_voortijdig_afgesloten": 1}
    assert eerste["onderzoek_kindermishandeling"] == {"weerlegd": 1}
    assert eerste["taxatie"] == {"acute_onveiligheid": 1, "structurele_onveiligheid": 1}
    assert tweede == {
        "onderzoeken": {"niet_voortijdig_afgesloten": 1},
        "onderzoek_kindermishandeling": {"bevestigd": 1},
        "onderzoek_partnergeweld": {"niet_bevestigd": 1},
        "afgeronde_diensten": {"onderzoek": 1},  # not again at the warme overdracht
        "overdracht_soort": {"warme_overdracht": 1},
        "overdracht_ontvanger": {"gemeentelijke_consulent": 1},
    }


def test_all_organisations_are_summed_and_shares_are_per_onderwerp(
    ledger, klok, faker, beleidsinformatie
):
    _walk_2023(ledger, klok, faker)
    view = bijgewerkt(beleidsinformatie)
    alle = view.tabel("2023H1")
    assert alle["meldingen_naar_melder"] == {"professional": 4, "niet_professional": 1}
    assert alle["adviezen_naar_adviesvrager"] == {"professional": 3, "niet_professional": 1}
    assert view.aandelen("2023H1", "meldingen_naar_melder") == {
        "professional": 4 / 5,
        "niet_professional": 1 / 5,
    }
    assert view.aandelen("2023H2", "veiligheidsbeoordeling_uitkomst", VR09) == {
        "geen_vervolg": 1 / 2,
        "nog_niet_beoordeeld": 1 / 2,  # the vervolgmelding during monitoring of August
    }
    assert view.tabel("2023H2", VR09)["eerdere_betrokkenheid"] == {
        "vervolgmelding_tijdens_monitoring": 1
    }
    assert view.aandelen("2024H1", "taxatie") == {}
    with pytest.raises(ValueError, match="Onbekend onderwerp"):
        view.aandelen("2023H1", "meldingen_per_melder")
    with pytest.raises(ValueError, match="Ongeldige periode"):
        view.tabel("2023H3")


def test_rows_are_per_organisation_and_become_semicolon_csv(ledger, klok, faker, beleidsinformatie):
    _walk_2023(ledger, klok, faker)
    view = bijgewerkt(beleidsinformatie)
    rijen = view.rijen("2023H2")
    assert {r[1] for r in rijen} == {VR03, VR09}
    assert rijen == sorted(rijen, key=lambda r: r[1])  # one organisation after the other
    assert view.rijen("2023H2", VR03) == [r for r in rijen if r[1] == VR03]
    assert ("2023H2", VR09, "monitormomenten", "onvoldoende", 1) in rijen
    gelezen = list(csv.reader(io.StringIO(naar_csv(rijen), newline=""), delimiter=";"))
    assert gelezen[0] == ["periode", "vt_organisatie", "onderwerp", "categorie", "aantal"]
    assert gelezen[1:] == [[str(v) for v in r] for r in rijen]


def test_incremental_view_equals_a_rebuild_from_zero(ledger, ledger_env, klok, faker):
    _, _, gebouwd = _walk_2023(ledger, klok, faker)
    klok.verder(days=1)
    ledger.correct(
        ctx(klok),
        gebouwd["e"].casus_id,
        versie=1,
        wijzigingen={"melder": {"type": "niet_professional"}, "bestaande_hulp": None},
        reden="De melder was de buurvrouw.",
    )
    stukje = Follower(ledger, BeleidsinformatieView, ledger_env, batch_size=3)
    try:
        stukje.run_once(limit=17)
        stukje.run_once()
        herbouwd = Follower(
            ledger, BeleidsinformatieView, ledger_env, naam="beleidsinformatie_rebuild"
        )
        try:
            herbouwd.run_once()
            assert stukje.view.dump() == herbouwd.view.dump()
            assert stukje.view.rijen("2023H2") == herbouwd.view.rijen("2023H2")
        finally:
            herbouwd.close()
    finally:
        stukje.close()


# -- corrections -------------------------------------------------------------------------------


def test_a_corrected_melder_and_aard_geweld_move_the_counts(casus, ledger, klok, beleidsinformatie):
    klok.nu = dag(2023, 7, 3)
    casus.melding(sector="huisarts")
    voor = bijgewerkt(beleidsinformatie).tabel("2023H2", VR09)
    assert voor["meldingen_naar_sector"] == {"gezondheidszorg": 1}
    assert voor["meldingen_naar_aard_geweld"] == {"kindermishandeling": 1}
    klok.verder(days=1)
    ledger.correct(
        ctx(klok),
        casus.casus_id,
        versie=1,
        wijzigingen={
            "melder": {"type": "professional", "sector": "ggz"},
            "aard_geweld": ["partnergeweld", "ouderenmishandeling"],
        },
        reden="De melder was de GGZ-behandelaar; het ging om partnergeweld.",
    )
    na = bijgewerkt(beleidsinformatie).tabel("2023H2", VR09)
    assert na["meldingen_naar_melder"] == {"professional": 1}
    assert na["meldingen_naar_sector"] == {"ggz": 1}
    assert na["meldingen_naar_aard_geweld"] == {"partnergeweld": 1, "ouderenmishandeling": 1}
    assert na["eerdere_betrokkenheid"] == voor["eerdere_betrokkenheid"]
    _klopt_met_ledger(beleidsinformatie.view, _verwacht(ledger, [casus.casus_id], []))


def test_a_corrected_occurred_at_moves_the_counts_to_the_other_half_year(
    casus, ledger, klok, beleidsinformatie
):
    klok.nu = dag(2023, 7, 3)
    casus.melding().beoordeling()  # melding 3 July, beoordeeld 5 July
    assert bijgewerkt(beleidsinformatie).perioden() == ["2023H2"]
    klok.verder(days=1)
    ledger.correct(
        ctx(klok),
        casus.casus_id,
        versie=1,
        wijzigingen={"occurred_at": dag(2023, 6, 29, 15)},
        reden="De politie meldde al op donderdag 29 juni.",
    )
    view = bijgewerkt(beleidsinformatie)
    assert view.tabel("2023H1", VR09)["meldingen_naar_melder"] == {"professional": 1}
    assert view.tabel("2023H1", VR09)["veiligheidsbeoordeling_uitkomst"] == {
        "nog_niet_beoordeeld": 1
    }
    assert "meldingen_naar_melder" not in view.tabel("2023H2", VR09)
    assert view.tabel("2023H2", VR09)["veiligheidsbeoordeling_uitkomst"] == {
        "vervolg_bij_veilig_thuis": 1
    }
    beoordeling = next(
        g["versie"]
        for g in casus.toestand()["gebeurtenissen"]
        if g["type"] == "VeiligheidsbeoordelingAfgerond"
    )
    ledger.correct(
        ctx(klok),
        casus.casus_id,
        versie=beoordeling,
        wijzigingen={"occurred_at": dag(2023, 6, 30, 11)},
        reden="De beoordeling was op vrijdag al rond.",
    )
    view = bijgewerkt(beleidsinformatie)
    assert view.perioden() == ["2023H1"]
    assert view.tabel("2023H1", VR09)["veiligheidsbeoordeling_uitkomst"] == {
        "vervolg_bij_veilig_thuis": 1
    }
    assert view.tabel("2023H1", VR09)["taxatie"] == {"structurele_onveiligheid": 1}
    _klopt_met_ledger(view, _verwacht(ledger, [casus.casus_id], []))


# -- the half-year boundary --------------------------------------------------------------------


def test_a_melding_at_2330_on_30_june_counts_in_the_half_year_of_amsterdam(
    ledger, klok, faker, beleidsinformatie
):
    klok.nu = datetime(2023, 6, 30, 23, 30, tzinfo=AMS)  # 21:30 UTC: still June
    Casusbouwer(ledger, klok, faker).melding()
    klok.nu = datetime(2023, 6, 30, 23, 30, tzinfo=UTC)  # 01:30 on 1 July in Amsterdam
    Casusbouwer(ledger, klok, faker).melding(melder={"type": "niet_professional"})
    klok.nu = datetime(2023, 12, 31, 23, 30, tzinfo=UTC)  # 00:30 on New Year's Day
    _advies(ledger, klok, VR09, {"type": "niet_professional"}, ["onbekend"])
    view = bijgewerkt(beleidsinformatie)
    assert view.perioden() == ["2023H1", "2023H2", "2024H1"]
    assert view.tabel("2023H1")["meldingen_naar_melder"] == {"professional": 1}
    assert view.tabel("2023H2")["meldingen_naar_melder"] == {"niet_professional": 1}
    assert view.tabel("2024H1") == {
        "adviezen_naar_adviesvrager": {"niet_professional": 1},
        "adviezen_naar_aard_geweld": {"onbekend": 1},
    }


# -- periods, CSV, and the CBS categories (no store) ---------------------------------------------


@pytest.mark.parametrize(
    ("periode", "begin", "eind"),
    [
        ("2023H1", date(2023, 1, 1), date(2023, 6, 30)),
        ("2023H2", date(2023, 7, 1), date(2023, 12, 31)),
        ("2024H1", date(2024, 1, 1), date(2024, 6, 30)),
    ],
)
def test_parse_periode_gives_the_first_and_last_day(periode, begin, eind):
    assert parse_periode(periode) == (begin, eind)


@pytest.mark.parametrize(
    "periode", ["2023H3", "2023H0", "23H1", "2023-1", "2023h1", " 2023H1", "2023H1\n", "", None]
)
def test_parse_periode_refuses_anything_but_a_half_year(periode):
    with pytest.raises(ValueError, match=r"Ongeldige periode .*JJJJH1.*bijvoorbeeld 2023H1"):
        parse_periode(periode)


def test_periode_van_takes_the_date_in_amsterdam():
    assert periode_van(datetime(2023, 6, 30, 21, 59, tzinfo=UTC)) == "2023H1"
    assert periode_van(datetime(2023, 6, 30, 22, 0, tzinfo=UTC)) == "2023H2"
    assert periode_van(datetime(2023, 12, 31, 23, 0, tzinfo=UTC)) == "2024H1"


def test_naar_csv_writes_a_header_and_semicolon_rows():
    rijen = [("2023H1", VR09, "meldingen_naar_sector", "ggz", 3)]
    assert naar_csv(rijen) == (
        "periode;vt_organisatie;onderwerp;categorie;aantal\r\n"
        "2023H1;VR09;meldingen_naar_sector;ggz;3\r\n"
    )
    assert naar_csv([]) == "periode;vt_organisatie;onderwerp;categorie;aantal\r\n"


# The keys of shared/data/cbs_2023.yaml the simulator is calibrated against.
CBS_2023 = {
    "meldingen_naar_sector": {
        "justitie_en_veiligheid",
        "gezondheidszorg",
        "onderwijs",
        "jeugdzorg",
        "ggz",
        "kinderopvang",
        "veilig_thuis_andere_regio",
    },
    "eerdere_betrokkenheid": {
        "eerste_melding",
        "hermelding",
        "vervolgmelding_tijdens_veiligheidsbeoordeling",
        "vervolgmelding_na_veiligheidsbeoordeling",
        "vervolgmelding_tijdens_monitoring",
    },
    "veiligheidsbeoordeling_uitkomst": {
        "vervolg_bij_veilig_thuis",
        "overdracht",
        "geen_vervolg",
        "regionaal_maatwerk",
        "nog_niet_beoordeeld",
    },
    "taxatie": {"acute_onveiligheid", "structurele_onveiligheid"},
    "onderzoeken": {"niet_voortijdig_afgesloten"},
    "onderzoek_kindermishandeling": {"bevestigd", "niet_bevestigd", "weerlegd"},
    "onderzoek_partnergeweld": {"bevestigd", "niet_bevestigd", "weerlegd"},
    "meldingen_naar_aard_geweld": {"kindermishandeling", "partnergeweld", "ouderenmishandeling"},
}


@pytest.mark.parametrize("onderwerp", sorted(CBS_2023))
def test_the_cbs_categories_are_categories_of_the_view(onderwerp):
    assert CBS_2023[onderwerp] <= set(CATEGORIEEN[onderwerp])


def test_a_melding_bij_de_raad_counts_in_the_half_year_it_was_made(
    casus, ledger, klok, beleidsinformatie
):
    klok.nu = dag(2023, 6, 12)
    casus.melding().beoordeling(dienst="onderzoek").dienst("onderzoek")
    klok.nu = dag(2023, 7, 3)
    ledger.report_to_raad(
        ctx(klok), casus.casus_id, casus.kinderen, "Ouders werken niet mee aan het onderzoek."
    )
    view = bijgewerkt(beleidsinformatie)
    assert "melding_bij_raad" not in view.tabel("2023H1", VR09)
    assert view.tabel("2023H2", VR09)["melding_bij_raad"] == {"verzoek_tot_onderzoek": 1}
