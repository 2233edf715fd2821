"""One casus along the routekaart: melding, crisis (R16), veiligheidsbeoordeling (R31, R36),
informing (R22, R29, R33, R34), and the outcomes that end at Veilig Thuis: geen vervolg,
regionaal maatwerk, directe overdracht, or USD verder met advies (R15). The diensten, the warme
overdracht and monitoring are in `simulator.diensten`.

Every step is a ledger command at its simulated moment; each step plans the next one on the
agenda. The trajectory keeps track only of what it needs to choose its next step; what the
casus is, the ledger says. New incidents during the trajectory become new meldingen about the
same household (R14), planned inside the phase they belong to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ledger.envelope import Actor
from ledger.routekaart import buiten_kantoortijd
from simulator import teksten
from simulator.agenda import na_werkdagen, volgend_kantoormoment
from simulator.diensten import DienstStappen
from simulator.huishoudens import SimHuishouden
from simulator.kansen import ja, kies
from simulator.parameters import Verdeling

if TYPE_CHECKING:
    from simulator.regio import Regio


class Traject(DienstStappen):
    def __init__(self, regio: Regio, h: SimHuishouden) -> None:
        self.regio, self.h = regio, h
        self.sim = regio.sim
        self.p = regio.sim.parameters
        self.ledger = regio.sim.ledger
        self.rng = h.rng
        self.casus_id: UUID | None = None
        self.actor = regio.bureaudienst
        self.melder: dict[str, Any] = {}
        self.acuut = self.structureel = self.gekoppeld = False
        self.eerder = 0  # meldingen about the household before this one (radar, R24)
        self.lopend = False  # a running trajectory as the ledger sees it (R14)

    # -- plumbing --------------------------------------------------------------------------------

    @property
    def nu(self) -> datetime:
        return self.sim.agenda.nu

    def doe(self, opdracht: Callable[..., Any], *args: Any, actor: Actor | None = None, **kw: Any):
        """The ledger command `opdracht` about this casus, now."""
        return self.sim.doe(self.h, actor or self.actor, opdracht, *args, **kw)

    def plan(self, moment: datetime, stap: Callable[..., None], *args: Any) -> None:
        self.sim.agenda.plan(moment, partial(stap, *args))

    def plan_incident(self, fase: str, van: datetime, tot: datetime) -> None:
        """Maybe a new incident between `van` and `tot`: a vervolgmelding (R14). Whether is a
        quota draw per phase (`nieuw_incident.<fase>`): the vervolg shares are calibrated."""
        kans = getattr(self.p.nieuw_incident, fase)
        ja_nee = Verdeling((True, False), (kans, 1 - kans))
        if self.regio.trek(f"nieuw_incident.{fase}", ja_nee) and tot - van > timedelta(hours=2):
            moment = van + (tot - van) * self.rng.uniform(0.02, 0.98)
            self.plan(moment, self.regio.vervolgmelding, self.h)

    # -- melding ---------------------------------------------------------------------------------

    def melding(self, melder: dict[str, Any], advies_id: str | None = None) -> None:
        h, m, nu = self.h, self.p.melding, self.nu
        wie = self.regio.crisisdienst if buiten_kantoortijd(nu) else self.actor  # R16
        if h.id is None:
            h.id = self.doe(
                self.ledger.register_huishouden,
                actor=wie,
                gemeentecode=h.gemeentecode,
                adres=h.adres(self.regio.huishoudens.faker),
                personen=h.personen,
            )
        self.melder = melder
        self.acuut = ja(self.rng, m.acute_onveiligheid)
        self.structureel = ja(self.rng, m.structurele_onveiligheid)
        self.gekoppeld = h.lopend > 0  # the ledger links it to the running trajectory (R14)
        professional = melder["type"] == "professional"
        self.casus_id = self.doe(
            self.ledger.record_melding,
            actor=wie,
            huishouden_id=h.id,
            vt_organisatie=self.regio.code,
            melder=melder,
            aard_geweld=[h.aard],
            vermoeden_acute_onveiligheid=self.acuut,
            vermoeden_structurele_onveiligheid=self.structureel,
            bestaande_hulp=self.rng.choice(teksten.HULP) if professional else None,
            omschrijving=self.rng.choice(teksten.OMSCHRIJVING[h.aard]),
            betrokken_personen=h.ids(),
            advies_id=advies_id,
        )
        self.eerder = h.meldingen
        h.meldingen += 1
        h.open_casussen += 1
        h.lopend += 1
        self.lopend = True
        self.sim.telling.meldingen += 1
        self._plan_na_melding(nu)

    def _plan_na_melding(self, nu: datetime) -> None:
        vb = self.p.veiligheidsbeoordeling
        if self.acuut and buiten_kantoortijd(nu) and ja(self.rng, vb.crisisinterventie):
            self.plan(nu + timedelta(minutes=self.rng.uniform(15, 90)), self.crisisinterventie)
            beoordeling = nu + timedelta(minutes=self.rng.uniform(120, 300))
        elif self.acuut:  # R31: acute, so at once
            beoordeling = nu + timedelta(minutes=self.rng.uniform(30, 180))
        else:
            beoordeling = na_werkdagen(nu, kies(self.rng, vb.werkdagen), self.rng)
        self.plan(beoordeling, self.veiligheidsbeoordeling)
        informeren = na_werkdagen(nu, kies(self.rng, vb.informeren_werkdagen), self.rng)
        self.plan(informeren, self.informeer_over_melding)
        if self.gekoppeld:
            self.plan(na_werkdagen(nu, self.rng.randint(0, 2), self.rng), self.afstemmen)
        self.plan_incident("tijdens_veiligheidsbeoordeling", nu, beoordeling)

    def crisisinterventie(self) -> None:
        maatregelen = self.rng.sample(teksten.CRISISMAATREGELEN, 2)
        huisverbod = (
            10 if ja(self.rng, self.p.veiligheidsbeoordeling.tijdelijk_huisverbod) else None
        )
        if huisverbod:
            maatregelen.append("tijdelijk huisverbod")
        self.doe(
            self.ledger.record_crisisinterventie,
            self.casus_id,
            maatregelen,
            huisverbod,
            actor=self.regio.crisisdienst,
        )
        self.sim.telling.crisisinterventies += 1
        self.plan(volgend_kantoormoment(self.nu, self.rng), self.informeer_consulent)

    def informeer_consulent(self) -> None:
        _, naam = self.regio.consulent(self.h.gemeentecode)
        self.doe(
            self.ledger.inform_gemeentelijke_consulent, self.casus_id, naam, self.h.gemeentecode
        )

    def informeer_over_melding(self) -> None:
        for onderwerp in ("melding", "gegevensvastlegging"):
            self.informeer(onderwerp)

    def informeer(self, onderwerp: str) -> None:
        betrokkenen = self.h.slachtoffers + self.h.ids("ouder", "partner", "grootouder")
        persoon_ids = list(dict.fromkeys(betrokkenen))
        self.doe(self.ledger.inform_betrokkenen, self.casus_id, onderwerp, persoon_ids)

    def afstemmen(self) -> None:
        _, naam = self.regio.consulent(self.h.gemeentecode)
        self.doe(
            self.ledger.record_afstemming_procesregisseur,
            self.casus_id,
            procesregisseur=naam,
            afspraken="Afgestemd wie wat doet binnen het lopende traject.",
        )

    # -- veiligheidsbeoordeling ----------------------------------------------------------------

    def triage(self) -> dict[str, Any]:
        h, rng = self.h, self.rng
        hulp = self.melder.get("type") == "professional"
        return {
            "acute_onveiligheid": {
                "oordeel": self.acuut,
                "feiten": "Direct gevaar bij de melding."
                if self.acuut
                else "Nu geen direct gevaar.",
            },
            "structurele_onveiligheid": {
                "oordeel": self.structureel,
                "patroon": "Herhaald geweld." if self.structureel else "Geen vast patroon.",
            },
            "aard_geweld": {
                "vormen": [h.aard],
                "slachtoffers": h.slachtoffers,
                "plegers": h.plegers,
            },
            "kinderen": {
                "kinderen": [
                    {"persoon_id": k, "direct_betrokken": h.aard == "kindermishandeling"}
                    for k in h.kinderen
                ]
            },
            "factoren": {
                "risicofactoren": rng.sample(teksten.RISICOFACTOREN, 2),
                "beschermende_factoren": rng.sample(teksten.BESCHERMENDE_FACTOREN, 1),
            },
            "radar": {
                "bevindingen": f"{self.eerder} eerdere melding(en) bekend."
                if self.eerder
                else "Geen eerdere meldingen, ook niet bij andere Veilig Thuis-organisaties."
            },
            "hulp": {
                "aanwezige_hulp": "Hulp is betrokken." if hulp else "Geen hulp bekend.",
                "kan_en_wil": rng.random() < 0.7,
            },
        }

    def veiligheidsbeoordeling(self) -> None:
        vb = self.p.veiligheidsbeoordeling
        uitkomst = self.regio.trek("uitkomst", vb.uitkomst)
        dienst = None
        if uitkomst == "vervolg_bij_veilig_thuis":
            dienst = self.regio.trek("dienst", self.sim.dienstkeuze)
        buiten = buiten_kantoortijd(self.nu)
        self.doe(
            self.ledger.record_veiligheidsbeoordeling,
            self.casus_id,
            actor=self.regio.crisisdienst if buiten else self.actor,
            triage=self.triage(),
            uitkomst=uitkomst,
            dienst=dienst,
            onderbouwing=teksten.ONDERBOUWING_UITKOMST[uitkomst],
        )
        nu, rng = self.nu, self.rng
        self.plan(na_werkdagen(nu, rng.randint(0, 1), rng), self.informeer_over_uitkomst)
        if uitkomst == "vervolg_bij_veilig_thuis":
            start = na_werkdagen(nu, kies(rng, self.p.dienst.start_werkdagen), rng)
            self.plan(start, self.start_dienst, dienst)
        elif (
            uitkomst == "overdracht"
            and self.gekoppeld
            and ja(rng, self.p.overdracht.usd_verder_met_advies)
        ):
            self.plan(
                na_werkdagen(nu, rng.randint(1, 3), rng), self.afsluiten, "usd_verder_met_advies"
            )
        elif uitkomst == "overdracht":
            dagen = kies(rng, self.p.overdracht.werkdagen_directe_overdracht)
            self.plan(na_werkdagen(nu, dagen, rng), self.directe_overdracht)
        else:
            self.plan(na_werkdagen(nu, rng.randint(1, 3), rng), self.afsluiten, uitkomst)

    def informeer_over_uitkomst(self) -> None:
        self.informeer("uitkomst_veiligheidsbeoordeling")
        self.doe(self.ledger.inform_melder, self.casus_id, "uitkomst_veiligheidsbeoordeling")
        if self.melder.get("sector") == "politie" and ja(
            self.rng, self.p.veiligheidsbeoordeling.politie_terugkoppeling
        ):
            self.doe(
                self.ledger.record_terugkoppeling_politie,
                self.casus_id,
                "De politie hoorde de uitkomst van de veiligheidsbeoordeling en het vervolg.",
            )

    # -- ending here -----------------------------------------------------------------------------

    def directe_overdracht(self) -> None:
        soort = kies(self.rng, self.p.overdracht.direct_ontvanger)
        organisatie = {
            "lokaal_team": "Wijkteam",
            "betrokken_professional": "Betrokken hulpverlener",
            "multidisciplinair_team": "Multidisciplinair team",
            "gemeentelijke_consulent": "Gemeente",
            "uitvoeringsdienst": "Uitvoeringsdienst",
            "zorgaanbieder": "Zorgaanbieder",
        }[soort]
        ontvanger = {
            "soort": soort,
            "gemeentecode": self.h.gemeentecode,
            "organisatie": organisatie,
        }
        self.doe(
            self.ledger.transfer, self.casus_id, soort="directe_overdracht", ontvanger=ontvanger
        )
        self.niet_meer_lopend()
        self.sim.telling.overdrachten += 1
        self.informeer("overdracht")
        self.afsluiten("directe_overdracht")

    def niet_meer_lopend(self) -> None:
        if self.lopend:
            self.lopend = False
            self.h.lopend -= 1

    def afsluiten(self, reden: str, onderbouwing: str | None = None) -> None:
        self.doe(
            self.ledger.close_casus,
            self.casus_id,
            reden,
            onderbouwing or f"Afgesloten: {reden.replace('_', ' ')}; besproken in het teamoverleg.",
        )
        self.niet_meer_lopend()
        self.h.open_casussen -= 1
        self.sim.telling.afgesloten += 1
        self.regio.plan_terugkeer(self.h)
