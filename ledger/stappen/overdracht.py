"""Warme en directe overdracht (R03, R08, R09, R10, R11, R20), plan van aanpak (R13) en
casusregie (R19).

A mixin of the Casus aggregate: its methods check the protocol and trigger events; the
state they read is defined in `ledger.casus`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import uuid5

from ledger import casus_events as ev
from ledger import regels, termijnen
from ledger.envelope import Context, vereis_onderbouwing
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import gemeente
from ledger.routekaart import ACTIEVE_DIENSTEN, ONTVANGERS_WARM, tekst
from ledger.values import (
    Fase,
    Regiehouder,
    SoortOntvanger,
    SoortOverdracht,
    Uitkomst,
    VormWarmeOverdracht,
    parse,
)


class OverdrachtStappen:
    def transfer(
        self,
        ctx: Context,
        nu: datetime,
        *,
        soort: str,
        ontvanger: dict[str, Any],
        vorm: str | None = None,
        besproken: list[str] | None = None,
        datum_eerstvolgende_evaluatie: date | None = None,
        hulp_op_wachtlijst: bool = False,
        overbrugging: dict[str, Any] | None = None,
        monitormoment_bij_evaluatie: bool = False,
    ) -> None:
        soort = parse(SoortOverdracht, soort, "soort overdracht")
        ontvanger = _ontvanger(ontvanger, soort)
        if soort == SoortOverdracht.DIRECT:
            if self.fase in ACTIEVE_DIENSTEN:
                raise ProtocolViolation(
                    "R09",
                    "Na de dienst Onderzoek of Voorwaarden en Vervolg volgt een warme "
                    "overdracht (huisbezoek of gesprek met alle direct betrokkenen), geen "
                    "directe overdracht.",
                )
            if not (
                self.fase == Fase.BEOORDEELD and self.beoordeling["uitkomst"] == Uitkomst.OVERDRACHT
            ):
                raise ProtocolViolation(
                    "R21",
                    "Een directe overdracht volgt op een veiligheidsbeoordeling met de "
                    "uitkomst overdracht; deze casus staat in de fase "
                    f"'{self.fase_omschrijving()}'.",
                )
            if vorm is not None:
                raise OngeldigeInvoer(
                    "Een directe overdracht heeft geen vorm van warme overdracht."
                )
        else:
            if self.fase not in ACTIEVE_DIENSTEN:
                raise ProtocolViolation(
                    "R21",
                    "Een warme overdracht volgt op de dienst Voorwaarden en Vervolg of "
                    f"Onderzoek; deze casus staat in de fase '{self.fase_omschrijving()}'.",
                )
            if not vorm:
                raise ProtocolViolation(
                    "R09",
                    "Een warme overdracht is een huisbezoek, een gesprek op kantoor van "
                    "Veilig Thuis of een gesprek bij de gemeente met alle direct betrokkenen: "
                    "kies de vorm.",
                )
            vorm = parse(VormWarmeOverdracht, vorm, "vorm van de warme overdracht")
            if self.fase == Fase.VOORWAARDEN_EN_VERVOLG:
                if not self.veiligheidsvoorwaarden:
                    raise ProtocolViolation(
                        "R11",
                        "Er zijn nog geen veiligheidsvoorwaarden vastgesteld; die horen "
                        "bij Voorwaarden en Vervolg en in het veiligheidsplan.",
                    )
                regels.check_veiligheidsplan_minimaal(self.veiligheidsplan)
            elif self.onderzoek is None:
                raise ProtocolViolation(
                    "R37",
                    "Rond eerst het onderzoek af met een conclusie per aard van het "
                    "geweld; daarna volgt de warme overdracht.",
                )
        overbrugging = regels.check_overbrugging(hulp_op_wachtlijst, overbrugging)
        besproken = regels.check_besproken(besproken)
        if monitormoment_bij_evaluatie and datum_eerstvolgende_evaluatie is None:
            raise OngeldigeInvoer(
                "Het monitormoment kan alleen aan de evaluatie gekoppeld worden als de datum van "
                "de eerstvolgende evaluatie bekend is."
            )
        self._emit(
            ev.Overgedragen,
            ctx,
            nu,
            soort=soort,
            ontvanger=ontvanger,
            vorm=vorm,
            besproken=besproken,
            datum_eerstvolgende_evaluatie=datum_eerstvolgende_evaluatie,
            hulp_op_wachtlijst=bool(hulp_op_wachtlijst),
            overbrugging=overbrugging,
        )
        if soort == SoortOverdracht.WARM:
            drie, twaalf = termijnen.monitormomenten(ctx.occurred_at)
            eerste = (
                (datum_eerstvolgende_evaluatie, "evaluatie")
                if monitormoment_bij_evaluatie
                else (drie, "na_3_maanden")
            )
            ids = (self._monitormoment_id(1), self._monitormoment_id(2))
            for mid, (datum, reden) in zip(ids, (eerste, (twaalf, "na_12_maanden")), strict=True):
                self._emit(
                    ev.MonitormomentGepland,
                    ctx,
                    nu,
                    monitormoment_id=mid,
                    gepland_op=datum,
                    reden=reden,
                )

    def _monitormoment_id(self, n: int) -> str:
        return str(uuid5(self.id, f"monitormoment-{len(self.monitormomenten) + n}"))

    def record_plan_van_aanpak(
        self, ctx: Context, nu: datetime, onderdelen: dict[str, Any]
    ) -> None:
        if self.overdracht is None:
            raise ProtocolViolation(
                "R13", "De gemeente legt haar plan van aanpak vast na de overdracht."
            )
        self._emit(
            ev.PlanVanAanpakVastgelegd, ctx, nu, onderdelen=regels.check_plan_van_aanpak(onderdelen)
        )

    def delegate_casusregie(
        self,
        ctx: Context,
        nu: datetime,
        zorgaanbieder: str,
        voldoende_geequipeerd: bool,
        toets: str,
        tweede_partij: str | None,
    ) -> None:
        if self.overdracht is None or self.regie["procesregie"]["houder"] != Regiehouder.GEMEENTE:
            raise ProtocolViolation(
                "R19", "Casusregie beleggen doet de gemeente, na de overdracht."
            )
        if not voldoende_geequipeerd and not (tweede_partij or "").strip():
            raise ProtocolViolation(
                "R19",
                "De zorgaanbieder is niet voldoende geëquipeerd voor casusregie: betrek "
                "een tweede partij voor de regie op veiligheid.",
            )
        self._emit(
            ev.CasusregieBelegd,
            ctx,
            nu,
            zorgaanbieder=tekst(zorgaanbieder, "De zorgaanbieder"),
            voldoende_geequipeerd=bool(voldoende_geequipeerd),
            toets=tekst(toets, "De toets of de zorgaanbieder geëquipeerd is"),
            tweede_partij=(tweede_partij or "").strip() or None,
        )

    def return_regie_op_veiligheid(
        self, ctx: Context, nu: datetime, onderbouwing: str | None
    ) -> None:
        if (
            self.regie["regie_op_veiligheid"]["houder"] != Regiehouder.VEILIG_THUIS
            or self.overdracht is None
        ):
            raise ProtocolViolation(
                "R08",
                "De regie op veiligheid ligt niet (weer) bij Veilig Thuis na een "
                "overdracht; er is niets terug te geven.",
            )
        onderbouwing = vereis_onderbouwing(
            onderbouwing, "Het teruggeven van de regie op veiligheid"
        )
        self._emit(ev.RegieOpVeiligheidTeruggegeven, ctx, nu, onderbouwing)


def _ontvanger(ontvanger: dict[str, Any], soort: SoortOverdracht) -> dict[str, Any]:
    if not isinstance(ontvanger, dict):
        raise OngeldigeInvoer("Noem de ontvangende partij.")
    ontvanger_soort = parse(SoortOntvanger, ontvanger.get("soort"), "soort ontvanger")
    code = ontvanger.get("gemeentecode")
    if code:
        gemeente(code)
    if soort == SoortOverdracht.WARM:
        if ontvanger_soort not in ONTVANGERS_WARM:
            raise ProtocolViolation(
                "R08",
                "Na een warme overdracht ligt de regie bij de gemeente: draag over aan de "
                "gemeentelijke consulent, het lokale team of de uitvoeringsdienst.",
            )
        if not code or not (ontvanger.get("contactpersoon") or "").strip():
            raise ProtocolViolation(
                "R08",
                "Noem de gemeente (gemeentecode) en de consulent die de regie overneemt.",
            )
    return {
        "soort": ontvanger_soort,
        "organisatie": tekst(
            ontvanger.get("organisatie") or (gemeente(code).naam if code else None),
            "De naam van de ontvangende organisatie",
        ),
        "gemeentecode": code or None,
        "contactpersoon": (ontvanger.get("contactpersoon") or "").strip() or None,
    }
