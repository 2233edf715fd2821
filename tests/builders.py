"""Test vocabulary: a settable clock, synthetic households from Faker, a complete triage, and
a walker that takes a casus along the routekaart through the real ledger commands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from faker import Faker

from ledger.application import Ledger
from ledger.envelope import Actor, Context

AMS = ZoneInfo("Europe/Amsterdam")
WERKER = Actor("vt.medewerker", "vt_medewerker", "VR09")
CONSULENT = Actor("gemeente.consulent", "gemeente_consulent", "GM0344")


@dataclass
class Klok:
    """The ledger's clock in tests: recorded time, moved by hand."""

    nu: datetime = field(default_factory=lambda: datetime(2025, 3, 3, 10, 0, tzinfo=AMS))

    def __call__(self) -> datetime:
        return self.nu

    def verder(self, **delta: float) -> datetime:
        self.nu += timedelta(**delta)
        return self.nu


def ctx(
    klok: Klok, actor: Actor = WERKER, occurred_at: datetime | None = None, **kw: Any
) -> Context:
    return Context(actor=actor, occurred_at=occurred_at or klok.nu, **kw)


def fake_personen(faker: Faker, kinderen: int = 2) -> list[dict[str, Any]]:
    achternaam = faker.last_name()
    personen = [
        {
            "voornaam": faker.first_name_female(),
            "achternaam": achternaam,
            "rol": "ouder",
            "geboortedatum": faker.date_of_birth(minimum_age=25, maximum_age=45),
            "bsn": faker.ssn(),
        },
        {
            "voornaam": faker.first_name_male(),
            "achternaam": achternaam,
            "rol": "ouder",
            "geboortedatum": faker.date_of_birth(minimum_age=25, maximum_age=50),
            "bsn": faker.ssn(),
        },
    ]
    for _ in range(kinderen):
        personen.append(
            {
                "voornaam": faker.first_name(),
                "achternaam": achternaam,
                "rol": "kind",
                "geboortedatum": faker.date_of_birth(minimum_age=1, maximum_age=16),
                "bsn": faker.ssn(),
            }
        )
    return personen


def fake_adres(faker: Faker) -> dict[str, str]:
    return {
        "straat": faker.street_name(),
        "huisnummer": faker.building_number(),
        "postcode": faker.postcode(),
        "woonplaats": "Utrecht",
    }


def volledige_triage(
    kinderen: list[str],
    slachtoffers: list[str],
    plegers: list[str],
    *,
    acuut: bool = False,
    structureel: bool = True,
    vormen: tuple[str, ...] = ("kindermishandeling",),
) -> dict[str, Any]:
    """Every onderdeel of the triage instrument answered (R01)."""
    return {
        "acute_onveiligheid": {"oordeel": acuut, "feiten": "Geen direct gevaar op dit moment."},
        "structurele_onveiligheid": {
            "oordeel": structureel,
            "patroon": "Herhaald geweld sinds een jaar.",
        },
        "aard_geweld": {"vormen": list(vormen), "slachtoffers": slachtoffers, "plegers": plegers},
        "kinderen": {"kinderen": [{"persoon_id": k, "direct_betrokken": True} for k in kinderen]},
        "factoren": {
            "risicofactoren": ["financiële stress"],
            "beschermende_factoren": ["grootmoeder dichtbij"],
        },
        "radar": {"bevindingen": "Geen eerdere meldingen bekend."},
        "hulp": {"aanwezige_hulp": "Geen hulp.", "kan_en_wil": True},
    }


VOLLEDIG_VEILIGHEIDSPLAN = {
    "onveilige_gebeurtenissen": "Op 1 maart sloeg vader zoon in het gezicht.",
    "veiligheidsvoorwaarden": "De kinderen worden niet geslagen, ook niet als het misgaat.",
    "motivatie_hulp": "Opvoedondersteuning helpt vader om rustig te blijven.",
}


@dataclass
class Casusbouwer:
    """Walks one casus along the routekaart through the ledger's own commands."""

    ledger: Ledger
    klok: Klok
    faker: Faker
    vt_organisatie: str = "VR09"
    huishouden_id: UUID | None = None
    casus_id: UUID | None = None
    personen: list[dict[str, Any]] = field(default_factory=list)

    @property
    def kinderen(self) -> list[str]:
        return [p["persoon_id"] for p in self.personen if p["rol"] == "kind"]

    @property
    def ouders(self) -> list[str]:
        return [p["persoon_id"] for p in self.personen if p["rol"] == "ouder"]

    def huishouden(self, gemeentecode: str = "GM0344") -> Casusbouwer:
        self.huishouden_id = self.ledger.register_huishouden(
            ctx(self.klok),
            gemeentecode=gemeentecode,
            adres=fake_adres(self.faker),
            personen=fake_personen(self.faker),
        )
        self.personen = self.ledger.huishouden(self.huishouden_id)["personen"]
        return self

    def melding(self, *, acuut: bool = False, sector: str = "politie", **kw: Any) -> Casusbouwer:
        if self.huishouden_id is None:
            self.huishouden()
        velden = {
            "huishouden_id": self.huishouden_id,
            "vt_organisatie": self.vt_organisatie,
            "melder": {"type": "professional", "sector": sector},
            "aard_geweld": ["kindermishandeling"],
            "vermoeden_acute_onveiligheid": acuut,
            "vermoeden_structurele_onveiligheid": True,
            "bestaande_hulp": "Geen hulp.",
            "omschrijving": "Zorgmelding na een incident thuis.",
        }
        velden.update(kw)
        self.casus_id = self.ledger.record_melding(ctx(self.klok), **velden)
        return self

    def beoordeling(
        self,
        uitkomst: str = "vervolg_bij_veilig_thuis",
        dienst: str | None = "voorwaarden_en_vervolg",
        **triage: Any,
    ) -> Casusbouwer:
        self.klok.verder(days=2)
        self.ledger.record_veiligheidsbeoordeling(
            ctx(self.klok),
            self.casus_id,
            triage=volledige_triage(self.kinderen, self.kinderen, self.ouders[1:], **triage),
            uitkomst=uitkomst,
            dienst=dienst if uitkomst == "vervolg_bij_veilig_thuis" else None,
            onderbouwing="Structurele onveiligheid; het gezin wil meewerken.",
        )
        return self

    def dienst(self, dienst: str = "voorwaarden_en_vervolg") -> Casusbouwer:
        self.klok.verder(days=1)
        self.ledger.start_dienst(
            ctx(self.klok), self.casus_id, dienst, "Past bij de beoordeling en het gezin."
        )
        return self

    def voorwaarden_en_plan(self) -> Casusbouwer:
        self.klok.verder(days=7)
        self.ledger.record_veiligheidsvoorwaarden(
            ctx(self.klok), self.casus_id, ["De kinderen worden niet geslagen."]
        )
        self.ledger.record_veiligheidsplan(ctx(self.klok), self.casus_id, VOLLEDIG_VEILIGHEIDSPLAN)
        return self

    def onderzoek_afgerond(self, conclusie: str = "bevestigd") -> Casusbouwer:
        self.klok.verder(days=30)
        self.ledger.record_onderzoek_conclusie(
            ctx(self.klok),
            self.casus_id,
            {"kindermishandeling": conclusie},
            "Gesprekken met school en gezin bevestigen het beeld.",
        )
        return self

    def warme_overdracht(self, **kw: Any) -> Casusbouwer:
        self.klok.verder(days=14)
        velden = {
            "soort": "warme_overdracht",
            "vorm": "huisbezoek",
            "ontvanger": {
                "soort": "gemeentelijke_consulent",
                "gemeentecode": "GM0344",
                "contactpersoon": "consulent Utrecht",
            },
            "besproken": [
                "hulpvragen",
                "veiligheidsplan",
                "veiligheidsvoorwaarden",
                "vervolgafspraken",
            ],
        }
        velden.update(kw)
        self.ledger.transfer(ctx(self.klok), self.casus_id, **velden)
        return self

    def directe_overdracht(self, **kw: Any) -> Casusbouwer:
        self.klok.verder(days=1)
        velden = {
            "soort": "directe_overdracht",
            "ontvanger": {
                "soort": "lokaal_team",
                "gemeentecode": "GM0344",
                "organisatie": "Buurtteam",
            },
        }
        velden.update(kw)
        self.ledger.transfer(ctx(self.klok), self.casus_id, **velden)
        return self

    def monitormoment(
        self,
        veiligheid: str = "voldoende",
        dagen: int = 92,
        *,
        risicofactoren_aangepakt: bool | None = None,
        herstel_gestart: bool | None = None,
    ) -> Casusbouwer:
        """The next open monitormoment, `dagen` later; R06's two facts not assessed unless
        given."""
        self.klok.verder(days=dagen)
        self.ledger.record_monitormoment(
            ctx(self.klok),
            self.casus_id,
            gesproken_met=[p["persoon_id"] for p in self.personen],
            veiligheid=veiligheid,
            bevindingen="Gesproken met alle gezinsleden.",
            risicofactoren_aangepakt=risicofactoren_aangepakt,
            herstel_gestart=herstel_gestart,
        )
        return self

    def toestand(self) -> dict[str, Any]:
        return self.ledger.casus(self.casus_id)


def dag(jaar: int, maand: int, dag_: int, uur: int = 10, minuut: int = 0) -> datetime:
    return datetime(jaar, maand, dag_, uur, minuut, tzinfo=AMS)


__all__ = [
    "AMS",
    "CONSULENT",
    "WERKER",
    "Casusbouwer",
    "Klok",
    "ctx",
    "dag",
    "date",
    "volledige_triage",
]
