"""The rest of a trajectory after "vervolg bij Veilig Thuis": the dienst Voorwaarden en Vervolg
or Onderzoek (R11, R12, R32, R37), a melding bij de Raad (R27), the warme overdracht (R09, R10,
R20), the gemeente's part (R13, R19), and monitoring at 3 and 12 months until Veilig Thuis
closes (R04, R05, R06).

A mixin of `simulator.traject.Traject`: it uses the trajectory's household, random source,
agenda and `doe`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ledger import termijnen
from simulator import teksten
from simulator.agenda import lokaal, na, na_dagen, na_werkdagen, op_dag
from simulator.kansen import ja, kies

OORDEEL = {"ja": True, "nee": False, "niet_beoordeeld": None}
MAX_EXTRA_MONITORMOMENTEN = 2


class DienstStappen:
    # Set by Traject; declared here for readers and type checkers.
    regio: Any
    h: Any
    sim: Any
    p: Any
    ledger: Any
    rng: Any
    casus_id: Any
    actor: Any
    behandelaar_toegewezen = False
    incident_in_dienst = False
    gehouden = extra = 0  # monitormomenten held, extra ones planned

    # -- de dienst -------------------------------------------------------------------------------

    def start_dienst(self, dienst: str) -> None:
        rng, nu = self.rng, self.nu
        if not self.behandelaar_toegewezen:
            actor, team = rng.choice(self.regio.behandelaars)
            self.doe(
                self.ledger.assign_behandelaar, self.casus_id, behandelaar=actor.user, team=team
            )
            self.actor, self.behandelaar_toegewezen = actor, True
        self.doe(
            self.ledger.start_dienst, self.casus_id, dienst, teksten.ONDERBOUWING_DIENST[dienst]
        )
        self.sim.telling.diensten += 1
        weken = kies(rng, self.p.dienst.duur_weken)
        eind = na_dagen(nu, 7 * weken + rng.uniform(-3, 3), rng)
        if not self.incident_in_dienst:
            self.incident_in_dienst = True
            self.plan_incident("tijdens_dienst", nu, eind)
        if dienst == "onderzoek":
            self.plan(eind, self.rond_onderzoek_af)
            return
        voorwaarden = na(nu, lokaal(nu + (eind - nu) * rng.uniform(0.15, 0.5)).date(), rng)
        if voorwaarden >= eind:
            voorwaarden = nu + (eind - nu) / 2
        self.plan(voorwaarden, self.stel_voorwaarden_vast)
        self.plan(eind, self.warme_overdracht)

    def stel_voorwaarden_vast(self) -> None:
        voorwaarden = self.rng.sample(teksten.VOORWAARDEN, 2)
        self.doe(self.ledger.record_veiligheidsvoorwaarden, self.casus_id, voorwaarden)
        self.doe(self.ledger.record_veiligheidsplan, self.casus_id, dict(teksten.VEILIGHEIDSPLAN))
        self.informeer("veiligheidsvoorwaarden")

    def rond_onderzoek_af(self) -> None:
        d, h, rng = self.p.dienst, self.h, self.rng
        conclusie = None
        if self.regio.trek("voortijdig", self.sim.voortijdig):
            self.doe(
                self.ledger.record_onderzoek_conclusie,
                self.casus_id,
                {},
                "Het onderzoek is voortijdig afgesloten: het gezin is verhuisd en de hulp loopt.",
                voortijdig=True,
            )
        else:
            soort = h.aard if h.aard in dict(d.conclusies) else "overig"
            conclusie = self.regio.trek(f"conclusie:{soort}", d.conclusies_voor(h.aard))
            self.doe(
                self.ledger.record_onderzoek_conclusie,
                self.casus_id,
                {h.aard: conclusie},
                "Gesprekken met het gezin, school en huisarts geven dit beeld.",
            )
        self.sim.telling.onderzoeken += 1
        self.doe(self.ledger.inform_melder, self.casus_id, "uitkomst_onderzoek")
        vervolg = "afsluiten" if conclusie in (None, "weerlegd") else kies(rng, d.na_onderzoek)
        if vervolg == "raad" and not h.kinderen:
            vervolg = "afsluiten"
        moment = na_werkdagen(self.nu, rng.randint(1, 5), rng)
        if vervolg == "voorwaarden_en_vervolg":
            self.plan(moment, self.start_dienst, "voorwaarden_en_vervolg")
        elif vervolg == "warme_overdracht":
            self.plan(moment, self.warme_overdracht)
        elif vervolg == "raad":
            self.plan(moment, self.meld_bij_raad)
        else:
            self.plan(moment, self.afsluiten, "onderzoek_geen_vervolg")

    def meld_bij_raad(self) -> None:
        self.doe(
            self.ledger.report_to_raad,
            self.casus_id,
            self.h.kinderen,
            "Het geweld is bevestigd en de ouders nemen geen hulp aan; een maatregel lijkt nodig.",
        )
        self.afsluiten(
            "maatregel_raad", "De Raad voor de Kinderbescherming doet onderzoek naar een maatregel."
        )

    # -- warme overdracht en de gemeente --------------------------------------------------------

    def warme_overdracht(self) -> None:
        o, h, rng = self.p.overdracht, self.h, self.rng
        _, naam = self.regio.consulent(h.gemeentecode)
        wachtlijst = ja(rng, o.hulp_op_wachtlijst)
        self.doe(
            self.ledger.transfer,
            self.casus_id,
            soort="warme_overdracht",
            vorm=kies(rng, o.warm_vorm),
            ontvanger={
                "soort": kies(rng, o.warm_ontvanger),
                "gemeentecode": h.gemeentecode,
                "contactpersoon": naam,
            },
            besproken=teksten.BESPROKEN,
            hulp_op_wachtlijst=wachtlijst,
            overbrugging=dict(teksten.OVERBRUGGING) if wachtlijst else None,
        )
        self.sim.telling.overdrachten += 1
        self.informeer("overdracht")
        nu = self.nu
        self.drie, self.twaalf = termijnen.monitormomenten(nu)  # as the ledger plans them (R04)
        self.gehouden = self.extra = 0
        self.plan(self.monitormoment_op(self.drie), self.monitormoment)
        if ja(rng, o.plan_van_aanpak):
            self.plan(na_dagen(nu, rng.uniform(14, 42), rng), self.plan_van_aanpak)
        if ja(rng, o.casusregie_zorgaanbieder):
            self.plan(na_dagen(nu, rng.uniform(21, 56), rng), self.beleg_casusregie)
        self.plan_incident("tijdens_monitoring", nu + timedelta(days=7), op_dag(self.twaalf, 0))

    def plan_van_aanpak(self) -> None:
        actor, _ = self.regio.consulent(self.h.gemeentecode)
        onderdelen = dict(teksten.PLAN_VAN_AANPAK)
        self.doe(self.ledger.record_plan_van_aanpak, self.casus_id, onderdelen, actor=actor)

    def beleg_casusregie(self) -> None:
        actor, _ = self.regio.consulent(self.h.gemeentecode)
        self.doe(
            self.ledger.delegate_casusregie,
            self.casus_id,
            zorgaanbieder="Jeugd- en gezinshulp in de regio",
            voldoende_geequipeerd=True,
            toets="Team met gedragswetenschapper, dag en nacht bereikbaar.",
            actor=actor,
        )

    # -- monitoring -----------------------------------------------------------------------------

    def monitormoment_op(self, gepland: date) -> datetime:
        dagen = kies(self.rng, self.p.monitoring.afwijking_dagen)
        return na(self.nu, gepland + timedelta(days=dagen), self.rng)

    def monitormoment(self) -> None:
        m, rng = self.p.monitoring, self.rng
        veiligheid = "voldoende" if ja(rng, m.veiligheid_voldoende) else "onvoldoende"
        self.doe(
            self.ledger.record_monitormoment,
            self.casus_id,
            gesproken_met=self.h.ids(),
            veiligheid=veiligheid,
            bevindingen=teksten.MONITOR_BEVINDINGEN[veiligheid],
            risicofactoren_aangepakt=OORDEEL[kies(rng, m.risicofactoren_aangepakt)],
            herstel_gestart=OORDEEL[kies(rng, m.herstel_gestart)],
        )
        self.sim.telling.monitormomenten += 1
        self.gehouden += 1
        nu = self.nu
        if self.gehouden == 1:  # the 12-month moment is planned already (R04)
            self.plan(self.monitormoment_op(self.twaalf), self.monitormoment)
        elif veiligheid == "voldoende" and (self.extra or not ja(rng, m.extra_monitormoment)):
            self.plan(
                na_werkdagen(nu, rng.randint(1, 5), rng), self.afsluiten, "veiligheid_gerealiseerd"
            )
        elif veiligheid == "onvoldoende" and self.extra >= MAX_EXTRA_MONITORMOMENTEN:
            self.doe(
                self.ledger.escalate,
                self.casus_id,
                "leidinggevende",
                "De veiligheid blijft onvoldoende na herhaalde monitormomenten.",
            )
            self.plan(
                na_werkdagen(nu, rng.randint(1, 5), rng),
                self.afsluiten,
                "anders",
                "Besproken met de leidinggevende: de gemeente zet zwaardere hulp in.",
            )
        else:
            maanden = m.extra_na_maanden if veiligheid == "voldoende" else 3
            gepland = termijnen.add_maanden(nu, maanden)
            reden = (
                "Veiligheid nog onvoldoende."
                if veiligheid == "onvoldoende"
                else "Vinger aan de pols."
            )
            self.doe(self.ledger.plan_monitormoment, self.casus_id, gepland, reden)
            self.extra += 1
            self.plan(self.monitormoment_op(gepland), self.monitormoment)
