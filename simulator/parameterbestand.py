"""Het parameterbestand lezen: simulator/parameters.yaml, of een kopie die een trainer
aanpaste (`vt-ledger simulate --parameters BESTAND`), gecontroleerd tot `Parameters`.

Every mistake in the file is an `OngeldigeInvoer` naming the file, the place in it and what is
wrong, in Dutch: shares that do not sum to 1, a negative delay, an unknown category or key, a
missing one.
"""

from __future__ import annotations

from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ledger.errors import OngeldigeInvoer
from ledger.routekaart import ONTVANGERS_WARM
from ledger.values import (
    AardGeweld,
    Conclusie,
    MelderType,
    Sector,
    SoortOntvanger,
    Uitkomst,
    VormWarmeOverdracht,
)
from simulator.parameters import (
    Aankomst,
    Advies,
    Dienst,
    Melding,
    Monitoring,
    NieuwIncident,
    Overdracht,
    Parameters,
    Terugkeer,
    Veiligheidsbeoordeling,
    Verdeling,
    Volume,
)

STANDAARD = "parameters.yaml"
MARGE = 0.001  # shares may miss 1 by this much (rounding in the file); they are then rescaled
WEEKDAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")
AARDEN = tuple(str(a) for a in AardGeweld if a not in (AardGeweld.ONBEKEND, AardGeweld.GEEN))
OORDEEL = ("ja", "nee", "niet_beoordeeld")
NA_ONDERZOEK = ("voorwaarden_en_vervolg", "warme_overdracht", "raad", "afsluiten")


def laad(pad: str | Path | None = None) -> Parameters:
    """The parameters from `pad`, or the ones that come with the simulator."""
    if pad is None:
        bron = f"simulator/{STANDAARD}"
        tekst = resources.files("simulator").joinpath(STANDAARD).read_text("utf-8")
    else:
        bron = str(pad)
        try:
            tekst = Path(pad).read_text("utf-8")
        except OSError as fout:
            raise OngeldigeInvoer(
                f"Kan het parameterbestand {bron} niet lezen ({fout.strerror})."
            ) from None
    try:
        ruw = yaml.safe_load(tekst)
    except yaml.YAMLError as fout:
        raise OngeldigeInvoer(f"{bron} is geen geldige YAML: {fout}") from None
    return _Lezer(bron).parameters(ruw)


class _Lezer:
    """Reads one file; every message names the file and the place in it."""

    def __init__(self, bron: str) -> None:
        self.bron = bron

    def fout(self, pad: str, bericht: str) -> OngeldigeInvoer:
        return OngeldigeInvoer(f"{self.bron}, {pad}: {bericht}")

    def blok(self, ruw: Any, pad: str, sleutels: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(ruw, dict):
            raise self.fout(pad, "verwacht een blok met " + ", ".join(sleutels) + ".")
        onbekend = [str(k) for k in ruw if k not in sleutels]
        if onbekend:
            raise self.fout(
                pad, f"onbekende sleutel {', '.join(onbekend)}; bekend zijn: {', '.join(sleutels)}."
            )
        ontbreekt = [k for k in sleutels if k not in ruw]
        if ontbreekt:
            raise self.fout(pad, f"{', '.join(ontbreekt)} ontbreekt.")
        return ruw

    def getal(self, ruw: Any, pad: str, minimum: float = 0.0) -> float:
        if isinstance(ruw, bool) or not isinstance(ruw, int | float):
            raise self.fout(pad, f"verwacht een getal, niet {ruw!r}.")
        if ruw < minimum:
            raise self.fout(pad, f"{ruw} is kleiner dan {minimum:g}.")
        return float(ruw)

    def geheel(self, ruw: Any, pad: str, minimum: int = 0) -> int:
        if isinstance(ruw, bool) or not isinstance(ruw, int):
            raise self.fout(pad, f"verwacht een geheel getal, niet {ruw!r}.")
        if ruw < minimum:
            raise self.fout(pad, f"{ruw} is kleiner dan {minimum}.")
        return ruw

    def kans(self, ruw: Any, pad: str) -> float:
        waarde = self.getal(ruw, pad)
        if waarde > 1:
            raise self.fout(pad, f"een kans ligt tussen 0 en 1, niet {waarde:g}.")
        return waarde

    def aandelen(self, ruw: Any, pad: str, toegestaan: tuple[str, ...]) -> Verdeling:
        if not isinstance(ruw, dict) or not ruw:
            raise self.fout(
                pad, "verwacht per categorie een aandeel, bijvoorbeeld {a: 0.4, b: 0.6}."
            )
        onbekend = [str(k) for k in ruw if k not in toegestaan]
        if onbekend:
            raise self.fout(
                pad,
                f"onbekende categorie {', '.join(onbekend)}; kies uit: {', '.join(toegestaan)}.",
            )
        return self._verdeling({k: self.getal(v, f"{pad}.{k}") for k, v in ruw.items()}, pad)

    def vertraging(self, ruw: Any, pad: str) -> Verdeling:
        if not isinstance(ruw, dict) or not ruw:
            raise self.fout(
                pad, "verwacht per vertraging een aandeel, bijvoorbeeld {1: 0.5, 3: 0.5}."
            )
        for k in ruw:
            if isinstance(k, bool) or not isinstance(k, int):
                raise self.fout(pad, f"een vertraging is een geheel getal, niet {k!r}.")
            if k < 0:
                raise self.fout(pad, f"een vertraging kan niet negatief zijn ({k}).")
        aandelen = {k: self.getal(v, f"{pad}.{k}") for k, v in sorted(ruw.items())}
        return self._verdeling(aandelen, pad)

    def _verdeling(self, aandelen: dict[Any, float], pad: str) -> Verdeling:
        som = sum(aandelen.values())
        if abs(som - 1) > MARGE:
            som_tekst = f"{som:.4f}".replace(".", ",")
            raise self.fout(pad, f"de aandelen tellen op tot {som_tekst} in plaats van 1.")
        return Verdeling(tuple(aandelen), tuple(a / som for a in aandelen.values()))

    def gewichten(self, ruw: Any, pad: str, aantal: int) -> tuple[float, ...]:
        if not isinstance(ruw, list) or len(ruw) != aantal:
            raise self.fout(pad, f"verwacht een lijst van {aantal} gewichten.")
        waarden = tuple(self.getal(w, f"{pad}[{i}]") for i, w in enumerate(ruw))
        if not any(waarden):
            raise self.fout(pad, "de gewichten zijn allemaal 0.")
        return waarden

    def aankomst(self, ruw: Any, pad: str) -> Aankomst:
        b = self.blok(ruw, pad, ("weekdag", "feestdag", "uur"))
        dagen = self.blok(b["weekdag"], f"{pad}.weekdag", WEEKDAGEN)
        weekdag = self.gewichten([dagen[d] for d in WEEKDAGEN], f"{pad}.weekdag", 7)
        feestdag = self.getal(b["feestdag"], f"{pad}.feestdag")
        return Aankomst(weekdag, feestdag, self.gewichten(b["uur"], f"{pad}.uur", 24))

    # -- the file --------------------------------------------------------------------------

    def parameters(self, ruw: Any) -> Parameters:
        blokken = tuple(f.name for f in fields(Parameters) if f.name != "bron")
        top = self.blok(ruw, "het bestand", ("versie", *blokken))
        if top["versie"] != 1:
            raise self.fout("versie", f"deze simulator leest versie 1, niet {top['versie']!r}.")
        return Parameters(self.bron, *(getattr(self, b)(top[b], b) for b in blokken))

    def volume(self, ruw: Any, pad: str) -> Volume:
        b = self.blok(
            ruw,
            pad,
            ("meldingen_per_jaar", "adviezen_per_jaar", "regio_verdeling", "regio_gewichten"),
        )
        if b["regio_verdeling"] not in ("gemeenten", "gelijk"):
            raise self.fout(f"{pad}.regio_verdeling", "kies gemeenten of gelijk.")
        gewichten = b["regio_gewichten"] or {}
        if not isinstance(gewichten, dict):
            raise self.fout(f"{pad}.regio_gewichten", "verwacht {VR09: 0.08, ...} of {}.")
        regios = tuple(f"VR{n:02d}" for n in range(1, 26))
        for regio, gewicht in gewichten.items():
            if regio not in regios:
                raise self.fout(f"{pad}.regio_gewichten", f"onbekende regio {regio!r}.")
            self.kans(gewicht, f"{pad}.regio_gewichten.{regio}")
        if sum(gewichten.values()) > 1 + MARGE:
            raise self.fout(f"{pad}.regio_gewichten", "samen meer dan het landelijke volume.")
        return Volume(
            self.geheel(b["meldingen_per_jaar"], f"{pad}.meldingen_per_jaar"),
            self.geheel(b["adviezen_per_jaar"], f"{pad}.adviezen_per_jaar"),
            b["regio_verdeling"],
            tuple(sorted((r, float(g)) for r, g in gewichten.items())),
        )

    def melding(self, ruw: Any, pad: str) -> Melding:
        sleutels = tuple(f.name for f in fields(Melding))
        b = self.blok(ruw, pad, sleutels)
        return Melding(
            self.aandelen(b["melder"], f"{pad}.melder", tuple(map(str, MelderType))),
            self.aandelen(b["sector"], f"{pad}.sector", tuple(map(str, Sector))),
            self.aandelen(b["aard_geweld"], f"{pad}.aard_geweld", AARDEN),
            self.kans(b["acute_onveiligheid"], f"{pad}.acute_onveiligheid"),
            self.kans(b["structurele_onveiligheid"], f"{pad}.structurele_onveiligheid"),
            self.kans(b["uit_advies"], f"{pad}.uit_advies"),
            self.aankomst(b["aankomst"], f"{pad}.aankomst"),
        )

    def advies(self, ruw: Any, pad: str) -> Advies:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(Advies)))
        return Advies(
            self.aandelen(b["adviesvrager"], f"{pad}.adviesvrager", tuple(map(str, MelderType))),
            self.aandelen(b["sector"], f"{pad}.sector", tuple(map(str, Sector))),
            self.kans(b["huisbezoek"], f"{pad}.huisbezoek"),
            self.aankomst(b["aankomst"], f"{pad}.aankomst"),
        )

    def veiligheidsbeoordeling(self, ruw: Any, pad: str) -> Veiligheidsbeoordeling:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(Veiligheidsbeoordeling)))
        return Veiligheidsbeoordeling(
            self.aandelen(b["uitkomst"], f"{pad}.uitkomst", tuple(map(str, Uitkomst))),
            self.vertraging(b["werkdagen"], f"{pad}.werkdagen"),
            self.kans(b["crisisinterventie"], f"{pad}.crisisinterventie"),
            self.kans(b["tijdelijk_huisverbod"], f"{pad}.tijdelijk_huisverbod"),
            self.vertraging(b["informeren_werkdagen"], f"{pad}.informeren_werkdagen"),
            self.kans(b["politie_terugkoppeling"], f"{pad}.politie_terugkoppeling"),
        )

    def dienst(self, ruw: Any, pad: str) -> Dienst:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(Dienst)))
        conclusies = b["conclusies"]
        if not isinstance(conclusies, dict) or "overig" not in conclusies:
            raise self.fout(f"{pad}.conclusies", "verwacht per aard van het geweld en 'overig'.")
        per_aard = []
        for aard, verdeling in conclusies.items():
            if aard not in (*AARDEN, "overig"):
                raise self.fout(f"{pad}.conclusies", f"onbekende aard van het geweld {aard!r}.")
            plek = f"{pad}.conclusies.{aard}"
            per_aard.append((aard, self.aandelen(verdeling, plek, tuple(map(str, Conclusie)))))
        return Dienst(
            self.kans(b["onderzoek"], f"{pad}.onderzoek"),
            self.vertraging(b["start_werkdagen"], f"{pad}.start_werkdagen"),
            self.vertraging(b["duur_weken"], f"{pad}.duur_weken"),
            self.kans(b["onderzoek_voortijdig"], f"{pad}.onderzoek_voortijdig"),
            tuple(per_aard),
            self.aandelen(b["na_onderzoek"], f"{pad}.na_onderzoek", NA_ONDERZOEK),
        )

    def overdracht(self, ruw: Any, pad: str) -> Overdracht:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(Overdracht)))
        soorten = {
            "direct_ontvanger": tuple(map(str, SoortOntvanger)),
            "warm_ontvanger": tuple(map(str, ONTVANGERS_WARM)),
            "warm_vorm": tuple(map(str, VormWarmeOverdracht)),
        }
        waarden: dict[str, Any] = {}
        for f in fields(Overdracht):
            plek, waarde = f"{pad}.{f.name}", b[f.name]
            if f.name in soorten:
                waarden[f.name] = self.aandelen(waarde, plek, soorten[f.name])
            elif f.name.startswith("werkdagen"):
                waarden[f.name] = self.vertraging(waarde, plek)
            else:
                waarden[f.name] = self.kans(waarde, plek)
        return Overdracht(**waarden)

    def monitoring(self, ruw: Any, pad: str) -> Monitoring:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(Monitoring)))
        return Monitoring(
            self.kans(b["veiligheid_voldoende"], f"{pad}.veiligheid_voldoende"),
            self.vertraging(b["afwijking_dagen"], f"{pad}.afwijking_dagen"),
            self.kans(b["extra_monitormoment"], f"{pad}.extra_monitormoment"),
            self.geheel(b["extra_na_maanden"], f"{pad}.extra_na_maanden", minimum=1),
            self.aandelen(
                b["risicofactoren_aangepakt"], f"{pad}.risicofactoren_aangepakt", OORDEEL
            ),
            self.aandelen(b["herstel_gestart"], f"{pad}.herstel_gestart", OORDEEL),
        )

    def nieuw_incident(self, ruw: Any, pad: str) -> NieuwIncident:
        b = self.blok(ruw, pad, tuple(f.name for f in fields(NieuwIncident)))
        return NieuwIncident(
            *(self.kans(b[f.name], f"{pad}.{f.name}") for f in fields(NieuwIncident))
        )

    def terugkeer(self, ruw: Any, pad: str) -> Terugkeer:
        b = self.blok(ruw, pad, ("kans", "na_maanden", "inloop_jaren"))
        return Terugkeer(
            self.kans(b["kans"], f"{pad}.kans"),
            self.vertraging(b["na_maanden"], f"{pad}.na_maanden"),
            self.geheel(b["inloop_jaren"], f"{pad}.inloop_jaren"),
        )
