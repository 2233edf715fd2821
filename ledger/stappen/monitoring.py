"""Monitoring (R02, R03, R04), nieuwe zorgen (R26) en afsluiten (R05).

A mixin of the Casus aggregate: its methods check the protocol and trigger events; the
state they read is defined in `ledger.casus`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ledger import casus_events as ev
from ledger import termijnen
from ledger.envelope import Context, vereis_onderbouwing
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.routekaart import tekst
from ledger.values import (
    Afsluitreden,
    Fase,
    SoortOverdracht,
    Uitkomst,
    Veiligheid,
    parse,
)


class MonitoringStappen:
    def plan_monitormoment(self, ctx: Context, nu: datetime, gepland_op: date, reden: str) -> str:
        self._vereis_monitoring("Een monitormoment plannen")
        if gepland_op < termijnen.lokale_datum(ctx.occurred_at):
            raise OngeldigeInvoer("Een monitormoment plan je op een datum die nog komt.")
        mid = self._monitormoment_id(1)
        self._emit(
            ev.MonitormomentGepland,
            ctx,
            nu,
            monitormoment_id=mid,
            gepland_op=gepland_op,
            reden=tekst(reden, "De reden van het extra monitormoment"),
        )
        return mid

    def _vereis_monitoring(self, stap: str) -> None:
        if self.fase == Fase.OVERGEDRAGEN or (
            self.overdracht and self.overdracht["soort"] == SoortOverdracht.DIRECT
        ):
            raise ProtocolViolation(
                "R03",
                "Na een directe overdracht monitort Veilig Thuis niet; "
                f"{stap[0].lower() + stap[1:]} kan hier niet.",
            )
        self._vereis_fase("R02", (Fase.MONITORING,), stap)

    def record_monitormoment(
        self,
        ctx: Context,
        nu: datetime,
        monitormoment_id: str | None,
        gesproken_met: list[str],
        veiligheid: str,
        bevindingen: str,
        risicofactoren_aangepakt: bool | None = None,
        herstel_gestart: bool | None = None,
    ) -> None:
        """R04; and, when assessed, two conditions of stabiele veiligheid (R06)."""
        self._vereis_monitoring("Een monitormoment vastleggen")
        open_momenten = [m for m in self.monitormomenten if m["uitgevoerd_op"] is None]
        if monitormoment_id is None and open_momenten:
            monitormoment_id = min(open_momenten, key=lambda m: m["gepland_op"])["id"]
        if monitormoment_id not in {m["id"] for m in open_momenten}:
            raise OngeldigeInvoer("Er staat geen open monitormoment met dit kenmerk gepland.")
        if not gesproken_met:
            raise OngeldigeInvoer("Leg vast met wie er gesproken is (R04).")
        self._emit(
            ev.MonitormomentUitgevoerd,
            ctx,
            nu,
            monitormoment_id=monitormoment_id,
            gesproken_met=[str(p) for p in gesproken_met],
            veiligheid=parse(Veiligheid, veiligheid, "veiligheid"),
            bevindingen=tekst(bevindingen, "De bevindingen"),
            risicofactoren_aangepakt=_oordeel(
                risicofactoren_aangepakt,
                "Of de risicofactoren effectief zijn aangepakt, hanteerbaar gemaakt of afgenomen",
            ),
            herstel_gestart=_oordeel(
                herstel_gestart, "Of een start is gemaakt met herstel van trauma's"
            ),
        )

    def record_zorg(
        self, ctx: Context, nu: datetime, bron: str, beschrijving: str, acuut: bool
    ) -> None:
        self._vereis_fase("R26", (Fase.MONITORING,), "Een nieuwe zorg tijdens monitoring")
        self._emit(
            ev.ZorgGemeld,
            ctx,
            nu,
            bron=tekst(bron, "Wie de zorg meldt"),
            beschrijving=tekst(beschrijving, "De beschrijving van de zorg"),
            acuut=bool(acuut),
        )

    def close(self, ctx: Context, nu: datetime, reden: str, onderbouwing: str | None) -> None:
        reden = parse(Afsluitreden, reden, "reden van afsluiten")
        if not self.is_open:
            raise ProtocolViolation("R05", "Deze casus is al afgesloten.")
        if self.fase == Fase.MELDING:
            raise ProtocolViolation(
                "R21", "Een melding wordt pas afgesloten na de veiligheidsbeoordeling."
            )
        _AFSLUITEN[reden](self)
        onderbouwing = vereis_onderbouwing(onderbouwing, "Het afsluiten van de casus")
        self._emit(ev.CasusAfgesloten, ctx, nu, onderbouwing, reden=reden)


def _oordeel(waarde: Any, wat: str) -> bool | None:
    """A yes/no assessment of R06, or None when it was not assessed at this moment."""
    if waarde is not None and not isinstance(waarde, bool):
        raise OngeldigeInvoer(
            f"{wat} (R06) is ja (True), nee (False) of niet beoordeeld (None); "
            f"{waarde!r} is geen van die drie."
        )
    return waarde


def _vereis(regel: str, voorwaarde: bool, bericht: str) -> None:
    if not voorwaarde:
        raise ProtocolViolation(regel, bericht)


def _uitkomst(c: Any) -> str | None:
    return c.beoordeling["uitkomst"] if c.beoordeling else None


_AFSLUITEN: dict[Afsluitreden, Callable[[Any], None]] = {
    Afsluitreden.VEILIGHEID_GEREALISEERD: lambda c: _vereis(
        "R05",
        c.fase == Fase.MONITORING
        and any(m["uitgevoerd_op"] for m in c.monitormomenten)
        and max(
            (m for m in c.monitormomenten if m["uitgevoerd_op"]),
            key=lambda m: (m["uitgevoerd_op"], m["versie"]),  # same moment: the later recorded
        )["veiligheid"]
        == Veiligheid.VOLDOENDE,
        "Afsluiten omdat de veiligheid gerealiseerd is vraagt een laatste monitormoment dat "
        "voldoende veiligheid vaststelde; Veilig Thuis rondt pas af als veiligheid tot stand "
        "komt en standhoudt.",
    ),
    Afsluitreden.GEEN_VERVOLG: lambda c: _vereis(
        "R36",
        _uitkomst(c) == Uitkomst.GEEN_VERVOLG,
        "Afsluiten zonder vervolg past alleen bij de uitkomst 'geen vervolg' van de "
        "veiligheidsbeoordeling.",
    ),
    Afsluitreden.REGIONAAL_MAATWERK: lambda c: _vereis(
        "R36",
        _uitkomst(c) == Uitkomst.REGIONAAL_MAATWERK,
        "Afsluiten voor regionaal maatwerk past alleen bij die uitkomst van de "
        "veiligheidsbeoordeling.",
    ),
    Afsluitreden.DIRECTE_OVERDRACHT: lambda c: _vereis(
        "R03",
        c.fase == Fase.OVERGEDRAGEN,
        "Afsluiten na directe overdracht kan pas als de directe overdracht is vastgelegd.",
    ),
    Afsluitreden.ONDERZOEK_GEEN_VERVOLG: lambda c: _vereis(
        "R37",
        c.fase == Fase.ONDERZOEK and c.onderzoek is not None,
        "Afsluiten na onderzoek kan pas als het onderzoek is afgerond met een conclusie.",
    ),
    Afsluitreden.MAATREGEL_RAAD: lambda c: _vereis(
        "R27", c.raad_gemeld, "Er is geen melding bij de Raad voor de Kinderbescherming vastgelegd."
    ),
    Afsluitreden.VERHUISD_ANDERE_REGIO: lambda c: None,
    Afsluitreden.USD_VERDER_MET_ADVIES: lambda c: _vereis(
        "R15",
        c.gekoppeld_aan is not None and c.na_beoordeling,
        "'Advies aan de USD, USD gaat verder' kan alleen bij een nieuwe melding binnen een "
        "bestaand traject, na de veiligheidsbeoordeling.",
    ),
    Afsluitreden.ANDERS: lambda c: None,
}
