"""Demo cases: five synthetic casussen recorded through the real ledger commands.

Everything here is made up. All people (names, BSN that pass the elfproef, dates of birth,
addresses) come from one seeded Faker("nl_NL"); the gemeenten are real CBS codes from
`ledger/data/gemeenten.csv`. The ledger's own clock sets the recorded time, so what
happened (`occurred_at`) lies in the recent past. Every command carries an idempotency key
"demo:<case>:<step>": the cases get stable ids, a repeated run stores nothing, and the demo
is recognisable in the event log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from eventsourcing.utils import get_topic
from faker import Faker

from ledger import termijnen
from ledger.application import Ledger
from ledger.casus_events import MeldingOntvangen
from ledger.envelope import Actor, Context
from ledger.gemeenten import gemeente

AMS = ZoneInfo("Europe/Amsterdam")
DEMO_SEED = 20250303
DEMO_PREFIX = "demo:"
VT = "VR09"  # Veilig Thuis regio Utrecht

#: The demo cases in the order they are recorded: key and what they show.
DEMO_CASUSSEN: tuple[tuple[str, str], ...] = (
    ("a", "Voorwaarden en Vervolg, warme overdracht en een monitormoment"),
    ("b", "directe overdracht aan het wijkteam"),
    ("c", "acute melding op zaterdagavond, crisisdienst, consulent geïnformeerd"),
    ("d", "Onderzoek dat eindigt in een melding bij de Raad"),
    ("e", "vervolgmelding in het huishouden van casus a, tijdens monitoring"),
)


def find_demo_cases(ledger: Ledger) -> list[UUID]:
    """The casussen the demo recorded in this ledger, in the order it recorded them."""
    found, start = [], 1
    while True:
        batch = ledger.recorder.select_notifications(
            start=start, limit=500, topics=[get_topic(MeldingOntvangen)]
        )
        for notification in batch:
            event = ledger.mapper.to_domain_event(notification)
            if (event.envelope.idempotency_key or "").startswith(DEMO_PREFIX):
                found.append(event.originator_id)
        if len(batch) < 500:
            return found
        start = batch[-1].id + 1


def record_demo_cases(
    ledger: Ledger,
    faker_seed: int = DEMO_SEED,
    now: datetime | None = None,
    on_case: Callable[[str, str, UUID], None] | None = None,
) -> list[UUID]:
    """Record the demo cases (see DEMO_CASUSSEN); `on_case` hears of each one when done."""
    demo = _Demo(ledger, faker_seed, now or datetime.now(AMS))
    ids = []
    for sleutel, beschrijving in DEMO_CASUSSEN:
        ids.append(getattr(demo, f"case_{sleutel}")())
        if on_case is not None:
            on_case(sleutel, beschrijving, ids[-1])
    return ids


class _Demo:
    def __init__(self, ledger: Ledger, seed: int, now: datetime) -> None:
        self.ledger, self.now = ledger, now.astimezone(AMS)
        self.faker = Faker("nl_NL")
        self.faker.seed_instance(seed)
        self.werker = self._actor("vt", "vt_medewerker", VT)
        self.crisisdienst = self._actor("crisisdienst", "vt_medewerker", VT)
        self.consulent = self.faker.name()
        self.case, self.step, self.when, self.actor = "", 0, self.now, self.werker

    def _actor(self, prefix: str, rol: str, organisatie: str) -> Actor:
        return Actor(f"{prefix}.{self.faker.user_name()}", rol, organisatie)

    # -- time and commands ---------------------------------------------------------------

    def begin(self, case: str, days_ago: int, hour: int, minute: int = 0, werkdag=True) -> None:
        """Start a case `days_ago` days before now, on the first working day from there."""
        day = self.now.date() - timedelta(days=days_ago)
        day = termijnen.volgende_werkdag_of_zelf(day) if werkdag else day
        self.case, self.step, self.actor = case, 0, self.werker
        self.when = datetime.combine(day, time(hour, minute), tzinfo=AMS)

    def at(self, days: int, hour: int, minute: int = 0) -> _Demo:
        """Move the case's clock `days` on (to a working day) to hour:minute, never back."""
        day = self.when.date() + timedelta(days=days)
        day = termijnen.volgende_werkdag_of_zelf(day) if days else day
        moment = datetime.combine(day, time(hour, minute), tzinfo=AMS)
        self.when = max(moment, self.when + timedelta(minutes=20))
        return self

    def do(self, command: str, *args: Any, **kwargs: Any) -> Any:
        self.step += 1
        key = f"{DEMO_PREFIX}{self.case}:{self.step:02d}-{command}"
        ctx = Context(actor=self.actor, occurred_at=self.when, idempotency_key=key)
        return getattr(self.ledger, command)(ctx, *args, **kwargs)

    # The steps read best one per line, as a worker would write them down.
    # fmt: off
    # -- people and recurring steps ------------------------------------------------------

    def huishouden(self, gemeentecode: str, kinderen: int = 2) -> tuple[UUID, dict[str, list]]:
        f, achternaam = self.faker, self.faker.last_name()
        rollen = [("ouder", f.first_name_female(), 26, 44), ("ouder", f.first_name_male(), 27, 50)]
        rollen += [("kind", f.first_name(), 1, 15) for _ in range(kinderen)]
        personen = [
            {"voornaam": voornaam, "achternaam": achternaam, "rol": rol, "bsn": f.ssn(),
             "geboortedatum": f.date_of_birth(minimum_age=jong, maximum_age=oud)}
            for rol, voornaam, jong, oud in rollen
        ]
        adres = {"straat": f.street_name(), "huisnummer": f.building_number(),
                 "postcode": f.postcode(), "woonplaats": gemeente(gemeentecode).naam}
        hid = self.do("register_huishouden", gemeentecode=gemeentecode, adres=adres,
                      personen=personen)
        leden = self.ledger.huishouden(hid)["personen"]
        p = {r: [m["persoon_id"] for m in leden if m["rol"] == r] for r in ("ouder", "kind")}
        p.update(namen=[m["voornaam"] for m in leden], alle=[m["persoon_id"] for m in leden])
        return hid, p

    def melding(self, hid: UUID, sector: str | None, aard: str, wat: str, **kw: Any) -> UUID:
        """A melding by a professional of `sector`, or by a neighbour when it is None."""
        melder = (
            {"type": "professional", "sector": sector} if sector else {"type": "niet_professional"}
        )
        return self.do(
            "record_melding", huishouden_id=hid, vt_organisatie=VT, melder=melder,
            aard_geweld=[aard], vermoeden_acute_onveiligheid=kw.get("acuut", False),
            vermoeden_structurele_onveiligheid=True, omschrijving=wat,
            bestaande_hulp=kw.get("hulp", "Geen hulp bekend." if sector else None),
        )

    def beoordeling(self, cid: UUID, p: dict, aard: str, uitkomst: str, **kw: Any) -> None:
        """A complete triage (R01) and its outcome; kw: onderbouwing, dienst, and for the
        triage acuut, radar and kan_en_wil."""
        slachtoffers = p["kind"] if aard == "kindermishandeling" else p["ouder"][:1]
        acuut = kw.pop("acuut", False)
        feiten = "Direct gevaar; zie de crisisinterventie." if acuut else "Nu geen direct gevaar."
        radar = kw.pop("radar", "Geen eerdere meldingen, ook niet in andere regio's.")
        triage = {
            "acute_onveiligheid": {"oordeel": acuut, "feiten": feiten},
            "structurele_onveiligheid": {"oordeel": True, "patroon": "Herhaald geweld."},
            "aard_geweld": {"vormen": [aard], "slachtoffers": slachtoffers,
                            "plegers": p["ouder"][1:]},
            "kinderen": {"kinderen": [{"persoon_id": k, "direct_betrokken": True}
                                      for k in p["kind"]]},
            "factoren": {"risicofactoren": ["financiële stress", "weinig netwerk"],
                         "beschermende_factoren": ["betrokken grootmoeder"]},
            "radar": {"bevindingen": radar},
            "hulp": {"aanwezige_hulp": "Huisarts is op de hoogte.",
                     "kan_en_wil": kw.pop("kan_en_wil", True)},
        }
        self.do("record_veiligheidsbeoordeling", cid, triage=triage, uitkomst=uitkomst, **kw)

    def informeer(self, cid: UUID, p: dict, *onderwerpen: str, melder: bool = False) -> None:
        for onderwerp in onderwerpen:
            self.do("inform_betrokkenen", cid, onderwerp, p["ouder"])
            if melder:
                self.do("inform_melder", cid, onderwerp)

    # -- the cases -----------------------------------------------------------------------

    def case_a(self) -> UUID:
        self.begin("a", 200, 9, 30)
        self.huishouden_a, p = self.huishouden("GM0344")
        self.personen_a = p
        cid = self.melding(
            self.huishouden_a, "onderwijs", "kindermishandeling",
            f"De mentor van {p['namen'][2]} ziet blauwe plekken; het kind zegt dat vader slaat.",
            hulp="Schoolmaatschappelijk werk is betrokken.",
        )
        self.at(1, 10).informeer(cid, p, "melding", "gegevensvastlegging")
        self.at(2, 14).beoordeling(
            cid, p, "kindermishandeling", "vervolg_bij_veilig_thuis",
            dienst="voorwaarden_en_vervolg", onderbouwing="Structurele onveiligheid: vader slaat "
            "de kinderen als hij boos is. Beide ouders erkennen dit en willen hulp.",
        )
        self.informeer(cid, p, "uitkomst_veiligheidsbeoordeling", melder=True)
        self.at(1, 9, 30).do("start_dienst", cid, "voorwaarden_en_vervolg",
                             "De ouders erkennen het geweld en werken mee; voorwaarden en een "
                             "veiligheidsplan volstaan.")
        voorwaarden = ["De kinderen worden niet geslagen.", "Vader neemt een time-out."]
        self.at(7, 11).do("record_veiligheidsvoorwaarden", cid, voorwaarden)
        self.do("record_veiligheidsplan", cid, {
            "onveilige_gebeurtenissen": "Vader sloeg de oudste op de arm na ruzie over school.",
            "veiligheidsvoorwaarden": "De kinderen worden niet geslagen, ook niet bij ruzie.",
            "veiligheidspersoon_kinderen": "De grootmoeder van moederskant.",
            "motivatie_hulp": "Opvoedondersteuning helpt vader om rustig te blijven.",
        })
        ontvanger = {"soort": "gemeentelijke_consulent", "gemeentecode": "GM0344",
                     "contactpersoon": self.consulent}
        besproken = ["hulpvragen", "veiligheidsplan", "veiligheidsvoorwaarden", "vervolgafspraken"]
        self.at(14, 15).do("transfer", cid, soort="warme_overdracht", vorm="huisbezoek",
                           ontvanger=ontvanger, besproken=besproken)
        self.informeer(cid, p, "overdracht")
        self.at(92, 10).do("record_monitormoment", cid, gesproken_met=p["alle"],
                           veiligheid="voldoende", bevindingen="Geen nieuw geweld; de ouders "
                           "houden zich aan de afspraken.", risicofactoren_aangepakt=True,
                           herstel_gestart=False)
        return cid

    def case_b(self) -> UUID:
        self.begin("b", 60, 11)
        hid, p = self.huishouden("GM0307", kinderen=1)
        cid = self.melding(hid, "huisarts", "partnergeweld", "Moeder vertelt de huisarts over "
                           "ruzies waarin vader haar duwt.", hulp="Het wijkteam helpt al.")
        self.at(1, 10).informeer(cid, p, "melding", "gegevensvastlegging")
        self.at(2, 13).beoordeling(cid, p, "partnergeweld", "overdracht", onderbouwing="Geen "
                                   "acute onveiligheid; het wijkteam kent het gezin en kan de "
                                   "veiligheid borgen.")
        self.informeer(cid, p, "uitkomst_veiligheidsbeoordeling", melder=True)
        ontvanger = {"soort": "lokaal_team", "gemeentecode": "GM0307", "organisatie": "Wijkteam"}
        self.at(1, 10).do("transfer", cid, soort="directe_overdracht", ontvanger=ontvanger)
        self.informeer(cid, p, "overdracht")
        self.do("close_casus", cid, "directe_overdracht", "Het wijkteam heeft de regie; na een "
                "directe overdracht monitort Veilig Thuis niet.")
        return cid

    def case_c(self) -> UUID:
        zaterdag = 14 + (self.now.weekday() - 5) % 7  # days ago: a Saturday, two weeks back
        self.begin("c", zaterdag, 22, 40, werkdag=False)
        self.actor = self.crisisdienst  # outside office hours
        hid, p = self.huishouden("GM0355")
        cid = self.melding(hid, "politie", "partnergeweld", "Politie ter plaatse: vader bedreigde "
                           "moeder met een mes, de kinderen waren erbij.", acuut=True)
        maatregelen = ["huisbezoek door de crisisdienst", "tijdelijk huisverbod voor vader"]
        self.at(0, 23, 15).do("record_crisisinterventie", cid, maatregelen, 10)
        self.at(0, 23, 50).beoordeling(
            cid, p, "partnergeweld", "vervolg_bij_veilig_thuis", acuut=True,
            dienst="voorwaarden_en_vervolg", onderbouwing="Acute onveiligheid door bedreiging "
            "met een mes; met het huisverbod is er nu rust. Moeder wil hulp.",
        )
        self.actor = self.werker  # Monday morning: the bureaudienst takes over
        self.at(2, 9, 10).do("inform_gemeentelijke_consulent", cid, self.faker.name(), "GM0355")
        self.at(0, 11).do("start_dienst", cid, "voorwaarden_en_vervolg", "Het huisverbod geeft "
                          "ruimte om met beide ouders voorwaarden af te spreken.")
        self.do("record_terugkoppeling_politie", cid, "Huisverbod; Voorwaarden en Vervolg loopt.")
        return cid

    def case_d(self) -> UUID:
        self.begin("d", 120, 10)
        hid, p = self.huishouden("GM0356", kinderen=1)
        cid = self.melding(hid, "ziekenhuis", "kindermishandeling", "Op de spoedeisende hulp "
                           "heeft de baby een botbreuk die de ouders niet verklaren.")
        self.at(1, 9).informeer(cid, p, "melding", "gegevensvastlegging")
        self.at(1, 16).beoordeling(
            cid, p, "kindermishandeling", "vervolg_bij_veilig_thuis", dienst="onderzoek",
            kan_en_wil=False, onderbouwing="Onverklaard letsel bij een baby en de ouders "
            "ontkennen; zonder onderzoek is niet vast te stellen of het kind veilig is.",
        )
        self.informeer(cid, p, "uitkomst_veiligheidsbeoordeling", melder=True)
        self.at(1, 9).do("start_dienst", cid, "onderzoek", "De ouders werken niet mee aan "
                         "afspraken; alleen onderzoek kan de feiten vaststellen.")
        self.at(45, 14).do("record_onderzoek_conclusie", cid, {"kindermishandeling": "bevestigd"},
                           "De kinderarts ziet toegebracht letsel; de ouders verklaren het "
                           "niet en weigeren hulp.")
        self.do("inform_melder", cid, "uitkomst_onderzoek")
        self.at(2, 10).do("report_to_raad", cid, p["kind"], "Het geweld is bevestigd en de "
                          "ouders weigeren hulp; een maatregel lijkt nodig.")
        self.do("close_casus", cid, "maatregel_raad", "De Raad voor de Kinderbescherming "
                "onderzoekt een maatregel; Veilig Thuis sluit af.")
        return cid

    def case_e(self) -> UUID:
        self.begin("e", 20, 19, 30)
        p = self.personen_a
        cid = self.melding(self.huishouden_a, None, "partnergeweld", "Een buurvrouw hoort "
                           "harde ruzie en gegil bij het gezin.")
        self.at(1, 10).informeer(cid, p, "melding", "gegevensvastlegging")
        self.do("record_afstemming_procesregisseur", cid, procesregisseur=self.consulent,
                afspraken="De consulent neemt de ruzie mee in het plan van aanpak.")
        self.at(1, 15).beoordeling(cid, p, "partnergeweld", "overdracht",
                                   radar="Lopend traject bij Veilig Thuis Utrecht, in monitoring.",
                                   onderbouwing="Geen "
                                   "acute onveiligheid; de gemeente heeft de regie in het "
                                   "lopende traject en pakt dit daar op.")
        self.informeer(cid, p, "uitkomst_veiligheidsbeoordeling", melder=True)
        self.do("close_casus", cid, "usd_verder_met_advies", "Advies gegeven aan de gemeente, "
                "die binnen het lopende traject verdergaat.")
        return cid
    # fmt: on
