"""Stappen rond de melding: crisis (R16), veiligheidsbeoordeling (R01, R36), informeren
(R22, R33), politie (R29), een nieuwe melding binnen een traject (R14).

A mixin of the Casus aggregate: its methods check the protocol and trigger events; the
state they read is defined in `ledger.casus`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from ledger import casus_events as ev
from ledger import regels, termijnen
from ledger.envelope import Context, vereis_onderbouwing
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import gemeente
from ledger.routekaart import tekst, tekstlijst
from ledger.values import (
    Dienst,
    Fase,
    Onderwerp,
    Uitkomst,
    parse,
)


class MeldingStappen:
    def record_crisisinterventie(
        self,
        ctx: Context,
        nu: datetime,
        maatregelen: list[str],
        tijdelijk_huisverbod_dagen: int | None = None,
    ) -> None:
        self._vereis_fase("R16", (Fase.MELDING,), "Een crisisinterventie")
        if not self.vermoeden_acute_onveiligheid:
            raise ProtocolViolation(
                "R16",
                "Een crisisinterventie hoort bij een melding met (vermoeden van) acute "
                "onveiligheid; deze melding vermeldt geen acute onveiligheid.",
            )
        maatregelen = [
            m.strip() for m in tekstlijst(maatregelen, "de crisismaatregelen") if m.strip()
        ]
        if not maatregelen:
            raise OngeldigeInvoer("Noem welke crisismaatregelen zijn genomen.")
        if tijdelijk_huisverbod_dagen is not None and not 1 <= tijdelijk_huisverbod_dagen <= 28:
            raise OngeldigeInvoer(
                "Een tijdelijk huisverbod duurt 10 dagen en kan tot 28 dagen worden verlengd."
            )
        self._emit(
            ev.CrisisinterventieUitgevoerd,
            ctx,
            nu,
            maatregelen=maatregelen,
            tijdelijk_huisverbod_dagen=tijdelijk_huisverbod_dagen,
        )

    def inform_gemeentelijke_consulent(
        self, ctx: Context, nu: datetime, consulent: str, gemeentecode: str
    ) -> None:
        if self.crisisinterventie is None:
            raise ProtocolViolation(
                "R16",
                "Er is geen crisisinterventie vastgelegd waarover de gemeentelijke "
                "consulent geïnformeerd moet worden.",
            )
        gemeente(gemeentecode)
        self._emit(
            ev.GemeentelijkeConsulentGeinformeerd,
            ctx,
            nu,
            consulent=tekst(consulent, "De naam van de consulent"),
            gemeentecode=gemeentecode,
        )

    def record_veiligheidsbeoordeling(
        self,
        ctx: Context,
        nu: datetime,
        triage: dict[str, Any],
        uitkomst: str,
        dienst: str | None,
        onderbouwing: str | None,
    ) -> None:
        if self.beoordeling is not None:
            raise ProtocolViolation(
                "R21",
                "Voor deze melding is de veiligheidsbeoordeling al afgerond; een nieuwe "
                "beoordeling hoort bij een nieuwe melding.",
            )
        triage = regels.check_triage(triage)
        try:
            uitkomst = Uitkomst(uitkomst)
        except ValueError:
            raise ProtocolViolation(
                "R36",
                f"'{uitkomst}' is geen uitkomst van de veiligheidsbeoordeling; kies uit: "
                + ", ".join(u.value for u in Uitkomst)
                + ".",
            ) from None
        if uitkomst == Uitkomst.VERVOLG_BIJ_VEILIG_THUIS:
            if dienst is None:
                raise ProtocolViolation(
                    "R36",
                    "Bij vervolg bij Veilig Thuis hoort de keuze voor een dienst: "
                    "Voorwaarden en Vervolg of Onderzoek.",
                )
            dienst = parse(Dienst, dienst, "dienst")
        elif dienst is not None:
            raise ProtocolViolation(
                "R36", "Alleen bij de uitkomst vervolg bij Veilig Thuis wordt een dienst gekozen."
            )
        onderbouwing = vereis_onderbouwing(
            onderbouwing, "De uitkomst van de veiligheidsbeoordeling"
        )
        binnen = (
            termijnen.lokale_datum(ctx.occurred_at)
            <= self.termijnen["veiligheidsbeoordeling"]["uiterste_datum"]
        )
        self._emit(
            ev.VeiligheidsbeoordelingAfgerond,
            ctx,
            nu,
            onderbouwing,
            triage=triage,
            uitkomst=uitkomst,
            dienst=dienst,
            binnen_termijn=binnen,
        )

    def inform_betrokkenen(
        self, ctx: Context, nu: datetime, onderwerp: str, persoon_ids: list[str]
    ) -> None:
        onderwerp = parse(Onderwerp, onderwerp, "onderwerp")
        self._vereis_gebeurd(onderwerp, "R22")
        if not persoon_ids:
            raise OngeldigeInvoer("Noem welke direct betrokkenen zijn geïnformeerd.")
        self._emit(
            ev.BetrokkenenGeinformeerd,
            ctx,
            nu,
            onderwerp=onderwerp,
            persoon_ids=[str(p) for p in persoon_ids],
        )

    def inform_melder(self, ctx: Context, nu: datetime, onderwerp: str) -> None:
        onderwerp = parse(Onderwerp, onderwerp, "onderwerp")
        self._vereis_gebeurd(onderwerp, "R33")
        self._emit(ev.MelderGeinformeerd, ctx, nu, onderwerp=onderwerp)

    def _vereis_gebeurd(self, onderwerp: Onderwerp, regel: str) -> None:
        voorwaarde = {
            Onderwerp.UITKOMST_VEILIGHEIDSBEOORDELING: (
                self.na_beoordeling,
                "de veiligheidsbeoordeling",
            ),
            Onderwerp.OVERDRACHT: (self.overdracht is not None, "de overdracht"),
            Onderwerp.UITKOMST_ONDERZOEK: (self.onderzoek is not None, "het onderzoek"),
            Onderwerp.VEILIGHEIDSVOORWAARDEN: (
                bool(self.veiligheidsvoorwaarden),
                "het vaststellen van de veiligheidsvoorwaarden",
            ),
        }.get(onderwerp)
        if voorwaarde and not voorwaarde[0]:
            raise ProtocolViolation(
                regel,
                f"Informeren over {onderwerp.value.replace('_', ' ')} kan pas na {voorwaarde[1]}.",
            )

    def record_terugkoppeling_politie(self, ctx: Context, nu: datetime, inhoud: str) -> None:
        if self.melder.get("sector") != "politie":
            raise ProtocolViolation(
                "R29",
                "Deze melding kwam niet van de politie; een terugkoppeling aan de politie "
                "hoort bij een zorgmelding van de politie.",
            )
        if not self.na_beoordeling:
            raise ProtocolViolation(
                "R29", "Koppel terug wat er met de melding is gedaan na de veiligheidsbeoordeling."
            )
        self._emit(ev.PolitieTeruggekoppeld, ctx, nu, inhoud=tekst(inhoud, "De terugkoppeling"))

    def link_nieuwe_melding(
        self, ctx: Context, nu: datetime, nieuwe_casus_id: UUID, acuut: bool
    ) -> None:
        self._emit(
            ev.NieuweMeldingGekoppeld,
            ctx,
            nu,
            nieuwe_casus_id=str(nieuwe_casus_id),
            acuut=bool(acuut),
        )

    def record_afstemming_procesregisseur(
        self, ctx: Context, nu: datetime, procesregisseur: str, afspraken: str
    ) -> None:
        if self.gekoppeld_aan is None:
            raise ProtocolViolation(
                "R14",
                "Afstemming met de procesregisseur hoort bij een nieuwe melding binnen "
                "een bestaand traject; deze melding is niet aan een lopend traject gekoppeld.",
            )
        self._emit(
            ev.AfstemmingProcesregisseurVastgelegd,
            ctx,
            nu,
            procesregisseur=tekst(procesregisseur, "De procesregisseur"),
            afspraken=tekst(afspraken, "De gemaakte afspraken"),
        )
