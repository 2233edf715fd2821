"""Casus: één melding en alles wat eruit volgt, als toestandsmachine van de routekaart.

Every command checks the protocol first and raises ProtocolViolation (with the rule id)
before any event exists; then it triggers exactly the events the step stands for. The
events and how they move the state are in `casus_events`; content checks in `regels`.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any
from uuid import UUID

from ledger import casus_events as ev
from ledger import termijnen
from ledger.advies import check_aard_geweld, check_melder
from ledger.aggregaat import MAX_KLOKVERSCHIL, LedgerAggregate, check_tijdstip
from ledger.envelope import Context, Envelope, vaste_offset
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.routekaart import FASE_NAMEN, buiten_kantoortijd, tekst
from ledger.stappen.dienst import DienstStappen
from ledger.stappen.melding import MeldingStappen
from ledger.stappen.monitoring import MonitoringStappen
from ledger.stappen.overdracht import OverdrachtStappen
from ledger.values import (
    Fase,
    MelderType,
    Opschalingsniveau,
    parse,
)

#: Fields a correction may change, per event type; "occurred_at" for every event.
CORRIGEERBAAR: dict[str, set[str]] = {
    "MeldingOntvangen": {"melder", "aard_geweld", "bestaande_hulp", "omschrijving"},
    "MonitormomentUitgevoerd": {"gesproken_met", "bevindingen"},
}


class Casus(MeldingStappen, DienstStappen, OverdrachtStappen, MonitoringStappen, LedgerAggregate):
    """Een casus bij Veilig Thuis, van melding tot afsluiting."""

    # Snapshots of version 1 hold monitormomenten without R06's two facts: not assessed.
    class_version = 3

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        for m in state.get("monitormomenten", []):
            m.setdefault("risicofactoren_aangepakt", None)
            m.setdefault("herstel_gestart", None)

    @staticmethod
    def upcast_v2_v3(state: dict[str, Any]) -> None:
        # Regie names the team too; Veilig Thuis's regie names the behandelaar.
        for regie in state.get("regie", {}).values():
            regie.setdefault("team", None)

    def __init__(self) -> None:
        super().__init__()
        self.fase = Fase.MELDING
        self.termijnen: dict[str, dict] = {}
        self.regie: dict[str, dict] = {}
        self.behandelaar: str | None = None  # who recorded the melding, until assigned
        self.team: str | None = None
        self.crisisinterventie: dict | None = None
        self.consulent_geinformeerd = False
        self.beoordeling: dict | None = None
        self.dienst: dict | None = None
        self.diensten: list[str] = []
        self.veiligheidsvoorwaarden: list[str] = []
        self.veiligheidsplan: dict | None = None
        self.onderzoek: dict | None = None
        self.raad_gemeld = False
        self.overdracht: dict | None = None
        self.monitormomenten: list[dict] = []
        self.plan_van_aanpak: dict | None = None
        self.zorgen: list[dict] = []
        self.gekoppelde_meldingen: list[str] = []
        self.afstemming_procesregisseur = False
        self.opschalingen: list[str] = []
        self.geinformeerd_betrokkenen: dict[str, list] = {}
        self.geinformeerd_melder: list[str] = []
        self.politie_teruggekoppeld = False
        self.afsluiting: dict | None = None
        self.correcties: list[dict] = []

    # -- creation ------------------------------------------------------------------------

    @classmethod
    def ontvang_melding(
        cls,
        ctx: Context,
        nu: datetime,
        *,
        casus_id: UUID,
        afgeleid: dict[str, Any],
        melding: dict[str, Any],
    ) -> Casus:
        """R25/R39 recorded as given; R16, R31, R34, R38 derived by the ledger."""
        check_tijdstip(ctx, nu, None)
        acuut = melding["vermoeden_acute_onveiligheid"]
        buiten = buiten_kantoortijd(ctx.occurred_at)
        ontvangen = ctx.occurred_at
        return cls._create(
            ev.MeldingOntvangen,
            id=casus_id,
            timestamp=nu,
            envelope=Envelope.from_context(ctx, ev.MeldingOntvangen.REGELS),
            **melding,
            **afgeleid,
            buiten_kantoortijd=buiten,
            crisisdienst=acuut and buiten,
            uiterste_datum_veiligheidsbeoordeling=termijnen.uiterste_datum_veiligheidsbeoordeling(
                ontvangen, acuut
            ),
            uiterste_datum_informeren_gegevens=termijnen.uiterste_datum_informeren_gegevens(
                ontvangen
            ),
        )

    # -- helpers -------------------------------------------------------------------------

    def _vereis_fase(self, regel: str, toegestaan: tuple[Fase, ...], stap: str) -> None:
        if self.fase not in toegestaan:
            raise ProtocolViolation(
                regel,
                f"{stap} kan niet in de fase '{self.fase_omschrijving()}'; "
                f"de routekaart staat dit alleen toe bij: "
                + ", ".join(FASE_NAMEN[f] for f in toegestaan)
                + ".",
            )

    def fase_omschrijving(self) -> str:
        return FASE_NAMEN[Fase(self.fase)]

    @property
    def is_open(self) -> bool:
        return self.fase != Fase.AFGESLOTEN

    @property
    def na_beoordeling(self) -> bool:
        return self.beoordeling is not None

    # -- routekaart commands -------------------------------------------------------------

    def escalate(self, ctx: Context, nu: datetime, niveau: str, reden: str) -> None:
        niveau = parse(Opschalingsniveau, niveau, "niveau van opschaling")
        if not self.is_open:
            raise ProtocolViolation("R23", "Deze casus is afgesloten; opschalen kan niet meer.")
        if (
            niveau != Opschalingsniveau.LEIDINGGEVENDE
            and Opschalingsniveau.LEIDINGGEVENDE not in self.opschalingen
        ):
            raise ProtocolViolation(
                "R23",
                f"Opschalen naar de {niveau.value} kan pas nadat eerst is opgeschaald "
                "naar de (directe) leidinggevende.",
            )
        self._emit(ev.Opgeschaald, ctx, nu, niveau=niveau, reden=tekst(reden, "De reden"))

    def assign_behandelaar(
        self, ctx: Context, nu: datetime, behandelaar: str, team: str | None
    ) -> None:
        """Reassigning the same behandelaar and team stores nothing."""
        behandelaar = tekst(behandelaar, "De behandelaar")
        if team is not None and not isinstance(team, str):
            raise OngeldigeInvoer("Het team is een tekst (of leeg).")
        team = (team or "").strip() or None
        if not self.is_open:
            raise ProtocolViolation(
                "R21", "Deze casus is afgesloten; een behandelaar toewijzen kan niet meer."
            )
        if (behandelaar, team) == (self.behandelaar, self.team):
            return
        self._emit(ev.BehandelaarToegewezen, ctx, nu, behandelaar=behandelaar, team=team)

    def correct(
        self, ctx: Context, nu: datetime, versie: int, wijzigingen: dict[str, Any], reden: str
    ) -> None:
        doel = next((g for g in self.gebeurtenissen if g["versie"] == versie), None)
        if doel is None or doel["type"] == "Gecorrigeerd":
            raise OngeldigeInvoer(
                f"Er is geen vastgelegd feit met versie {versie} om te corrigeren."
            )
        toegestaan = CORRIGEERBAAR.get(doel["type"], set()) | {"occurred_at"}
        if not wijzigingen or set(wijzigingen) - toegestaan:
            raise OngeldigeInvoer(
                f"Bij {doel['type']} kunnen alleen deze velden gecorrigeerd worden: "
                + ", ".join(sorted(toegestaan))
                + ". Een andere beslissing leg je vast als "
                "nieuwe stap.",
            )
        if "occurred_at" in wijzigingen:
            moment = wijzigingen["occurred_at"]
            if not isinstance(moment, datetime) or moment.tzinfo is None or moment > nu:
                raise OngeldigeInvoer(
                    "Het gecorrigeerde tijdstip moet een tijdstip met tijdzone zijn dat niet "
                    "in de toekomst ligt."
                )
            # The two clocks stay consistent: not after it was recorded; the melding stays
            # the first thing that happened in the dossier.
            begin = self.gebeurtenissen[0]
            later = [g["occurred_at"] for g in self.gebeurtenissen[1:]] + [ctx.occurred_at]
            if moment > doel["recorded_at"] + MAX_KLOKVERSCHIL:
                raise OngeldigeInvoer(
                    "Het gecorrigeerde tijdstip ligt na het moment waarop het feit is vastgelegd."
                )
            if moment > min(later) if doel is begin else moment < begin["occurred_at"]:
                raise OngeldigeInvoer(
                    "De melding blijft het eerste in het dossier: het gecorrigeerde tijdstip mag "
                    "niet na een latere stap liggen, of vóór de melding."
                )
        wijzigingen = self._check_correctie(doel["type"], wijzigingen)
        self._emit(
            ev.Gecorrigeerd,
            ctx,
            nu,
            gecorrigeerde_versie=versie,
            wijzigingen=wijzigingen,
            reden=tekst(reden, "De reden van de correctie"),
        )

    def _check_correctie(self, soort: str, wijzigingen: dict[str, Any]) -> dict[str, Any]:
        """A corrected value passes the checks of the step it corrects (R04, R25, R39)."""
        goed = dict(wijzigingen)
        if "occurred_at" in goed:
            goed["occurred_at"] = vaste_offset(goed["occurred_at"])
        if soort == "MeldingOntvangen":
            if "melder" in goed:
                goed["melder"] = check_melder(goed["melder"])
            if "aard_geweld" in goed:
                goed["aard_geweld"] = check_aard_geweld(goed["aard_geweld"])
            if "omschrijving" in goed:
                goed["omschrijving"] = tekst(goed["omschrijving"], "De omschrijving")
            if "bestaande_hulp" in goed:
                hulp = goed["bestaande_hulp"]
                if hulp is not None and not isinstance(hulp, str):
                    raise OngeldigeInvoer("De bestaande hulp is een tekst.")
                goed["bestaande_hulp"] = (hulp or "").strip() or None
            melder = goed.get("melder", self.melder)
            if melder["type"] == MelderType.PROFESSIONAL and not goed.get(
                "bestaande_hulp", self.bestaande_hulp
            ):
                raise ProtocolViolation(
                    "R25", "Een professionele melder geeft aan of er al hulp is (en welke)."
                )
        elif soort == "MonitormomentUitgevoerd":
            if "gesproken_met" in goed:
                if not isinstance(goed["gesproken_met"], list) or not goed["gesproken_met"]:
                    raise OngeldigeInvoer("Leg vast met wie er gesproken is (R04).")
                goed["gesproken_met"] = [str(p) for p in goed["gesproken_met"]]
            if "bevindingen" in goed:
                goed["bevindingen"] = tekst(goed["bevindingen"], "De bevindingen")
        return goed

    def pas_correctie_toe(self, versie: int, wijzigingen: dict[str, Any]) -> None:
        doel = next(g for g in self.gebeurtenissen if g["versie"] == versie)
        for veld, waarde in wijzigingen.items():
            if veld == "occurred_at":
                doel["occurred_at"] = waarde
            elif doel["type"] == "MeldingOntvangen":
                setattr(self, veld, waarde)
            elif doel["type"] == "MonitormomentUitgevoerd":
                for m in self.monitormomenten:
                    if m.get("versie") == versie:
                        m[veld] = waarde

    # -- plain values out -----------------------------------------------------------------

    def toestand(self) -> dict[str, Any]:
        """The state as plain values (never the aggregate itself)."""
        state = {
            k: copy.deepcopy(v)
            for k, v in self.__dict__.items()
            if not k.startswith("_") and k != "idempotentie"
        }
        state.update(
            id=str(self.id),
            versie=self.version,
            fase=str(self.fase),
            fase_omschrijving=self.fase_omschrijving(),
            open_taken=self.open_taken(),
        )
        return state

    # -- what is still open ----------------------------------------------------------------

    def open_taken(self) -> list[dict[str, str]]:
        """Tasks that stay visible until recorded (R16, R22, R29, R33, R34)."""
        taken = []

        def taak(regel: str, omschrijving: str) -> None:
            taken.append({"regel": regel, "taak": omschrijving})

        if self.crisisinterventie and not self.consulent_geinformeerd:
            taak("R16", "gemeentelijke consulent informeren over de crisisinterventie")
        if "melding" not in self.geinformeerd_betrokkenen:
            taak("R22", "direct betrokkenen informeren over de melding")
        if "gegevensvastlegging" not in self.geinformeerd_betrokkenen:
            taak("R34", "betrokkenen informeren dat hun gegevens zijn vastgelegd")
        if self.na_beoordeling:
            if "uitkomst_veiligheidsbeoordeling" not in self.geinformeerd_melder:
                taak("R33", "melder informeren over de uitkomst van de veiligheidsbeoordeling")
            if "uitkomst_veiligheidsbeoordeling" not in self.geinformeerd_betrokkenen:
                taak("R33", "direct betrokkenen informeren over de uitkomst")
            if self.melder.get("sector") == "politie" and not self.politie_teruggekoppeld:
                taak("R29", "politie terugkoppelen wat er met de melding is gedaan")
        if self.onderzoek is not None and "uitkomst_onderzoek" not in self.geinformeerd_melder:
            taak("R33", "melder informeren over de uitkomst van het onderzoek")
        if self.overdracht is not None and "overdracht" not in self.geinformeerd_betrokkenen:
            taak("R22", "direct betrokkenen informeren over de overdracht")
        if self.gekoppeld_aan and not self.afstemming_procesregisseur and self.is_open:
            taak("R14", "afstemmen met de procesregisseur van de gemeente")
        return taken


#: R05: each reason for closing asks for its own grounds in the case.
