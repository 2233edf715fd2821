"""The commands a scenario step may give, each one ledger command with defaults that make a
file short: a scenario names what differs from an ordinary case, the rest comes from
`simulator.teksten`. People are named by their label in the household (`moeder`, `kind1`).

`OPDRACHTEN` says which fields each command takes (the loader refuses others);
`ScenarioOpdrachten` carries them out for `simulator.scenario_spel.Speler`.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from ledger.envelope import Actor, Context
from simulator import teksten

OPDRACHTEN: dict[str, set[str]] = {
    "melding": {"melder", "aard_geweld", "acuut", "structureel", "bestaande_hulp", "omschrijving"},
    "crisisinterventie": {"maatregelen", "huisverbod_dagen"},
    "informeer_consulent": set(),
    "veiligheidsbeoordeling": {"uitkomst", "dienst", "acuut", "structureel", "onderbouwing"},
    "informeer_betrokkenen": {"onderwerp", "personen"},
    "informeer_melder": {"onderwerp"},
    "terugkoppeling_politie": {"inhoud"},
    "start_dienst": {"dienst", "onderbouwing"},
    "veiligheidsvoorwaarden": {"voorwaarden"},
    "veiligheidsplan": {"zonder"},
    "onderzoek_conclusie": {"conclusies", "onderbouwing", "voortijdig"},
    "melding_raad": {"kinderen", "onderbouwing"},
    "warme_overdracht": {"vorm", "ontvanger", "hulp_op_wachtlijst", "overbrugging"},
    "directe_overdracht": {"ontvanger"},
    "monitormoment": {"veiligheid", "bevindingen", "gesproken_met"},
    "zorg": {"bron", "beschrijving", "acuut"},
    "regie_terug": {"onderbouwing"},
    "afstemming_procesregisseur": {"afspraken"},
    "opschaling": {"niveau", "reden"},
    "afsluiten": {"reden", "onderbouwing"},
}
#: Fields that name people of the household by label.
PERSOON_VELDEN = {"personen", "kinderen", "gesproken_met"}


class ScenarioOpdrachten:
    """Mixed into the Speler: `ledger`, `huishouden_id`, `personen` (label -> persoon_id),
    `rollen` (label -> rol), `slachtoffers`, `plegers`, `gemeentecode`, `regio`, `consulent`."""

    ledger: Any
    huishouden_id: UUID | None
    personen: dict[str, str]
    rollen: dict[str, str]
    slachtoffers: list[str]
    plegers: list[str]
    gemeentecode: str
    regio: str
    consulent: Actor

    def ids(self, labels: list[str] | None, *rollen: str) -> list[str]:
        if labels is not None:
            return [self.personen[label] for label in labels]
        return [
            pid
            for label, pid in self.personen.items()
            if not rollen or self.rollen[label] in rollen
        ]

    def melding(self, ctx: Context, _: Any, v: dict[str, Any]) -> UUID:
        melder = v.get("melder", {"type": "professional", "sector": "politie"})
        professional = melder.get("type") == "professional"
        return self.ledger.record_melding(
            ctx,
            huishouden_id=self.huishouden_id,
            vt_organisatie=self.regio,
            melder=melder,
            aard_geweld=v.get("aard_geweld", ["kindermishandeling"]),
            vermoeden_acute_onveiligheid=v.get("acuut", False),
            vermoeden_structurele_onveiligheid=v.get("structureel", True),
            bestaande_hulp=v.get("bestaande_hulp", "Geen hulp bekend." if professional else None),
            omschrijving=v.get("omschrijving", teksten.OMSCHRIJVING["kindermishandeling"][2]),
            betrokken_personen=self.ids(None),
        )

    def crisisinterventie(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        maatregelen = v.get("maatregelen", list(teksten.CRISISMAATREGELEN[:3]))
        self.ledger.record_crisisinterventie(ctx, casus, maatregelen, v.get("huisverbod_dagen"))

    def informeer_consulent(self, ctx: Context, casus: UUID, _: dict[str, Any]) -> None:
        self.ledger.inform_gemeentelijke_consulent(
            ctx, casus, "gemeentelijke consulent", self.gemeentecode
        )

    def veiligheidsbeoordeling(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        uitkomst = v.get("uitkomst", "vervolg_bij_veilig_thuis")
        acuut, structureel = v.get("acuut", False), v.get("structureel", True)
        triage = {
            "acute_onveiligheid": {
                "oordeel": acuut,
                "feiten": "Direct gevaar bij de melding." if acuut else "Nu geen direct gevaar.",
            },
            "structurele_onveiligheid": {
                "oordeel": structureel,
                "patroon": "Herhaald geweld." if structureel else "Geen vast patroon.",
            },
            "aard_geweld": {
                "vormen": ["kindermishandeling"],
                "slachtoffers": self.ids(self.slachtoffers),
                "plegers": self.ids(self.plegers),
            },
            "kinderen": {
                "kinderen": [
                    {"persoon_id": k, "direct_betrokken": k in self.ids(self.slachtoffers)}
                    for k in self.ids(None, "kind")
                ]
            },
            "factoren": {
                "risicofactoren": list(teksten.RISICOFACTOREN[:2]),
                "beschermende_factoren": list(teksten.BESCHERMENDE_FACTOREN[:1]),
            },
            "radar": {"bevindingen": "Wat de radar toont staat in de tijdlijn."},
            "hulp": {"aanwezige_hulp": "Zie de melding.", "kan_en_wil": True},
        }
        self.ledger.record_veiligheidsbeoordeling(
            ctx,
            casus,
            triage=triage,
            uitkomst=uitkomst,
            dienst=v.get("dienst"),
            onderbouwing=v.get("onderbouwing", teksten.ONDERBOUWING_UITKOMST[uitkomst]),
        )

    def informeer_betrokkenen(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        personen = self.ids(v.get("personen"), "ouder", "partner", "kind", "grootouder")
        self.ledger.inform_betrokkenen(ctx, casus, v.get("onderwerp", "melding"), personen)

    def informeer_melder(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.inform_melder(ctx, casus, v.get("onderwerp", "uitkomst_veiligheidsbeoordeling"))

    def terugkoppeling_politie(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        inhoud = v.get("inhoud", "De politie hoorde de uitkomst van de beoordeling en het vervolg.")
        self.ledger.record_terugkoppeling_politie(ctx, casus, inhoud)

    def start_dienst(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        dienst = v.get("dienst", "voorwaarden_en_vervolg")
        onderbouwing = v.get("onderbouwing", teksten.ONDERBOUWING_DIENST[dienst])
        self.ledger.start_dienst(ctx, casus, dienst, onderbouwing)

    def veiligheidsvoorwaarden(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        voorwaarden = v.get("voorwaarden", list(teksten.VOORWAARDEN[:2]))
        self.ledger.record_veiligheidsvoorwaarden(ctx, casus, voorwaarden)

    def veiligheidsplan(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        zonder = set(v.get("zonder", []))
        plan = {k: t for k, t in teksten.VEILIGHEIDSPLAN.items() if k not in zonder}
        self.ledger.record_veiligheidsplan(ctx, casus, plan)

    def onderzoek_conclusie(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.record_onderzoek_conclusie(
            ctx,
            casus,
            v.get("conclusies", {"kindermishandeling": "bevestigd"}),
            v.get("onderbouwing", "Gesprekken met het gezin, school en huisarts geven dit beeld."),
            voortijdig=v.get("voortijdig", False),
        )

    def melding_raad(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.report_to_raad(
            ctx,
            casus,
            self.ids(v.get("kinderen"), "kind"),
            v.get("onderbouwing", "Het geweld is bevestigd en de ouders nemen geen hulp aan."),
        )

    def warme_overdracht(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        wachtlijst = v.get("hulp_op_wachtlijst", False)
        overbrugging = v.get("overbrugging", dict(teksten.OVERBRUGGING) if wachtlijst else None)
        self.ledger.transfer(
            ctx,
            casus,
            soort="warme_overdracht",
            vorm=v.get("vorm", "huisbezoek"),
            ontvanger={
                "soort": v.get("ontvanger", "gemeentelijke_consulent"),
                "gemeentecode": self.gemeentecode,
                "contactpersoon": "gemeentelijke consulent",
            },
            besproken=list(teksten.BESPROKEN),
            hulp_op_wachtlijst=wachtlijst,
            overbrugging=overbrugging or None,
        )

    def directe_overdracht(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.transfer(
            ctx,
            casus,
            soort="directe_overdracht",
            ontvanger={
                "soort": v.get("ontvanger", "lokaal_team"),
                "gemeentecode": self.gemeentecode,
                "organisatie": "Wijkteam",
            },
        )

    def monitormoment(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        veiligheid = v.get("veiligheid", "voldoende")
        self.ledger.record_monitormoment(
            ctx,
            casus,
            gesproken_met=self.ids(v.get("gesproken_met")),
            veiligheid=veiligheid,
            bevindingen=v.get("bevindingen", teksten.MONITOR_BEVINDINGEN[veiligheid]),
        )

    def zorg(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.record_zorg(
            ctx,
            casus,
            bron=v.get("bron", "lokaal team"),
            beschrijving=v.get("beschrijving", "Het lokale team ziet opnieuw spanningen thuis."),
            acuut=v.get("acuut", False),
        )

    def regie_terug(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        onderbouwing = v.get("onderbouwing", "De onveiligheid is opnieuw acuut.")
        self.ledger.return_regie_op_veiligheid(ctx, casus, onderbouwing)

    def afstemming_procesregisseur(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        self.ledger.record_afstemming_procesregisseur(
            ctx,
            casus,
            procesregisseur="procesregisseur van de gemeente",
            afspraken=v.get("afspraken", "Afgestemd wie wat doet binnen het lopende traject."),
        )

    def opschaling(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        reden = v.get("reden", "De afgesproken hulp komt niet op gang.")
        self.ledger.escalate(ctx, casus, v.get("niveau", "leidinggevende"), reden)

    def afsluiten(self, ctx: Context, casus: UUID, v: dict[str, Any]) -> None:
        reden = v.get("reden", "veiligheid_gerealiseerd")
        onderbouwing = v.get("onderbouwing", f"Afgesloten: {reden.replace('_', ' ')}.")
        self.ledger.close_casus(ctx, casus, reden, onderbouwing)
