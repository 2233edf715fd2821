"""Casus: één melding en alles wat eruit volgt, als toestandsmachine van de routekaart.

Every command checks the protocol first and raises ProtocolViolation (with the rule id)
before any event exists; then it triggers exactly the events the step stands for. The
events and how they move the state are in `casus_events`; content checks in `regels`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any
from uuid import UUID, uuid5

from ledger import casus_events as ev
from ledger import regels, termijnen
from ledger.aggregaat import LedgerAggregate, check_tijdstip
from ledger.envelope import Context, Envelope, vereis_onderbouwing
from ledger.errors import OngeldigeInvoer, ProtocolViolation
from ledger.gemeenten import gemeente
from ledger.values import (
    AardGeweld,
    Afsluitreden,
    Conclusie,
    Dienst,
    Fase,
    Onderwerp,
    Opschalingsniveau,
    Regiehouder,
    SoortOntvanger,
    SoortOverdracht,
    Uitkomst,
    Veiligheid,
    VormWarmeOverdracht,
    parse,
)

#: Office hours of the bureaudienst (assumption: 09:00-17:00 on working days). Outside
#: them an acute melding goes to the crisisdienst (R16).
KANTOOR_OPEN, KANTOOR_DICHT = time(9, 0), time(17, 0)

#: Fields a correction may change, per event type; "occurred_at" for every event.
CORRIGEERBAAR: dict[str, set[str]] = {
    "MeldingOntvangen": {"melder", "aard_geweld", "bestaande_hulp", "omschrijving"},
    "MonitormomentUitgevoerd": {"gesproken_met", "bevindingen"},
}

ACTIEVE_DIENSTEN = (Fase.VOORWAARDEN_EN_VERVOLG, Fase.ONDERZOEK)
#: R36: each outcome leads to the next step the routekaart knows.
VERVOLGSTAP = {
    Uitkomst.OVERDRACHT: "een directe overdracht",
    Uitkomst.GEEN_VERVOLG: "afsluiten (geen vervolg)",
    Uitkomst.REGIONAAL_MAATWERK: "afsluiten (regionaal maatwerk)",
}
ONTVANGERS_WARM = (
    SoortOntvanger.GEMEENTELIJKE_CONSULENT,
    SoortOntvanger.LOKAAL_TEAM,
    SoortOntvanger.UITVOERINGSDIENST,
)


def buiten_kantoortijd(moment: datetime) -> bool:
    """R16: na 17.00 uur, vóór kantoortijd, in het weekend of op een feestdag."""
    lokaal = moment.astimezone(termijnen.AMSTERDAM)
    if not termijnen.is_werkdag(lokaal.date()):
        return True
    return not (KANTOOR_OPEN <= lokaal.time() < KANTOOR_DICHT)


def _tekst(waarde: Any, wat: str) -> str:
    if not isinstance(waarde, str) or not waarde.strip():
        raise OngeldigeInvoer(f"{wat} ontbreekt.")
    return waarde.strip()


class Casus(LedgerAggregate):
    """Een casus bij Veilig Thuis, van melding tot afsluiting."""

    def __init__(self) -> None:
        super().__init__()
        self.fase = Fase.MELDING
        self.termijnen: dict[str, dict] = {}
        self.regie: dict[str, dict] = {}
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
        maatregelen = [m.strip() for m in maatregelen if isinstance(m, str) and m.strip()]
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
            consulent=_tekst(consulent, "De naam van de consulent"),
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
        voorwaarden = [v.strip() for v in voorwaarden if isinstance(v, str) and v.strip()]
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
        monitormoment_ids: tuple[str, ...] = (),
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
            ids = monitormoment_ids or (self._monitormoment_id(1), self._monitormoment_id(2))
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
            reden=_tekst(reden, "De reden van het extra monitormoment"),
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
    ) -> None:
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
            bevindingen=_tekst(bevindingen, "De bevindingen"),
        )

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
            zorgaanbieder=_tekst(zorgaanbieder, "De zorgaanbieder"),
            voldoende_geequipeerd=bool(voldoende_geequipeerd),
            toets=_tekst(toets, "De toets of de zorgaanbieder geëquipeerd is"),
            tweede_partij=(tweede_partij or "").strip() or None,
        )

    def record_zorg(
        self, ctx: Context, nu: datetime, bron: str, beschrijving: str, acuut: bool
    ) -> None:
        self._vereis_fase("R26", (Fase.MONITORING,), "Een nieuwe zorg tijdens monitoring")
        self._emit(
            ev.ZorgGemeld,
            ctx,
            nu,
            bron=_tekst(bron, "Wie de zorg meldt"),
            beschrijving=_tekst(beschrijving, "De beschrijving van de zorg"),
            acuut=bool(acuut),
        )

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
            procesregisseur=_tekst(procesregisseur, "De procesregisseur"),
            afspraken=_tekst(afspraken, "De gemaakte afspraken"),
        )

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
        self._emit(ev.Opgeschaald, ctx, nu, niveau=niveau, reden=_tekst(reden, "De reden"))

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
        self._emit(ev.PolitieTeruggekoppeld, ctx, nu, inhoud=_tekst(inhoud, "De terugkoppeling"))

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
        self._emit(
            ev.Gecorrigeerd,
            ctx,
            nu,
            gecorrigeerde_versie=versie,
            wijzigingen=wijzigingen,
            reden=_tekst(reden, "De reden van de correctie"),
        )

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
        "organisatie": _tekst(
            ontvanger.get("organisatie") or (gemeente(code).naam if code else None),
            "De naam van de ontvangende organisatie",
        ),
        "gemeentecode": code or None,
        "contactpersoon": (ontvanger.get("contactpersoon") or "").strip() or None,
    }


def _vereis(regel: str, voorwaarde: bool, bericht: str) -> None:
    if not voorwaarde:
        raise ProtocolViolation(regel, bericht)


def _uitkomst(c: Casus) -> str | None:
    return c.beoordeling["uitkomst"] if c.beoordeling else None


#: R05: each reason for closing asks for its own grounds in the case.
_AFSLUITEN: dict[Afsluitreden, Callable[[Casus], None]] = {
    Afsluitreden.VEILIGHEID_GEREALISEERD: lambda c: _vereis(
        "R05",
        c.fase == Fase.MONITORING
        and any(m["uitgevoerd_op"] for m in c.monitormomenten)
        and max(
            (m for m in c.monitormomenten if m["uitgevoerd_op"]), key=lambda m: m["uitgevoerd_op"]
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

FASE_NAMEN: dict[Fase, str] = {
    Fase.MELDING: "melding, wacht op veiligheidsbeoordeling",
    Fase.BEOORDEELD: "veiligheidsbeoordeling afgerond",
    Fase.VERVOLG_BIJ_VEILIG_THUIS: "vervolg bij Veilig Thuis, dienst nog niet gestart",
    Fase.VOORWAARDEN_EN_VERVOLG: "Voorwaarden en Vervolg",
    Fase.ONDERZOEK: "Onderzoek",
    Fase.MONITORING: "monitoring na warme overdracht",
    Fase.OVERGEDRAGEN: "direct overgedragen",
    Fase.AFGESLOTEN: "afgesloten",
}
