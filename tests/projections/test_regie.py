"""Regie read model: who holds which regie, now and on a past date, and why (R07, R08, R19,
R26); on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from projections.regie import RegieView
from projections.runner import Follower
from tests.builders import CONSULENT, Casusbouwer, ctx
from tests.projections.conftest import bijgewerkt

VERGELEKEN = ("houder", "organisatie", "team", "naam", "sinds", "versie", "event")


@pytest.fixture
def regie(volg) -> Follower:
    return volg(RegieView)


def _nieuwe_melding(casus: Casusbouwer, acuut: bool) -> object:
    casus.klok.verder(days=1)
    return casus.ledger.record_melding(
        ctx(casus.klok),
        huishouden_id=casus.huishouden_id,
        vt_organisatie="VR09",
        melder={"type": "niet_professional"},
        aard_geweld=["partnergeweld"],
        vermoeden_acute_onveiligheid=acuut,
        vermoeden_structurele_onveiligheid=True,
        bestaande_hulp=None,
        omschrijving="Buurvrouw hoort geschreeuw.",
    )


def _delegate(casus: Casusbouwer) -> None:
    casus.klok.verder(days=5)
    casus.ledger.delegate_casusregie(
        ctx(casus.klok, actor=CONSULENT),
        casus.casus_id,
        zorgaanbieder="Jeugdhulp Midden",
        voldoende_geequipeerd=True,
        toets="Team met gedragswetenschapper en 24/7 bereikbaar.",
    )


def test_regie_on_a_past_date_follows_the_warme_overdracht_by_when_it_happened(casus, regie):
    gemeld = casus.melding().klok.nu
    casus.beoordeling().dienst().voorwaarden_en_plan()
    casus.klok.verder(days=14)
    # Recorded today, but the overdracht happened two days ago: occurred_at decides.
    overgedragen = casus.klok.nu - timedelta(days=2)
    casus.ledger.transfer(
        ctx(casus.klok, occurred_at=overgedragen),
        casus.casus_id,
        soort="warme_overdracht",
        vorm="huisbezoek",
        ontvanger={
            "soort": "gemeentelijke_consulent",
            "gemeentecode": "GM0344",
            "contactpersoon": "consulent Utrecht",
        },
        besproken=["hulpvragen", "veiligheidsplan", "veiligheidsvoorwaarden", "vervolgafspraken"],
    )
    view = bijgewerkt(regie)

    voor = view.regie_op(casus.casus_id, overgedragen - timedelta(hours=1))
    assert set(voor) == {"regie_op_veiligheid", "procesregie", "casusregie"}
    for soort in voor.values():
        assert (soort["houder"], soort["organisatie"]) == ("veilig_thuis", "VR09")
        assert soort["event"] == "MeldingOntvangen" and "R07" in soort["regels"]
        assert soort["tot"] == overgedragen
    assert view.regie_op(casus.casus_id, gemeld) == voor

    na = view.regie_op(casus.casus_id, overgedragen + timedelta(hours=1))
    for soort in na.values():
        assert (soort["houder"], soort["organisatie"]) == ("gemeente", "GM0344")
        assert soort["naam"] == "consulent Utrecht"
        assert soort["event"] == "Overgedragen" and "R08" in soort["regels"]
        assert soort["sinds"] == overgedragen and soort["tot"] is None
    assert view.regie_op(casus.casus_id, overgedragen) == na  # half-open [van, tot)
    assert view.regie_op(casus.casus_id, gemeld - timedelta(days=1)) == {}
    assert view.regie_nu(casus.casus_id) == na


def test_new_acute_melding_during_monitoring_brings_regie_op_veiligheid_back_to_vt(casus, regie):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    nieuw = _nieuwe_melding(casus, acuut=True)
    teruggehaald = casus.klok.nu
    view = bijgewerkt(regie)

    eerder = view.regie_op(casus.casus_id, teruggehaald - timedelta(minutes=1))
    assert eerder["regie_op_veiligheid"]["houder"] == "gemeente"
    later = view.regie_op(casus.casus_id, teruggehaald + timedelta(minutes=1))
    veiligheid = later["regie_op_veiligheid"]
    assert (veiligheid["houder"], veiligheid["organisatie"]) == ("veilig_thuis", "VR09")
    assert veiligheid["event"] == "NieuweMeldingGekoppeld" and "R26" in veiligheid["regels"]
    assert veiligheid["sinds"] == teruggehaald
    assert later["procesregie"]["houder"] == "gemeente"
    assert later["procesregie"]["event"] == "Overgedragen"
    # The new melding is a casus of its own, with VT holding all regie.
    assert {s["houder"] for s in view.regie_nu(nieuw).values()} == {"veilig_thuis"}


def test_non_acute_melding_during_monitoring_leaves_regie_with_the_gemeente(casus, regie):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    _nieuwe_melding(casus, acuut=False)
    view = bijgewerkt(regie)
    assert view.regie_nu(casus.casus_id)["regie_op_veiligheid"]["houder"] == "gemeente"


def test_casusregie_delegated_to_a_zorgaanbieder_sits_beside_procesregie(casus, regie):
    casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    overgedragen = casus.klok.nu
    _delegate(casus)
    belegd = casus.klok.nu
    view = bijgewerkt(regie)

    nu = view.regie_nu(casus.casus_id)
    assert (nu["casusregie"]["houder"], nu["casusregie"]["organisatie"]) == (
        "zorgaanbieder",
        "Jeugdhulp Midden",
    )
    assert nu["casusregie"]["event"] == "CasusregieBelegd" and nu["casusregie"]["regels"] == ["R19"]
    assert nu["procesregie"]["houder"] == "gemeente"
    assert nu["regie_op_veiligheid"]["houder"] == "gemeente"
    tussen = view.regie_op(casus.casus_id, overgedragen + (belegd - overgedragen) / 2)
    assert tussen["casusregie"]["houder"] == "gemeente"
    assert [
        i["houder"] for i in view.geschiedenis(casus.casus_id) if i["soort"] == "casusregie"
    ] == [
        "veilig_thuis",
        "gemeente",
        "zorgaanbieder",
    ]


def _walk_several_cases(ledger, klok, faker) -> list:
    ids = []

    def nieuw() -> Casusbouwer:
        return Casusbouwer(ledger, klok, faker)

    c = nieuw().melding()
    ids.append(c.casus_id)  # still at VT
    c = nieuw().melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    _delegate(c)
    ids.append(c.casus_id)
    c = nieuw().melding()
    ledger.assign_behandelaar(ctx(klok), c.casus_id, behandelaar="a.bakker", team="Team Zuid")
    c.beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    c.klok.verder(days=40)
    ledger.record_zorg(
        ctx(c.klok), c.casus_id, bron="lokaal team", beschrijving="Incident", acuut=True
    )
    ids.append(c.casus_id)
    c = nieuw().melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    c.klok.verder(days=40)
    ledger.record_zorg(
        ctx(c.klok), c.casus_id, bron="lokaal team", beschrijving="Incident", acuut=True
    )
    c.klok.verder(days=3)
    ledger.return_regie_op_veiligheid(ctx(c.klok), c.casus_id, "Directe veiligheid hersteld.")
    ids.append(c.casus_id)
    c = nieuw().melding().beoordeling(uitkomst="overdracht").directe_overdracht()
    c.klok.verder(days=1)
    ledger.close_casus(ctx(c.klok), c.casus_id, "directe_overdracht", "Buurtteam pakt het op.")
    ids.append(c.casus_id)
    c = nieuw().melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    ids.append(_nieuwe_melding(c, acuut=True))
    ids.append(c.casus_id)
    return ids


def test_regie_nu_equals_the_regie_of_the_casus_aggregate(ledger, klok, faker, regie):
    ids = _walk_several_cases(ledger, klok, faker)
    view = bijgewerkt(regie)
    for casus_id in ids:
        verwacht = ledger.casus(casus_id)["regie"]
        gezien = view.regie_nu(casus_id)
        assert set(gezien) == set(verwacht)
        for soort, houder in verwacht.items():
            assert {k: gezien[soort][k] for k in VERGELEKEN} == {k: houder[k] for k in VERGELEKEN}


def test_regie_verdeling_counts_open_casussen_per_houder_of_regie_op_veiligheid(
    ledger, klok, faker, regie
):
    _walk_several_cases(ledger, klok, faker)
    # open: 1 at VT; delegated (gemeente); zorg (VT); returned (gemeente); the closed directe
    # overdracht does not count; the new acute melding (VT) and its monitoring casus (VT).
    assert bijgewerkt(regie).regie_verdeling() == {"veilig_thuis": 4, "gemeente": 2}


def test_regie_names_the_team_and_behandelaar_and_follows_a_reassignment(casus, regie):
    gemeld = casus.melding().klok.nu
    casus.klok.verder(hours=3)
    toegewezen = casus.klok.nu
    casus.ledger.assign_behandelaar(
        ctx(casus.klok), casus.casus_id, behandelaar="j.devries", team="Team Oost"
    )
    casus.beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()
    casus.klok.verder(days=30)
    terug = casus.klok.nu
    casus.ledger.record_zorg(
        ctx(casus.klok, actor=CONSULENT),
        casus.casus_id,
        bron="lokaal team",
        beschrijving="Vader is weer thuis, ondanks het huisverbod.",
        acuut=True,
    )
    view = bijgewerkt(regie)

    bij_melding = view.regie_op(casus.casus_id, gemeld + timedelta(minutes=1))
    assert {s: (r["naam"], r["team"]) for s, r in bij_melding.items()} == {
        s: ("vt.medewerker", None) for s in ("regie_op_veiligheid", "procesregie", "casusregie")
    }
    na_toewijzing = view.regie_op(casus.casus_id, toegewezen)["regie_op_veiligheid"]
    assert (na_toewijzing["organisatie"], na_toewijzing["team"], na_toewijzing["naam"]) == (
        "VR09",
        "Team Oost",
        "j.devries",
    )
    assert na_toewijzing["event"] == "BehandelaarToegewezen"

    nu = view.regie_nu(casus.casus_id)
    assert (nu["procesregie"]["houder"], nu["procesregie"]["naam"]) == (
        "gemeente",
        "consulent Utrecht",
    )
    # Acute unsafety during monitoring: back to Veilig Thuis, to the same behandelaar (R26).
    veiligheid = nu["regie_op_veiligheid"]
    assert (veiligheid["houder"], veiligheid["team"], veiligheid["naam"]) == (
        "veilig_thuis",
        "Team Oost",
        "j.devries",
    )
    assert veiligheid["sinds"] == terug and "R26" in veiligheid["regels"]
