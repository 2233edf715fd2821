"""Huishouden: het gezin en zijn leden. De enige plek met namen, BSN, geboortedata en adres.

Case events refer to people by `persoon_id`. The household also keeps the register of
meldingen about it at every Veilig Thuis organisation (the radar, R24), from which the
ledger derives eerdere betrokkenheid (R38).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate

from ledger.aggregaat import LedgerAggregate, LedgerEvent, check_tijdstip
from ledger.envelope import Context, Envelope
from ledger.errors import OngeldigeInvoer
from ledger.gemeenten import check_regio, gemeente
from ledger.values import PersoonRol, parse

ADRESVELDEN = ("straat", "huisnummer", "postcode", "woonplaats")


def is_geldig_bsn(bsn: str) -> bool:
    """De elfproef voor een burgerservicenummer (9 cijfers, laatste gewicht -1)."""
    if not (isinstance(bsn, str) and len(bsn) == 9 and bsn.isdigit()) or bsn == "000000000":
        return False
    som = sum(int(c) * w for c, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return som % 11 == 0


def _adres(adres: dict[str, Any]) -> dict[str, str]:
    if not isinstance(adres, dict):
        raise OngeldigeInvoer("Het adres ontbreekt.")
    ontbreekt = [v for v in ADRESVELDEN if not str(adres.get(v) or "").strip()]
    if ontbreekt:
        raise OngeldigeInvoer("Het adres mist: " + ", ".join(ontbreekt) + ".")
    return {v: str(adres[v]).strip() for v in ADRESVELDEN}


def _persoon(huishouden_id: UUID, persoon: dict[str, Any], n: int) -> dict[str, Any]:
    if not isinstance(persoon, dict):
        raise OngeldigeInvoer("Een persoon wordt beschreven met naam, rol en geboortedatum.")
    for veld in ("voornaam", "achternaam"):
        if not str(persoon.get(veld) or "").strip():
            raise OngeldigeInvoer(f"De {veld} van een persoon ontbreekt.")
    geboren = persoon.get("geboortedatum")
    if not isinstance(geboren, date) or isinstance(geboren, datetime):
        raise OngeldigeInvoer("De geboortedatum van een persoon ontbreekt of is geen datum.")
    bsn = persoon.get("bsn")
    if bsn is not None and not is_geldig_bsn(bsn):
        raise OngeldigeInvoer(f"Het BSN van {persoon['voornaam']} is ongeldig (elfproef).")
    return {
        "persoon_id": str(persoon.get("persoon_id") or uuid5(huishouden_id, f"persoon-{n}")),
        "voornaam": str(persoon["voornaam"]).strip(),
        "achternaam": str(persoon["achternaam"]).strip(),
        "geboortedatum": geboren,
        "bsn": bsn,
        "geslacht": persoon.get("geslacht"),
        "rol": parse(PersoonRol, persoon.get("rol"), "rol in het huishouden"),
    }


class HuishoudenGeregistreerd(LedgerEvent, Aggregate.Created):
    """Een huishouden is vastgelegd met zijn adres en leden."""

    gemeentecode: str
    adres: dict
    personen: list

    def apply(self, h: Huishouden) -> None:
        h.gemeentecode, h.adres = self.gemeentecode, self.adres
        h.personen = {p["persoon_id"]: p for p in self.personen}


class PersoonToegevoegd(LedgerEvent):
    """Een persoon hoort (nu) bij het huishouden."""

    persoon: dict

    def apply(self, h: Huishouden) -> None:
        h.personen[self.persoon["persoon_id"]] = self.persoon


class Verhuisd(LedgerEvent):
    """Het huishouden woont op een nieuw adres, mogelijk in een andere regio."""

    gemeentecode: str
    adres: dict

    def apply(self, h: Huishouden) -> None:
        h.gemeentecode, h.adres = self.gemeentecode, self.adres


class MeldingGeregistreerd(LedgerEvent):
    """Een Veilig Thuis-organisatie kent dit huishouden van een melding (radar, R24)."""

    REGELS = ("R24", "R38")
    casus_id: str
    vt_organisatie: str

    def apply(self, h: Huishouden) -> None:
        h.meldingen.append(
            {
                "casus_id": self.casus_id,
                "vt_organisatie": self.vt_organisatie,
                "ontvangen_op": self.envelope.occurred_at,
            }
        )


class Huishouden(LedgerAggregate):
    """Een huishouden: adres, leden, en welke Veilig Thuis-organisaties het kennen."""

    def __init__(self) -> None:
        super().__init__()
        self.gemeentecode = ""
        self.adres: dict[str, str] = {}
        self.personen: dict[str, dict] = {}
        self.meldingen: list[dict] = []

    @classmethod
    def register(
        cls,
        ctx: Context,
        nu: datetime,
        *,
        huishouden_id: UUID,
        gemeentecode: str,
        adres: dict[str, Any],
        personen: list[dict[str, Any]],
    ) -> Huishouden:
        check_tijdstip(ctx, nu, None)
        gemeente(gemeentecode)
        if not personen:
            raise OngeldigeInvoer("Een huishouden heeft minstens één persoon.")
        leden = [_persoon(huishouden_id, p, n) for n, p in enumerate(personen, 1)]
        return cls._create(
            HuishoudenGeregistreerd,
            id=huishouden_id,
            timestamp=nu,
            envelope=Envelope.from_context(ctx, ()),
            gemeentecode=gemeentecode,
            adres=_adres(adres),
            personen=leden,
        )

    def add_persoon(self, ctx: Context, nu: datetime, persoon: dict[str, Any]) -> str:
        p = _persoon(self.id, persoon, len(self.personen) + 1)
        if p["persoon_id"] in self.personen:
            raise OngeldigeInvoer("Deze persoon hoort al bij het huishouden.")
        self._emit(PersoonToegevoegd, ctx, nu, persoon=p)
        return p["persoon_id"]

    def move(self, ctx: Context, nu: datetime, gemeentecode: str, adres: dict[str, Any]) -> None:
        gemeente(gemeentecode)
        self._emit(Verhuisd, ctx, nu, gemeentecode=gemeentecode, adres=_adres(adres))

    def register_melding(
        self, ctx: Context, nu: datetime, casus_id: UUID, vt_organisatie: str
    ) -> None:
        self._emit(
            MeldingGeregistreerd,
            ctx,
            nu,
            casus_id=str(casus_id),
            vt_organisatie=check_regio(vt_organisatie),
        )

    def check_personen(self, persoon_ids: list[str]) -> list[str]:
        onbekend = [p for p in persoon_ids if str(p) not in self.personen]
        if onbekend:
            raise OngeldigeInvoer(
                "Deze personen horen niet bij het huishouden: " + ", ".join(map(str, onbekend))
            )
        return [str(p) for p in persoon_ids]
