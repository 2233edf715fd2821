"""Synthetic households: valid and unique BSN, ages that fit the role, an address in a gemeente
of the region, victims and suspects that fit the kind of violence, and the same people for the
same key whatever else was made before."""

from __future__ import annotations

import random
from datetime import date

import pytest

from ledger.gemeenten import gemeente, gemeenten
from ledger.huishouden import is_geldig_bsn
from simulator.huishoudens import Huishoudens, bsn
from simulator.parameterbestand import AARDEN

PEILDATUM = date(2023, 3, 1)
VR09 = sorted(g.code for g in gemeenten().values() if g.regiocode == "VR09")


def leeftijd(persoon: dict) -> int:
    return (PEILDATUM - persoon["geboortedatum"]).days // 365


def test_a_generated_bsn_passes_the_elfproef():
    rng = random.Random(3)
    nummers = [bsn(rng, "19") for _ in range(5000)]
    assert all(is_geldig_bsn(n) for n in nummers)
    assert all(n.startswith("19") for n in nummers)


def test_households_of_one_region_never_share_a_bsn_and_live_in_it():
    maker = Huishoudens(1, "VR09", VR09)
    huishoudens = [
        maker.maak(f"sim:1:VR09:h{n}", AARDEN[n % len(AARDEN)], PEILDATUM) for n in range(400)
    ]
    bsns = [p["bsn"] for h in huishoudens for p in h.personen]
    assert len(bsns) == len(set(bsns))
    for h in huishoudens:
        assert gemeente(h.gemeentecode).regiocode == "VR09"
        assert h.adres(maker.faker)["woonplaats"] == gemeente(h.gemeentecode).naam


@pytest.mark.parametrize("aard", AARDEN)
def test_roles_ages_victims_and_suspects_fit_the_kind_of_violence(aard):
    maker = Huishoudens(1, "VR09", VR09)
    for n in range(50):
        h = maker.maak(f"sim:1:VR09:h{n}", aard, PEILDATUM)
        ids = h.ids()
        assert h.slachtoffers and h.plegers
        assert set(h.slachtoffers + h.plegers) <= set(ids)
        assert not set(h.slachtoffers) & set(h.plegers)
        for p in h.personen:
            assert p["geboortedatum"] < PEILDATUM
            if p["rol"] == "grootouder":
                assert leeftijd(p) >= 70
            if p["rol"] in ("ouder", "partner", "ex_partner"):
                assert leeftijd(p) >= 20
        if aard == "kindermishandeling":
            assert h.slachtoffers == h.kinderen
            assert all(leeftijd(p) < 18 for p in h.personen if p["rol"] == "kind")
        if aard == "ouderenmishandeling":
            assert [p["rol"] for p in h.personen if p["persoon_id"] in h.slachtoffers] == [
                "grootouder"
            ]


def test_the_same_key_gives_the_same_people_whatever_was_made_before():
    eerst = Huishoudens(1, "VR09", VR09)
    alleen = eerst.maak("sim:1:VR09:h7", "partnergeweld", PEILDATUM)
    later = Huishoudens(1, "VR09", VR09)
    for n in range(20):
        later.maak(f"sim:1:VR09:x{n}", "kindermishandeling", PEILDATUM)
    opnieuw = later.maak("sim:1:VR09:h7", "partnergeweld", PEILDATUM)
    zonder_bsn = [{k: v for k, v in p.items() if k != "bsn"} for p in alleen.personen]
    assert zonder_bsn == [{k: v for k, v in p.items() if k != "bsn"} for p in opnieuw.personen]
    assert alleen.adres(eerst.faker) == opnieuw.adres(later.faker)
    assert alleen.gemeentecode == opnieuw.gemeentecode
