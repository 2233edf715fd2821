"""Intervisiescenario's (R30): a case told step by step, with decision points where the trainee
chooses and the debrief sets the choice beside what the routekaart prescribes.

A scenario is a YAML file in `simulator/scenarios/` (or any path):

    titel: Crisis op zaterdagnacht
    beschrijving: for the trainer, what the scenario is about and what to discuss
    regio: VR09                      # the Veilig Thuis organisation
    start: 2025-03-08T23:15          # local time (Europe/Amsterdam) of the first step
    huishouden:                      # roles only: Faker fills names, BSN, dates from the seed
      gemeentecode: GM0344
      personen:
        - {als: moeder, rol: ouder, geslacht: vrouw, leeftijd: 31}
        - {als: kind1, rol: kind, leeftijd: 6}
      slachtoffers: [moeder]
      plegers: [vader]
    verloop:                         # steps, in order; a keuzepunt ends its list
      - opdracht: melding            # a ledger command (`simulator.scenario_stappen`)
        na: 0 minuten                # or `op: zaterdag 23:15`; default `na: 5 minuten`
        acuut: true
      - keuze: crisis                # a keuzepunt: its id, used by `--keuze crisis=...`
        vraag: Wat doet de crisisdienst nu?
        voorgeschreven: direct       # the option the protocol prescribes
        regels: [R16, R31]
        reden: quoted from regels.yaml where possible
        opties:
          direct: {tekst: ..., stappen: [...]}   # each option: its own following steps,
          maandag: {tekst: ..., stappen: [...]}  # which may end in a further keuzepunt

Times are relative to the previous step: `na: N minuten|uur|uren|dagen|werkdagen|weken|
maanden` (working days as the Algemene termijnenwet counts them, keeping the time of day), or
`op: <weekdag> HH:MM` (the first such day after the previous step; `werkdag` is the next
working day). A step may say `casus: tweede` to act on a second casus (its `melding` opens it;
default `hoofd`) and `weigering: R09` when the ledger is meant to refuse it: the refusal, with
its rule and message, is part of the lesson. A refusal the file does not announce, or an
announced one that does not come, stops the play: the scenario is wrong, not the trainee.

Every path through the tree (one option per keuzepunt met) is a `pad`; `paden()` lists them
all, which is how the tests play every branch. Playing and the debrief are in
`simulator.scenario_spel`; the commands in `simulator.scenario_stappen`. Mistakes in a file are
refused as `OngeldigeInvoer`, in Dutch, naming the file and the place in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ledger import termijnen
from ledger.errors import OngeldigeInvoer
from ledger.gemeenten import check_regio
from ledger.regelcatalogus import regel_ids
from simulator.scenario_stappen import OPDRACHTEN, PERSOON_VELDEN

MAP = "scenarios"
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
EENHEDEN = {
    "minuut": "minutes",
    "minuten": "minutes",
    "uur": "hours",
    "uren": "hours",
    "dag": "days",
    "dagen": "days",
    "week": "weeks",
    "weken": "weeks",
    "werkdag": "werkdagen",
    "werkdagen": "werkdagen",
    "maand": "maanden",
    "maanden": "maanden",
}
STAP_SLEUTELS = {"opdracht", "na", "op", "casus", "weigering", "toelichting"}
ROLLEN = ("ouder", "partner", "ex_partner", "kind", "grootouder", "overig")


@dataclass(frozen=True)
class Tijd:
    """When a step happens, relative to the step before it."""

    tekst: str

    def na(self, vorige: datetime) -> datetime:
        lokaal = vorige.astimezone(termijnen.AMSTERDAM)
        soort, *rest = self.tekst.split()
        if soort == "na":
            aantal, eenheid = int(rest[0]), EENHEDEN[rest[1]]
            if eenheid == "werkdagen":
                dag = termijnen.add_werkdagen(lokaal, aantal)
                return _op(dag, lokaal.time())
            if eenheid == "maanden":
                return _op(termijnen.add_maanden(lokaal, aantal), lokaal.time())
            return lokaal + timedelta(**{eenheid: aantal})
        dag, klok = rest
        uur, minuut = (int(d) for d in klok.split(":"))
        volgende = lokaal.date() + timedelta(days=1)
        if dag == "werkdag":
            volgende = termijnen.volgende_werkdag_of_zelf(volgende)
        else:
            while volgende.weekday() != WEEKDAGEN.index(dag):
                volgende += timedelta(days=1)
        return _op(volgende, time(uur, minuut))


def _op(dag: date, tijd: time) -> datetime:
    return datetime.combine(dag, tijd, tzinfo=termijnen.AMSTERDAM)


@dataclass(frozen=True)
class Stap:
    opdracht: str
    tijd: Tijd
    casus: str = "hoofd"
    weigering: str | None = None
    toelichting: str | None = None
    velden: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Optie:
    id: str
    tekst: str
    verloop: tuple[Stap | Keuzepunt, ...]


@dataclass(frozen=True)
class Keuzepunt:
    id: str
    vraag: str
    voorgeschreven: str
    regels: tuple[str, ...]
    reden: str
    opties: dict[str, Optie]


@dataclass(frozen=True)
class Scenario:
    naam: str
    titel: str
    beschrijving: str
    regio: str
    start: datetime
    huishouden: dict[str, Any]
    verloop: tuple[Stap | Keuzepunt, ...]

    def keuzepunten(self) -> dict[str, Keuzepunt]:
        gevonden: dict[str, Keuzepunt] = {}

        def loop(verloop: tuple[Stap | Keuzepunt, ...]) -> None:
            for item in verloop:
                if isinstance(item, Keuzepunt):
                    gevonden[item.id] = item
                    for optie in item.opties.values():
                        loop(optie.verloop)

        loop(self.verloop)
        return gevonden

    def paden(self) -> list[dict[str, str]]:
        """Every path to an end: the option chosen at each keuzepunt met on the way."""

        def loop(verloop: tuple[Stap | Keuzepunt, ...], pad: dict[str, str]) -> list:
            laatste = verloop[-1] if verloop else None
            if not isinstance(laatste, Keuzepunt):
                return [pad]
            return [
                p
                for o in laatste.opties
                for p in loop(laatste.opties[o].verloop, {**pad, laatste.id: o})
            ]

        return loop(self.verloop, {})


# -- the packaged scenarios --------------------------------------------------------------------


def namen() -> list[str]:
    """The scenarios that come with the simulator, by name (the file name without .yaml)."""
    map_ = resources.files("simulator").joinpath(MAP)
    return sorted(p.name[: -len(".yaml")] for p in map_.iterdir() if p.name.endswith(".yaml"))


def laad(naam_of_pad: str | Path) -> Scenario:
    """A packaged scenario by name, or a scenario file by path."""
    pad = Path(naam_of_pad)
    if str(naam_of_pad) in namen():
        bron = f"simulator/{MAP}/{naam_of_pad}.yaml"
        bestand = resources.files("simulator").joinpath(MAP, f"{naam_of_pad}.yaml")
        tekst, naam = bestand.read_text("utf-8"), str(naam_of_pad)
    elif pad.suffix in (".yaml", ".yml") and pad.is_file():
        bron, naam, tekst = str(pad), pad.stem, pad.read_text("utf-8")
    else:
        raise OngeldigeInvoer(
            f"Er is geen scenario {str(naam_of_pad)!r}; kies uit: {', '.join(namen())} "
            "(of geef het pad van een scenariobestand)."
        )
    try:
        ruw = yaml.safe_load(tekst)
    except yaml.YAMLError as fout:
        raise OngeldigeInvoer(f"{bron} is geen geldige YAML: {fout}") from None
    return _Lezer(bron).scenario(naam, ruw)


class _Lezer:
    """Reads one file; every message names the file and the place in it."""

    def __init__(self, bron: str) -> None:
        self.bron = bron
        self.labels: set[str] = set()
        self.keuze_ids: set[str] = set()

    def fout(self, plek: str, bericht: str) -> OngeldigeInvoer:
        return OngeldigeInvoer(f"{self.bron}, {plek}: {bericht}")

    def tekst(self, ruw: dict, sleutel: str, plek: str) -> str:
        waarde = ruw.get(sleutel)
        if not isinstance(waarde, str) or not waarde.strip():
            raise self.fout(f"{plek}{sleutel}", "ontbreekt of is geen tekst.")
        return waarde.strip()

    def scenario(self, naam: str, ruw: Any) -> Scenario:
        if not isinstance(ruw, dict):
            raise self.fout("bovenaan", "een scenario is een mapping met titel, huishouden, …")
        onbekend = set(ruw) - {"titel", "beschrijving", "regio", "start", "huishouden", "verloop"}
        if onbekend:
            raise self.fout(", ".join(sorted(onbekend)), "onbekende sleutel.")
        try:
            regio = check_regio(str(ruw.get("regio", "")))
        except OngeldigeInvoer as fout:
            raise self.fout("regio", fout.bericht) from None
        start = ruw.get("start")
        if isinstance(start, str):
            try:
                start = datetime.fromisoformat(start)
            except ValueError:
                start = None
        if not isinstance(start, datetime):
            raise self.fout("start", "geef een moment, bijvoorbeeld 2025-03-08T23:15.")
        if start.tzinfo is None:
            start = start.replace(tzinfo=termijnen.AMSTERDAM)
        return Scenario(
            naam=naam,
            titel=self.tekst(ruw, "titel", ""),
            beschrijving=self.tekst(ruw, "beschrijving", ""),
            regio=regio,
            start=start,
            huishouden=self.huishouden(ruw.get("huishouden")),
            verloop=self.verloop(ruw.get("verloop"), "verloop"),
        )

    def huishouden(self, ruw: Any) -> dict[str, Any]:
        if not isinstance(ruw, dict) or not isinstance(ruw.get("personen"), list):
            raise self.fout("huishouden", "geef gemeentecode, personen, slachtoffers, plegers.")
        personen = []
        for i, p in enumerate(ruw["personen"], 1):
            plek = f"huishouden.personen[{i}]"
            if not isinstance(p, dict) or not isinstance(p.get("als"), str):
                raise self.fout(plek, "een persoon heeft een label (als), rol en leeftijd.")
            if "voornaam" in p or "achternaam" in p or "bsn" in p:
                raise self.fout(plek, "geen namen of BSN: Faker vult ze uit de seed.")
            if p.get("rol") not in ROLLEN:
                raise self.fout(f"{plek}.rol", f"kies uit {', '.join(ROLLEN)}.")
            if not isinstance(p.get("leeftijd"), int) or not 0 <= p["leeftijd"] <= 110:
                raise self.fout(f"{plek}.leeftijd", "een leeftijd in jaren (0 tot 110).")
            if p["als"] in self.labels:
                raise self.fout(f"{plek}.als", f"het label {p['als']!r} komt twee keer voor.")
            self.labels.add(p["als"])
            personen.append(dict(p))
        for rol in ("slachtoffers", "plegers"):
            self.personen(ruw.get(rol), f"huishouden.{rol}")
        return {
            "gemeentecode": str(ruw.get("gemeentecode", "")),
            "personen": personen,
            "slachtoffers": list(ruw["slachtoffers"]),
            "plegers": list(ruw["plegers"]),
        }

    def personen(self, waarde: Any, plek: str) -> None:
        if not isinstance(waarde, list) or not waarde:
            raise self.fout(plek, "geef een lijst van labels uit huishouden.personen.")
        onbekend = [w for w in waarde if w not in self.labels]
        if onbekend:
            raise self.fout(plek, f"onbekende persoon {', '.join(map(str, onbekend))}.")

    def verloop(self, ruw: Any, plek: str) -> tuple[Stap | Keuzepunt, ...]:
        if not isinstance(ruw, list) or not ruw:
            raise self.fout(plek, "geef een lijst van stappen.")
        items: list[Stap | Keuzepunt] = []
        for i, item in enumerate(ruw, 1):
            hier = f"{plek}[{i}]"
            if isinstance(item, dict) and "keuze" in item:
                if i != len(ruw):
                    raise self.fout(hier, "een keuzepunt is de laatste stap van zijn lijst.")
                items.append(self.keuzepunt(item, hier))
            elif isinstance(item, dict) and "opdracht" in item:
                items.append(self.stap(item, hier))
            else:
                raise self.fout(hier, "een stap heeft een opdracht, een keuzepunt een keuze.")
        return tuple(items)

    def stap(self, ruw: dict, plek: str) -> Stap:
        opdracht = ruw["opdracht"]
        if opdracht not in OPDRACHTEN:
            raise self.fout(
                f"{plek}.opdracht",
                f"onbekende opdracht {opdracht!r}; kies uit {', '.join(sorted(OPDRACHTEN))}.",
            )
        velden = {k: v for k, v in ruw.items() if k not in STAP_SLEUTELS}
        onbekend = set(velden) - OPDRACHTEN[opdracht]
        if onbekend:
            raise self.fout(plek, f"{opdracht} kent geen {', '.join(sorted(onbekend))}.")
        for veld in PERSOON_VELDEN & set(velden):
            self.personen(velden[veld], f"{plek}.{veld}")
        weigering = ruw.get("weigering")
        if weigering is not None and weigering not in regel_ids():
            raise self.fout(f"{plek}.weigering", f"{weigering!r} is geen regel uit regels.yaml.")
        return Stap(
            opdracht=opdracht,
            tijd=self.tijd(ruw, plek),
            casus=str(ruw.get("casus", "hoofd")),
            weigering=weigering,
            toelichting=ruw.get("toelichting"),
            velden=velden,
        )

    def tijd(self, ruw: dict, plek: str) -> Tijd:
        if "na" in ruw and "op" in ruw:
            raise self.fout(plek, "geef na of op, niet allebei.")
        if "op" in ruw:
            tekst = f"op {ruw['op']}".strip()
            dagen = "|".join((*WEEKDAGEN, "werkdag"))
            if not re.fullmatch(rf"op ({dagen}) ([01]?\d|2[0-3]):[0-5]\d", tekst):
                raise self.fout(
                    f"{plek}.op", "schrijf bijvoorbeeld 'zaterdag 23:15' of 'werkdag 09:00'."
                )
            return Tijd(tekst)
        tekst = f"na {ruw.get('na', '5 minuten')}".strip()
        eenheden = "|".join(EENHEDEN)
        if not re.fullmatch(rf"na \d+ ({eenheden})", tekst):
            raise self.fout(f"{plek}.na", "schrijf bijvoorbeeld '2 werkdagen' of '3 maanden'.")
        return Tijd(tekst)

    def keuzepunt(self, ruw: dict, plek: str) -> Keuzepunt:
        punt = ruw["keuze"]
        if not isinstance(punt, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", punt):
            raise self.fout(f"{plek}.keuze", "een kort id in kleine letters, bijv. 'uitkomst'.")
        if punt in self.keuze_ids:
            raise self.fout(f"{plek}.keuze", f"het keuzepunt {punt!r} komt twee keer voor.")
        self.keuze_ids.add(punt)
        opties_ruw = ruw.get("opties")
        if not isinstance(opties_ruw, dict) or len(opties_ruw) < 2:
            raise self.fout(f"{plek}.opties", "een keuzepunt heeft ten minste twee opties.")
        opties = {}
        for oid, optie in opties_ruw.items():
            hier = f"{plek}.opties.{oid}"
            if not isinstance(optie, dict):
                raise self.fout(hier, "een optie heeft een tekst en stappen.")
            opties[str(oid)] = Optie(
                str(oid),
                self.tekst(optie, "tekst", f"{hier}."),
                self.verloop(optie.get("stappen"), f"{hier}.stappen"),
            )
        voorgeschreven = ruw.get("voorgeschreven")
        if voorgeschreven not in opties:
            raise self.fout(
                f"{plek}.voorgeschreven", f"noem een van de opties: {', '.join(opties)}."
            )
        regels = ruw.get("regels")
        if not isinstance(regels, list) or not regels or not set(regels) <= set(regel_ids()):
            raise self.fout(f"{plek}.regels", "noem de regels uit regels.yaml, bijv. [R09].")
        return Keuzepunt(
            id=punt,
            vraag=self.tekst(ruw, "vraag", f"{plek}."),
            voorgeschreven=voorgeschreven,
            regels=tuple(regels),
            reden=self.tekst(ruw, "reden", f"{plek}."),
            opties=opties,
        )
