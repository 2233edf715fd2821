"""`vt-ledger regels`: elke regel van het protocol met de scenario's die hem toetsen en hun
laatste uitkomst; regels zonder scenario apart genoemd.

The rules come from the catalogue (`ledger.regelcatalogus`). The scenarios come from the
Dutch feature files (`features/*.feature`, relative to the working directory unless
`--features` says otherwise), read by the small Gherkin reader below: a scenario checks every
rule whose id it carries as a tag (its own tags, its Regel's and its Functionaliteit's, as
pytest-bdd applies them). The last results come from the file the test suite writes after
each run of `tests/features` (`var/regels-resultaten.json`, see `tests/features/resultaten.py`):
per scenario and per store the outcome and when. A test keeps this reader equal to pytest-bdd's
own parser on every feature file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from cli import output
from cli.basis import dutch_errors
from cli.moments import CliFout
from ledger.regelcatalogus import regels as catalogus

FEATURES = Path("features")
RESULTATEN = Path("var/regels-resultaten.json")
NOG_NIET_GEDRAAID = "nog niet gedraaid"
#: The tags besides rule ids: what a scenario shows besides the happy path.
SOORTEN = {
    "weigering": "het register weigert de stap, noemt waarom en legt niets vast",
    "signalering": "het register legt vast en maakt zichtbaar wat afwijkt (open taak, termijn)",
}

_SCENARIO = ("Scenario:", "Voorbeeld:", "Abstract Scenario:")
_STAP = ("Gegeven ", "Stel ", "Als ", "Wanneer ", "Dan ", "En ", "Maar ", "* ")


@dataclass(frozen=True)
class Scenario:
    """Eén scenario (of abstract scenario) uit een feature-bestand."""

    feature: str  # "features/melding.feature": the features folder's name and the file name
    regel_blok: str | None  # the name of its `Regel:` block, if any
    naam: str
    lijn: int
    tags: frozenset[str]
    stappen: tuple[str, ...]


class FeatureFout(ValueError):
    """A feature file this reader cannot follow."""


def parse_feature(tekst: str, feature: str) -> list[Scenario]:
    """The scenarios of one Dutch feature file (`# language: nl`)."""
    regels_ = tekst.splitlines()
    if not any(r.strip().replace(" ", "") == "#language:nl" for r in regels_[:3]):
        raise FeatureFout(f"{feature}: de eerste regel is niet '# language: nl'.")
    scenarios: list[Scenario] = []
    feature_tags: frozenset[str] = frozenset()
    blok: str | None = None
    blok_tags: frozenset[str] = frozenset()
    open_tags: set[str] = set()
    huidig: dict[str, Any] | None = None
    in_docstring = False

    def sluit() -> None:
        if huidig is not None:
            scenarios.append(Scenario(**{**huidig, "stappen": tuple(huidig["stappen"])}))

    for nr, ruw in enumerate(regels_, 1):
        lijn = ruw.strip()
        if lijn.startswith(('"""', "```")):
            in_docstring = not in_docstring
            continue
        if in_docstring or not lijn or lijn.startswith("#"):
            continue
        if lijn.startswith("@"):
            for woord in lijn.split():
                if woord.startswith("#"):
                    break
                if not woord.startswith("@") or len(woord) == 1:
                    raise FeatureFout(f"{feature}:{nr}: '{woord}' is geen tag.")
                open_tags.add(woord[1:])
            continue
        if lijn.startswith("Functionaliteit:"):
            feature_tags, open_tags = frozenset(open_tags), set()
        elif lijn.startswith("Regel:"):
            sluit()
            huidig = None
            blok, blok_tags = lijn.removeprefix("Regel:").strip(), frozenset(open_tags)
            open_tags = set()
        elif lijn.startswith("Achtergrond:"):
            sluit()
            huidig = None
        elif lijn.startswith(_SCENARIO):
            sluit()
            naam = lijn.split(":", 1)[1].strip()
            tags = frozenset(open_tags) | blok_tags | feature_tags
            huidig = {"feature": feature, "regel_blok": blok, "naam": naam, "lijn": nr}
            huidig.update(tags=tags, stappen=[])
            open_tags = set()
        elif lijn.startswith("Voorbeelden:"):
            open_tags = set()  # tags of an examples table mark its rows, not the scenario
        elif lijn.startswith(_STAP) and huidig is not None:
            huidig["stappen"].append(lijn)
    sluit()
    return scenarios


def lees_features(map_: Path) -> list[Scenario]:
    """Every scenario of every `*.feature` file in the folder, by file name."""
    if not map_.is_dir():
        raise CliFout(
            f"De map met feature-bestanden ({map_}) bestaat niet. Draai 'vt-ledger regels' in de "
            "projectmap of geef de map met --features.",
        )
    scenarios = []
    for pad in sorted(map_.glob("*.feature")):
        try:
            scenarios += parse_feature(pad.read_text("utf-8"), f"{map_.name}/{pad.name}")
        except FeatureFout as fout:
            raise CliFout(str(fout), code=1) from None
    return scenarios


def lees_resultaten(pad: Path) -> dict[str, Any] | None:
    """The last results per feature and scenario, or None when the tests never wrote them."""
    if not pad.exists():
        return None
    try:
        data = json.loads(pad.read_text("utf-8"))
        scenarios = data["scenarios"]
        if not isinstance(scenarios, dict):
            raise TypeError
    except (ValueError, KeyError, TypeError):
        raise CliFout(
            f"{pad} is geen geldig bestand met testresultaten; draai de tests opnieuw "
            "(make test), dan wordt het opnieuw geschreven.",
            code=1,
        ) from None
    return scenarios


def resultaat(uitslagen: dict[str, dict[str, str]] | None) -> dict[str, Any]:
    """One scenario's last result over the stores it ran on: mislukt if any store failed."""
    if not uitslagen:
        return {"uitkomst": NOG_NIET_GEDRAAID, "opslag": {}, "tijd": None}
    soorten = {u["uitkomst"] for u in uitslagen.values()}
    if "mislukt" in soorten:
        uitkomst = "mislukt"
    elif soorten == {"geslaagd"}:
        uitkomst = "geslaagd"
    else:
        uitkomst = "overgeslagen"
    tijd = max(u["tijd"] for u in uitslagen.values())
    return {"uitkomst": uitkomst, "opslag": dict(sorted(uitslagen.items())), "tijd": tijd}


def overzicht(features: Path = FEATURES, resultaten: Path = RESULTATEN) -> dict[str, Any]:
    """Every rule of the catalogue with its scenarios and their last results."""
    scenarios = lees_features(features)
    uitslagen = lees_resultaten(resultaten)
    rijen = []
    for r in catalogus():
        eigen = [s for s in scenarios if r.id in s.tags]
        rijen.append(
            {
                "id": r.id,
                "naam": r.naam,
                "bron": r.bron,
                "scenarios": [
                    {
                        "feature": s.feature,
                        "regel_blok": s.regel_blok,
                        "scenario": s.naam,
                        "lijn": s.lijn,
                        "soort": [t for t in SOORTEN if t in s.tags],
                        "resultaat": resultaat(
                            None if uitslagen is None else uitslagen.get(s.feature, {}).get(s.naam)
                        ),
                    }
                    for s in eigen
                ],
            }
        )
    return {
        "resultaten": str(resultaten) if uitslagen is not None else None,
        "regels": rijen,
        "zonder_scenario": [r["id"] for r in rijen if not r["scenarios"]],
    }


def _tijd(tekst: str) -> str:
    return f"{datetime.fromisoformat(tekst).astimezone(output.AMS):%d-%m-%Y %H:%M}"


def _uitslag(res: dict[str, Any]) -> str:
    if res["uitkomst"] == NOG_NIET_GEDRAAID:
        return NOG_NIET_GEDRAAID
    per_opslag = "; ".join(
        f"{o}: {u['uitkomst']} op {_tijd(u['tijd'])}" for o, u in res["opslag"].items()
    )
    return f"{res['uitkomst']} ({per_opslag})"


def regels(
    als_json: Annotated[bool, typer.Option("--json", help="Als JSON.")] = False,
    features: Annotated[
        Path,
        typer.Option("--features", metavar="MAP", help="De map met de feature-bestanden."),
    ] = FEATURES,
    resultaten: Annotated[
        Path,
        typer.Option(
            "--resultaten",
            metavar="BESTAND",
            help="De laatste testresultaten, zoals de testsuite ze schrijft.",
        ),
    ] = RESULTATEN,
) -> None:
    """Toon elke regel van het protocol met de scenario's die hem toetsen en hun laatste
    uitkomst (per opslag: sqlite, postgresql); regels zonder scenario staan onderaan."""
    with dutch_errors():
        document = overzicht(features, resultaten)
        if als_json:
            typer.echo(output.dumps(document, indent=2))
            return
        console = output.stdout_console()
        for r in document["regels"]:
            console.print(f"{r['id']}  {r['naam']}", markup=False, style="bold")
            console.print(f"     bron: {r['bron']}", markup=False)
            for s in r["scenarios"]:
                soort = f" [{', '.join(s['soort'])}]" if s["soort"] else ""
                console.print(f"     - {s['feature']}: {s['scenario']}{soort}", markup=False)
                console.print(f"       {_uitslag(s['resultaat'])}", markup=False)
            if not r["scenarios"]:
                console.print("     GEEN SCENARIO", markup=False, style="red")
        zonder = document["zonder_scenario"]
        totaal = len(document["regels"])
        console.print(
            f"\n{totaal} regels: {totaal - len(zonder)} met een scenario, {len(zonder)} zonder"
            + (f" ({', '.join(zonder)})." if zonder else "."),
            markup=False,
        )
        if document["resultaten"] is None:
            console.print(
                f"Uitkomsten: {NOG_NIET_GEDRAAID} ({resultaten} bestaat niet; 'make test' "
                "schrijft het).",
                markup=False,
            )
        else:
            console.print(f"Uitkomsten uit {resultaten}.", markup=False)
