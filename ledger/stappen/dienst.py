"""Stappen van de diensten Voorwaarden en Vervolg en Onderzoek (R11, R12, R32, R37) en
de melding bij de Raad voor de Kinderbescherming (R27).

A mixin of the Casus aggregate: its methods check the protocol and trigger events; the
state they read is defined in `ledger.casus`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ledger import casus_events as ev
from ledger import regels, termijnen
from ledger.envelope import Context, vereis_onderbouwing
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.routekaart import ACTIEVE_DIENSTEN, FASE_NAMEN, tekstlijst
from ledger.values import (
    AardGeweld,
    Conclusie,
    Dienst,
    Fase,
    parse,
)


class DienstStappen:
    def start_dienst(
        self, ctx: Context, nu: datetime, dienst: str, onderbouwing: str | None
    ) -> None:
        dienst = parse(Dienst, dienst, "dienst")
        if self.fase == Fase.VERVOLG_BIJ_VEILIG_THUIS:
            pass
        elif self.fase == Fase.VOORWAARDEN_EN_VERVOLG and dienst == Dienst.ONDERZOEK:
            pass  # the family will not cooperate: Onderzoek after all
        elif self.fase == Fase.ONDERZOEK and dienst == Dienst.VOORWAARDEN_EN_VERVOLG:
            if self.onderzoek is None:
                raise ProtocolViolation(
                    "R21",
                    "Rond eerst het onderzoek af (conclusie per aard van het geweld) "
                    "voordat Voorwaarden en Vervolg start.",
                )
        else:
            raise ProtocolViolation(
                "R21",
                f"De dienst {FASE_NAMEN[Fase(dienst)]} kan niet starten in de fase "
                f"'{self.fase_omschrijving()}'. Een dienst volgt op een veiligheidsbeoordeling "
                "met de uitkomst vervolg bij Veilig Thuis.",
            )
        onderbouwing = vereis_onderbouwing(onderbouwing, "De keuze voor de dienst")
        self._emit(
            ev.DienstGestart,
            ctx,
            nu,
            onderbouwing,
            dienst=dienst,
            uiterste_datum=termijnen.uiterste_datum_dienst(ctx.occurred_at),
        )

    def record_veiligheidsvoorwaarden(
        self, ctx: Context, nu: datetime, voorwaarden: list[str]
    ) -> None:
        self._vereis_fase("R21", ACTIEVE_DIENSTEN, "Veiligheidsvoorwaarden vaststellen")
        voorwaarden = [
            v.strip() for v in tekstlijst(voorwaarden, "de veiligheidsvoorwaarden") if v.strip()
        ]
        if not voorwaarden:
            raise OngeldigeInvoer("Noem minstens één veiligheidsvoorwaarde.")
        self._emit(ev.VeiligheidsvoorwaardenVastgesteld, ctx, nu, voorwaarden=voorwaarden)

    def record_veiligheidsplan(
        self, ctx: Context, nu: datetime, onderdelen: dict[str, Any]
    ) -> None:
        toegestaan = (Fase.MELDING, *ACTIEVE_DIENSTEN, Fase.VERVOLG_BIJ_VEILIG_THUIS)
        if self.fase == Fase.MELDING and self.crisisinterventie is None:
            raise ProtocolViolation(
                "R21",
                "Vóór de veiligheidsbeoordeling start Veilig Thuis alleen een "
                "veiligheidsplan als de crisisdienst heeft ingegrepen.",
            )
        self._vereis_fase("R21", toegestaan, "Een veiligheidsplan opstellen")
        self._emit(
            ev.VeiligheidsplanOpgesteld,
            ctx,
            nu,
            onderdelen=regels.normalise_veiligheidsplan(onderdelen),
        )

    def record_onderzoek_conclusie(
        self,
        ctx: Context,
        nu: datetime,
        conclusies: dict[str, str],
        voortijdig: bool,
        onderbouwing: str | None,
    ) -> None:
        self._vereis_fase("R21", (Fase.ONDERZOEK,), "Een onderzoek afronden")
        if self.onderzoek is not None:
            raise ProtocolViolation("R37", "Dit onderzoek is al afgerond.")
        onderzocht = [
            v
            for v in self.beoordeling["triage"]["aard_geweld"]["vormen"]
            if v not in (AardGeweld.ONBEKEND, AardGeweld.GEEN)
        ]
        uitkomsten: dict[str, str] = {}
        for aard, conclusie in (conclusies or {}).items():
            aard = parse(AardGeweld, aard, "aard van het geweld")
            try:
                uitkomsten[aard] = Conclusie(conclusie)
            except ValueError:
                raise ProtocolViolation(
                    "R37",
                    f"'{conclusie}' is geen conclusie; per aard van het geweld is het "
                    "onderzoek bevestigd, niet bevestigd of weerlegd.",
                ) from None
        ontbreekt = [a for a in onderzocht if a not in uitkomsten]
        if ontbreekt and not voortijdig:
            raise ProtocolViolation(
                "R37",
                "Het onderzoek mist een conclusie voor: "
                + ", ".join(ontbreekt)
                + ". Leg per onderzochte vorm van geweld vast of het bevestigd, niet bevestigd "
                "of weerlegd is, of sluit het onderzoek voortijdig af.",
            )
        onderbouwing = vereis_onderbouwing(onderbouwing, "De conclusie van het onderzoek")
        self._emit(
            ev.OnderzoekAfgerond,
            ctx,
            nu,
            onderbouwing,
            conclusies=uitkomsten,
            voortijdig=bool(voortijdig),
        )

    def report_to_raad(
        self, ctx: Context, nu: datetime, kinderen: list[str], onderbouwing: str | None
    ) -> None:
        if not (self.na_beoordeling or self.crisisinterventie is not None):
            raise ProtocolViolation(
                "R27",
                "Een melding bij de Raad voor de Kinderbescherming kan na de "
                "veiligheidsbeoordeling, tijdens een dienst of vanuit de crisisdienst.",
            )
        self._vereis_fase(
            "R27", tuple(f for f in Fase if f != Fase.AFGESLOTEN), "Een melding bij de Raad"
        )
        if not kinderen:
            raise OngeldigeInvoer("Noem de kinderen om wie het verzoek tot onderzoek gaat.")
        onderbouwing = vereis_onderbouwing(onderbouwing, "Een melding bij de Raad")
        self._emit(
            ev.MeldingBijRaadGedaan, ctx, nu, onderbouwing, kinderen=[str(k) for k in kinderen]
        )
