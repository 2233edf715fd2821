"""Advies: een adviesvraag aan Veilig Thuis (R18). De vrager houdt de verantwoordelijkheid;
Veilig Thuis legt de vrager vast, niet het gezin. Een advies kan een melding worden.

A consultatie by the gemeente's uitvoeringsdienst (USD, sector sociaal domein) that cannot
lift the unsafety itself ends in an afstemming (R17): either a melding, so that Veilig Thuis
takes over the regie op veiligheid for a while, or Overleg Veilig Verder, with the regie
staying at the gemeente; both with the agreed division of tasks and roles."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from ledger.aggregaat import LedgerAggregate, LedgerEvent, check_tijdstip
from ledger.envelope import Context, Envelope
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import check_regio
from ledger.values import AardGeweld, MelderType, Sector, UitkomstAfstemmingUSD, parse


def check_melder(melder: dict[str, Any], wie: str = "melder") -> dict[str, Any]:
    """R39: professional with beroepsgroep, or niet-professional."""
    if not isinstance(melder, dict):
        raise OngeldigeInvoer(f"Beschrijf de {wie}: professional of niet-professional.")
    soort = parse(MelderType, melder.get("type"), f"soort {wie}")
    sector = melder.get("sector")
    if soort == MelderType.PROFESSIONAL:
        if sector is None:
            raise ProtocolViolation(
                "R39", f"Bij een professionele {wie} hoort de beroepsgroep (sector)."
            )
        sector = parse(Sector, sector, "beroepsgroep")
    elif sector is not None:
        raise OngeldigeInvoer(f"Een niet-professionele {wie} heeft geen beroepsgroep.")
    return {"type": soort, "sector": sector, "anoniem": bool(melder.get("anoniem", False))}


def check_aard_geweld(vormen: list[str]) -> list[str]:
    if not vormen:
        raise ProtocolViolation("R39", "Leg de aard van het geweld vast (eventueel 'onbekend').")
    return [parse(AardGeweld, v, "aard van het geweld") for v in dict.fromkeys(vormen)]


class AdviesGevraagd(LedgerEvent, Aggregate.Created):
    """Iemand vroeg Veilig Thuis om advies (R18); er ontstaat geen casus met regie."""

    REGELS = ("R18", "R39")
    vt_organisatie: str
    adviesvrager: dict
    aard_geweld: list
    vraag: str

    def apply(self, a: Advies) -> None:
        a.vt_organisatie, a.adviesvrager = self.vt_organisatie, self.adviesvrager
        a.aard_geweld, a.gevraagd_op = self.aard_geweld, self.envelope.occurred_at


class AdviesGegeven(LedgerEvent):
    """Veilig Thuis gaf advies; zo nodig ging de bureaudienst mee op huisbezoek (R18)."""

    REGELS = ("R18",)
    advies: str
    huisbezoek: bool

    def apply(self, a: Advies) -> None:
        a.gegeven = True


class AdviesOmgezetInMelding(LedgerEvent):
    """Het advies werd een melding; de melding verwijst naar het advies (R18)."""

    REGELS = ("R18",)
    casus_id: str

    def apply(self, a: Advies) -> None:
        a.casus_id = self.casus_id


class AfstemmingUSDVastgelegd(LedgerEvent):
    """Veilig Thuis en de uitvoeringsdienst stemden af hoe het verder gaat (R17): een melding
    (de regie op veiligheid tijdelijk naar Veilig Thuis) of Overleg Veilig Verder (de regie
    blijft bij de gemeente), met de afgesproken taak- en rolverdeling."""

    REGELS = ("R17",)
    uitkomst: str
    rolverdeling: str

    def apply(self, a: Advies) -> None:
        a.afstemming_usd = {
            "uitkomst": self.uitkomst,
            "rolverdeling": self.rolverdeling,
            "op": self.envelope.occurred_at,
        }


class Advies(LedgerAggregate):
    def __init__(self) -> None:
        super().__init__()
        self.vt_organisatie = ""
        self.adviesvrager: dict = {}
        self.aard_geweld: list[str] = []
        self.gegeven = False
        self.casus_id: str | None = None
        self.afstemming_usd: dict | None = None

    @classmethod
    def request(
        cls,
        ctx: Context,
        nu: datetime,
        *,
        advies_id: UUID,
        vt_organisatie: str,
        adviesvrager: dict[str, Any],
        aard_geweld: list[str],
        vraag: str,
    ) -> Advies:
        check_tijdstip(ctx, nu, None)
        if not isinstance(vraag, str) or not vraag.strip():
            raise OngeldigeInvoer("De adviesvraag ontbreekt.")
        return cls._create(
            AdviesGevraagd,
            id=advies_id,
            timestamp=nu,
            envelope=Envelope.from_context(ctx, AdviesGevraagd.REGELS),
            vt_organisatie=check_regio(vt_organisatie),
            adviesvrager=check_melder(adviesvrager, "adviesvrager"),
            aard_geweld=check_aard_geweld(aard_geweld),
            vraag=vraag.strip(),
        )

    def give(self, ctx: Context, nu: datetime, advies: str, huisbezoek: bool = False) -> None:
        if not isinstance(advies, str) or not advies.strip():
            raise OngeldigeInvoer("Het gegeven advies ontbreekt.")
        self._emit(AdviesGegeven, ctx, nu, advies=advies.strip(), huisbezoek=bool(huisbezoek))

    def convert_to_melding(self, ctx: Context, nu: datetime, casus_id: UUID) -> None:
        if self.casus_id is not None:
            raise ProtocolViolation("R18", "Dit advies is al omgezet in een melding.")
        self._emit(AdviesOmgezetInMelding, ctx, nu, casus_id=str(casus_id))

    def record_afstemming_usd(
        self, ctx: Context, nu: datetime, uitkomst: str, rolverdeling: str
    ) -> None:
        if self.adviesvrager.get("sector") != Sector.SOCIAAL_DOMEIN:
            raise ProtocolViolation(
                "R17",
                "Een afstemming over melding of Overleg Veilig Verder hoort bij een consultatie "
                "door de uitvoeringsdienst van de gemeente (sociaal domein); deze adviesvrager "
                "is dat niet.",
            )
        if self.afstemming_usd is not None:
            raise ProtocolViolation("R17", "De afstemming met de uitvoeringsdienst ligt al vast.")
        uitkomst = parse(UitkomstAfstemmingUSD, uitkomst, "uitkomst van de afstemming")
        if not isinstance(rolverdeling, str) or not rolverdeling.strip():
            raise ProtocolViolation(
                "R17",
                "Leg de afgesproken taak- en rolverdeling vast: wie doet wat, en wie heeft de "
                "regie op veiligheid.",
            )
        self._emit(
            AfstemmingUSDVastgelegd, ctx, nu, uitkomst=uitkomst, rolverdeling=rolverdeling.strip()
        )
