"""De gebeurtenissen van een casus: elke stap van de routekaart als onveranderlijk feit.

Event names are stored data (their topics); rename only with `register_topic`. Each
event names the rules it applies (`REGELS`), which the ledger stamps into its envelope.
`apply` moves the state of the Casus; the checks live in the Casus commands.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from eventsourcing.domain import Aggregate

from ledger.aggregaat import LedgerEvent
from ledger.values import Fase, Regiehouder, SoortOverdracht, Uitkomst

if TYPE_CHECKING:
    from ledger.casus import Casus


class CasusEvent(LedgerEvent):
    """Base of the events of a Casus."""


def _regie(
    houder: Regiehouder, organisatie: str, naam: str | None, e: CasusEvent, team: str | None = None
) -> dict:
    return {
        "houder": str(houder),
        "organisatie": organisatie,
        "team": team,
        "naam": naam,
        "sinds": e.envelope.occurred_at,
        "versie": e.originator_version,
        "event": type(e).__name__,
    }


class MeldingOntvangen(CasusEvent, Aggregate.Created):
    """Een melding is ontvangen: de verantwoordelijkheid voor zicht op veiligheid gaat van de
    melder naar Veilig Thuis (R07). Legt melder en sector vast (R25, R39), het vermoeden
    van acute en structurele onveiligheid en de bestaande hulp (R25). Eerdere betrokkenheid
    (R38), koppeling aan een lopend traject (R14) en de crisisroute (R16) zijn afgeleid."""

    REGELS = ("R07", "R16", "R24", "R25", "R31", "R34", "R38", "R39")
    huishouden_id: str
    vt_organisatie: str
    melder: dict
    aard_geweld: list
    vermoeden_acute_onveiligheid: bool
    vermoeden_structurele_onveiligheid: bool
    bestaande_hulp: str | None
    omschrijving: str
    betrokken_personen: list
    advies_id: str | None
    eerdere_betrokkenheid: str
    gekoppeld_aan: str | None
    buiten_kantoortijd: bool
    crisisdienst: bool
    uiterste_datum_veiligheidsbeoordeling: date
    uiterste_datum_informeren_gegevens: date

    def apply(self, casus: Casus) -> None:
        for veld in (
            "huishouden_id",
            "vt_organisatie",
            "melder",
            "aard_geweld",
            "bestaande_hulp",
            "omschrijving",
            "betrokken_personen",
            "advies_id",
            "eerdere_betrokkenheid",
            "gekoppeld_aan",
            "buiten_kantoortijd",
            "crisisdienst",
            "vermoeden_acute_onveiligheid",
            "vermoeden_structurele_onveiligheid",
        ):
            setattr(casus, veld, getattr(self, veld))
        casus.ontvangen_op = self.envelope.occurred_at
        casus.behandelaar = self.envelope.actor.user
        casus.termijnen = {
            "veiligheidsbeoordeling": {
                "regel": "R31",
                "uiterste_datum": self.uiterste_datum_veiligheidsbeoordeling,
                "voldaan_op": None,
            },
            "informeren_gegevens": {
                "regel": "R34",
                "uiterste_datum": self.uiterste_datum_informeren_gegevens,
                "voldaan_op": None,
            },
        }
        vt = _regie(Regiehouder.VEILIG_THUIS, self.vt_organisatie, casus.behandelaar, self)
        casus.regie = {"regie_op_veiligheid": vt, "procesregie": vt, "casusregie": vt}


class BehandelaarToegewezen(CasusEvent):
    """De casus is toegewezen aan een behandelaar van Veilig Thuis, eventueel binnen een team;
    tot dan is wie de melding vastlegde de behandelaar. De casus staat op diens caseload."""

    behandelaar: str
    team: str | None

    def apply(self, casus: Casus) -> None:
        casus.behandelaar = self.behandelaar
        casus.team = self.team
        # Where Veilig Thuis holds a regie, it now has this behandelaar's name (R07).
        for soort, regie in casus.regie.items():
            if regie["houder"] == Regiehouder.VEILIG_THUIS:
                casus.regie[soort] = _regie(
                    Regiehouder.VEILIG_THUIS,
                    regie["organisatie"],
                    self.behandelaar,
                    self,
                    self.team,
                )


class CrisisinterventieUitgevoerd(CasusEvent):
    """De crisisdienst heeft ingegrepen (R16); de gemeentelijke consulent moet zo snel
    mogelijk worden geïnformeerd."""

    REGELS = ("R16",)
    maatregelen: list
    tijdelijk_huisverbod_dagen: int | None

    def apply(self, casus: Casus) -> None:
        casus.crisisinterventie = {
            "maatregelen": self.maatregelen,
            "tijdelijk_huisverbod_dagen": self.tijdelijk_huisverbod_dagen,
            "op": self.envelope.occurred_at,
        }


class GemeentelijkeConsulentGeinformeerd(CasusEvent):
    """Veilig Thuis heeft na de crisis geschakeld met de gemeentelijke consulent (R16)."""

    REGELS = ("R16",)
    consulent: str
    gemeentecode: str

    def apply(self, casus: Casus) -> None:
        casus.consulent_geinformeerd = True


class VeiligheidsbeoordelingAfgerond(CasusEvent):
    """De veiligheidsbeoordeling met volledige triage (R01) en één uitkomst (R36), binnen of
    buiten de termijn van vijf werkdagen (R31, een feit, geen blokkade)."""

    REGELS = ("R01", "R21", "R31", "R36")
    triage: dict
    uitkomst: str
    dienst: str | None
    binnen_termijn: bool

    def apply(self, casus: Casus) -> None:
        casus.beoordeling = {
            "triage": self.triage,
            "uitkomst": self.uitkomst,
            "dienst": self.dienst,
            "acute_onveiligheid": self.triage["acute_onveiligheid"]["oordeel"],
            "structurele_onveiligheid": self.triage["structurele_onveiligheid"]["oordeel"],
            "binnen_termijn": self.binnen_termijn,
            "op": self.envelope.occurred_at,
        }
        casus.termijnen["veiligheidsbeoordeling"]["voldaan_op"] = self.envelope.occurred_at
        casus.fase = (
            Fase.VERVOLG_BIJ_VEILIG_THUIS
            if self.uitkomst == Uitkomst.VERVOLG_BIJ_VEILIG_THUIS
            else Fase.BEOORDEELD
        )


class BetrokkenenGeinformeerd(CasusEvent):
    """De direct betrokkenen zijn geïnformeerd (R22, R33, R34)."""

    REGELS = ("R22", "R33", "R34")
    onderwerp: str
    persoon_ids: list

    def apply(self, casus: Casus) -> None:
        casus.geinformeerd_betrokkenen.setdefault(self.onderwerp, [])
        for p in self.persoon_ids:
            if p not in casus.geinformeerd_betrokkenen[self.onderwerp]:
                casus.geinformeerd_betrokkenen[self.onderwerp].append(p)
        if self.onderwerp == "gegevensvastlegging":
            casus.termijnen["informeren_gegevens"]["voldaan_op"] = self.envelope.occurred_at


class MelderGeinformeerd(CasusEvent):
    """De melder heeft de uitkomst gehoord (R33)."""

    REGELS = ("R33",)
    onderwerp: str

    def apply(self, casus: Casus) -> None:
        if self.onderwerp not in casus.geinformeerd_melder:
            casus.geinformeerd_melder.append(self.onderwerp)


class DienstGestart(CasusEvent):
    """Start van de dienst Voorwaarden en Vervolg of Onderzoek; termijn tien weken (R32)."""

    REGELS = ("R21", "R32", "R36")
    dienst: str
    uiterste_datum: date

    def apply(self, casus: Casus) -> None:
        # A V&V that becomes an Onderzoek: its ten weeks lapse, the Onderzoek gets its own.
        _laat_vervallen(casus, self, f"dienst_{len(casus.diensten)}")
        casus.dienst = {
            "soort": self.dienst,
            "gestart_op": self.envelope.occurred_at,
            "uiterste_datum": self.uiterste_datum,
        }
        casus.diensten.append(self.dienst)
        casus.termijnen[f"dienst_{len(casus.diensten)}"] = {
            "regel": "R32",
            "uiterste_datum": self.uiterste_datum,
            "voldaan_op": None,
            "dienst": self.dienst,
        }
        casus.fase = Fase(self.dienst)
        if casus.fase == Fase.ONDERZOEK:
            casus.onderzoek = None  # a new Onderzoek (e.g. after V&V) needs its own conclusion


class VeiligheidsvoorwaardenVastgesteld(CasusEvent):
    """De veiligheidsvoorwaarden: wat er minimaal moet gebeuren, blijvend (R11)."""

    REGELS = ("R11",)
    voorwaarden: list

    def apply(self, casus: Casus) -> None:
        casus.veiligheidsvoorwaarden = list(self.voorwaarden)


class VeiligheidsplanOpgesteld(CasusEvent):
    """Veilig Thuis start of vult het veiligheidsplan aan (R11, R12); latere versies vullen
    onderdelen aan of vervangen ze."""

    REGELS = ("R11", "R12")
    onderdelen: dict

    def apply(self, casus: Casus) -> None:
        casus.veiligheidsplan = {**(casus.veiligheidsplan or {}), **self.onderdelen}


class OnderzoekAfgerond(CasusEvent):
    """Het onderzoek is afgerond met per aard van het geweld een conclusie, of voortijdig
    afgesloten (R37)."""

    REGELS = ("R37",)
    conclusies: dict
    voortijdig: bool

    def apply(self, casus: Casus) -> None:
        casus.onderzoek = {"conclusies": self.conclusies, "voortijdig": self.voortijdig}
        _rond_dienst_af(casus, self)


class MeldingBijRaadGedaan(CasusEvent):
    """Veilig Thuis heeft een melding (verzoek tot onderzoek) gedaan bij de Raad voor de
    Kinderbescherming (R27)."""

    REGELS = ("R21", "R27")
    kinderen: list

    def apply(self, casus: Casus) -> None:
        casus.raad_gemeld = True


class Overgedragen(CasusEvent):
    """Warme of directe overdracht (R09, R10, R20); de regie gaat naar de ontvangende
    partij (R08). Na directe overdracht monitort Veilig Thuis niet (R03)."""

    REGELS = ("R03", "R08", "R09", "R10", "R11", "R20", "R21")
    soort: str
    ontvanger: dict
    vorm: str | None
    besproken: list
    datum_eerstvolgende_evaluatie: date | None
    hulp_op_wachtlijst: bool
    overbrugging: dict | None

    def apply(self, casus: Casus) -> None:
        casus.overdracht = {
            "soort": self.soort,
            "ontvanger": self.ontvanger,
            "vorm": self.vorm,
            "besproken": self.besproken,
            "op": self.envelope.occurred_at,
            "datum_eerstvolgende_evaluatie": self.datum_eerstvolgende_evaluatie,
            "hulp_op_wachtlijst": self.hulp_op_wachtlijst,
            "overbrugging": self.overbrugging,
        }
        o = self.ontvanger
        if o.get("gemeentecode"):
            regie = _regie(Regiehouder.GEMEENTE, o["gemeentecode"], o.get("contactpersoon"), self)
        else:
            regie = _regie(Regiehouder.ONTVANGENDE_PARTIJ, o["organisatie"], None, self)
        casus.regie = {"regie_op_veiligheid": regie, "procesregie": regie, "casusregie": regie}
        if casus.dienst is not None:
            _rond_dienst_af(casus, self)
        casus.fase = Fase.MONITORING if self.soort == SoortOverdracht.WARM else Fase.OVERGEDRAGEN


def _laat_vervallen(casus: Casus, e: CasusEvent, *sleutels: str) -> None:
    """Open deadlines that no longer apply lapse: recorded, never counted as met."""
    for sleutel in sleutels:
        termijn = casus.termijnen.get(sleutel)
        if termijn is not None and termijn["voldaan_op"] is None:
            termijn.setdefault("vervallen_op", e.envelope.occurred_at)


def _rond_dienst_af(casus: Casus, e: CasusEvent) -> None:
    termijn = casus.termijnen.get(f"dienst_{len(casus.diensten)}")
    if termijn is not None and termijn["voldaan_op"] is None:
        termijn["voldaan_op"] = e.envelope.occurred_at


class MonitormomentGepland(CasusEvent):
    """Een monitormoment is gepland: 3 en 12 maanden na overdracht (R04), of gekoppeld aan
    de eerstvolgende evaluatie (R10), of extra (R02)."""

    REGELS = ("R02", "R04", "R10")
    monitormoment_id: str
    gepland_op: date
    reden: str

    def apply(self, casus: Casus) -> None:
        casus.monitormomenten.append(
            {
                "id": self.monitormoment_id,
                "gepland_op": self.gepland_op,
                "reden": self.reden,
                "uitgevoerd_op": None,
                "veiligheid": None,
                "gesproken_met": [],
                "uitgevoerd_door": None,
                "bevindingen": None,
                "risicofactoren_aangepakt": None,
                "herstel_gestart": None,
            }
        )
        casus.termijnen[f"monitormoment_{self.monitormoment_id}"] = {
            "regel": "R04",
            "uiterste_datum": self.gepland_op,
            "voldaan_op": None,
        }


class MonitormomentUitgevoerd(CasusEvent):
    """Een medewerker van Veilig Thuis sprak de betrokkenen (R04); niet per se dezelfde. Legt
    vast of de veiligheid voldoende is, en, als het is beoordeeld, of de risicofactoren op een
    effectieve manier zijn aangepakt en of een start is gemaakt met herstel van trauma's: twee
    voorwaarden van stabiele veiligheid (R06). None: op dit moment niet beoordeeld."""

    REGELS = ("R02", "R04", "R05", "R06")
    monitormoment_id: str
    gesproken_met: list
    veiligheid: str
    bevindingen: str
    risicofactoren_aangepakt: bool | None
    herstel_gestart: bool | None

    # Version 1 (before R06's two facts were recorded) lacks both: not assessed.
    class_version = 2

    @staticmethod
    def upcast_v1_v2(state: dict) -> None:
        state["risicofactoren_aangepakt"] = None
        state["herstel_gestart"] = None

    def apply(self, casus: Casus) -> None:
        for m in casus.monitormomenten:
            if m["id"] == self.monitormoment_id:
                m.update(
                    uitgevoerd_op=self.envelope.occurred_at,
                    veiligheid=self.veiligheid,
                    gesproken_met=self.gesproken_met,
                    bevindingen=self.bevindingen,
                    risicofactoren_aangepakt=self.risicofactoren_aangepakt,
                    herstel_gestart=self.herstel_gestart,
                    uitgevoerd_door=self.envelope.actor.user,
                    versie=self.originator_version,
                )
        termijn = casus.termijnen[f"monitormoment_{self.monitormoment_id}"]
        termijn["voldaan_op"] = self.envelope.occurred_at


class PlanVanAanpakVastgelegd(CasusEvent):
    """De gemeente verwerkt het veiligheidsplan in haar plan van aanpak (R13)."""

    REGELS = ("R13",)
    onderdelen: dict

    def apply(self, casus: Casus) -> None:
        casus.plan_van_aanpak = dict(self.onderdelen)


class CasusregieBelegd(CasusEvent):
    """De gemeente belegt casusregie bij een zorgaanbieder, na een toets of die voldoende
    geëquipeerd is; zo niet, dan wordt een tweede partij betrokken (R19)."""

    REGELS = ("R19",)
    zorgaanbieder: str
    voldoende_geequipeerd: bool
    toets: str
    tweede_partij: str | None

    def apply(self, casus: Casus) -> None:
        casus.regie["casusregie"] = _regie(
            Regiehouder.ZORGAANBIEDER, self.zorgaanbieder, self.tweede_partij, self
        )


class ZorgGemeld(CasusEvent):
    """Het lokale team meldt een nieuwe zorg tijdens monitoring (R26); bij acute
    onveiligheid gaat de regie op veiligheid terug naar Veilig Thuis."""

    REGELS = ("R26",)
    bron: str
    beschrijving: str
    acuut: bool

    def apply(self, casus: Casus) -> None:
        casus.zorgen.append(
            {"bron": self.bron, "acuut": self.acuut, "versie": self.originator_version}
        )
        if self.acuut:
            casus.regie["regie_op_veiligheid"] = _regie(
                Regiehouder.VEILIG_THUIS, casus.vt_organisatie, casus.behandelaar, self, casus.team
            )


class NieuweMeldingGekoppeld(CasusEvent):
    """Een nieuw incident leidde tot een nieuwe melding binnen dit traject (R14); bij
    acute onveiligheid ligt de regie op veiligheid weer bij Veilig Thuis (R26)."""

    REGELS = ("R14", "R26")
    nieuwe_casus_id: str
    acuut: bool

    def apply(self, casus: Casus) -> None:
        casus.gekoppelde_meldingen.append(self.nieuwe_casus_id)
        if self.acuut and casus.fase in (Fase.MONITORING, Fase.OVERGEDRAGEN):
            casus.regie["regie_op_veiligheid"] = _regie(
                Regiehouder.VEILIG_THUIS, casus.vt_organisatie, casus.behandelaar, self, casus.team
            )


class RegieOpVeiligheidTeruggegeven(CasusEvent):
    """Na herstel van directe veiligheid gaat de regie op veiligheid terug naar de
    procesregisseur van de gemeente (R08)."""

    REGELS = ("R08",)

    def apply(self, casus: Casus) -> None:
        proces = dict(casus.regie["procesregie"])
        proces.update(
            sinds=self.envelope.occurred_at,
            versie=self.originator_version,
            event=type(self).__name__,
        )
        casus.regie["regie_op_veiligheid"] = proces


class AfstemmingProcesregisseurVastgelegd(CasusEvent):
    """Bij een nieuwe melding binnen een bestaand traject is afgestemd met de
    procesregisseur van de gemeente (R14)."""

    REGELS = ("R14",)
    procesregisseur: str
    afspraken: str

    def apply(self, casus: Casus) -> None:
        casus.afstemming_procesregisseur = True


class Opgeschaald(CasusEvent):
    """Opschaling: eerst de leidinggevende, dan de gemeente (R23)."""

    REGELS = ("R23",)
    niveau: str
    reden: str

    def apply(self, casus: Casus) -> None:
        casus.opschalingen.append(self.niveau)


class PolitieTeruggekoppeld(CasusEvent):
    """De politie hoorde wat er met haar melding is gedaan (R29)."""

    REGELS = ("R29",)
    inhoud: str

    def apply(self, casus: Casus) -> None:
        casus.politie_teruggekoppeld = True


class CasusAfgesloten(CasusEvent):
    """Veilig Thuis sluit af, met reden en onderbouwing (R05)."""

    REGELS = ("R05", "R21")
    reden: str

    def apply(self, casus: Casus) -> None:
        casus.afsluiting = {"reden": self.reden, "op": self.envelope.occurred_at}
        casus.fase = Fase.AFGESLOTEN
        # Diensten and monitormomenten still open end with the case; informing betrokkenen
        # about their data (R34) does not: the dossier stays (R35).
        _laat_vervallen(
            casus, self, *(k for k, t in casus.termijnen.items() if t["regel"] in ("R32", "R04"))
        )


class Gecorrigeerd(CasusEvent):
    """Een correctie op een eerder vastgelegd feit; het oorspronkelijke event blijft staan."""

    gecorrigeerde_versie: int
    wijzigingen: dict
    reden: str

    def apply(self, casus: Casus) -> None:
        casus.pas_correctie_toe(self.gecorrigeerde_versie, self.wijzigingen)
        casus.correcties.append(
            {
                "versie": self.originator_version,
                "corrigeert": self.gecorrigeerde_versie,
                "velden": sorted(self.wijzigingen),
                "reden": self.reden,
            }
        )
