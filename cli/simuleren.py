"""`vt-ledger simulate`: een gesimuleerde periode in een oefenopslag, met voortgang en manifest.

The composition root of a simulation: it picks the store (never the real ledger's), marks it as
practice data (`simulator.oefenopslag`), builds the ledger on the simulation's clock, runs the
simulation with a progress bar, and writes the manifest (and, asked, the event stream).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from cli import output
from cli.basis import dutch_errors, ledger_env, masked, store_errors
from cli.moments import CliFout
from ledger.application import Ledger
from ledger.storage import DATABASE_URL_VARIABLE, DEFAULT_DATABASE_URL, env_from_url, store_kind
from simulator import export, manifest, oefenopslag
from simulator.agenda import Agenda
from simulator.parameterbestand import laad
from simulator.simulatie import SNEL, Telling, kies_regios, middernacht, oefen

OEFEN_DATABASE_URL = "sqlite:///var/oefen.db"
OEFEN_NOTICE = (
    "OEFENGEGEVENS: gesimuleerd, met Faker (nl_NL) gemaakte personen. Geen echte personen of "
    "meldingen; deze opslag is als oefenopslag gemarkeerd."
)


def _datum(tekst: str, optie: str) -> date:
    try:
        return date.fromisoformat(tekst.strip())
    except ValueError:
        raise CliFout(
            f"{optie} {tekst!r} is geen datum; schrijf bijvoorbeeld 2023-01-01."
        ) from None


def _zelfde_opslag(a: str, b: str) -> bool:
    if store_kind(a) != store_kind(b):
        return False
    if store_kind(a) == "sqlite":
        pad_a, pad_b = (Path(env_from_url(u)["SQLITE_DBNAME"]).resolve() for u in (a, b))
        return pad_a == pad_b
    return env_from_url(a) == env_from_url(b)


def _geen_nieuwe(url: str) -> str | None:
    """Why this store may not become a practice store, if it may not."""
    if _zelfde_opslag(url, DEFAULT_DATABASE_URL):
        return (
            f"{masked(url)} is de standaardopslag van de echte ledger; simuleren gebeurt nooit "
            f"daarin. Laat --database weg (dan {OEFEN_DATABASE_URL}) of kies een andere opslag."
        )
    echt = os.environ.get(DATABASE_URL_VARIABLE)
    if echt and _zelfde_opslag(url, echt):
        return (
            f"{masked(url)} is de opslag uit {DATABASE_URL_VARIABLE}, waar vt-ledger mee werkt; "
            "een nieuwe oefenopslag maak je alleen met een andere --database."
        )
    return None


def _bestaat(env: dict[str, str]) -> bool:
    """Whether the store is there already (opening a SQLite file that is not, makes it)."""
    pad = env.get("SQLITE_DBNAME")
    return pad is None or Path(pad).expanduser().exists()


def _manifestpad(url: str, run: int) -> Path:
    env = env_from_url(url)
    if store_kind(url) == "sqlite":
        return Path(f"{env['SQLITE_DBNAME']}.run{run}.manifest.json")
    naam = "-".join(filter(None, (env["POSTGRES_DBNAME"], env.get("POSTGRES_SCHEMA"))))
    return Path("var") / f"oefen-{naam}.run{run}.manifest.json"


def simulate(
    seed: Annotated[int, typer.Option("--seed", help="Startgetal van het toeval (herhaalbaar).")],
    regio: Annotated[
        str,
        typer.Option(
            "--regio", metavar="VRnn|alle", help="Regio (VR09), meerdere met komma's, of alle."
        ),
    ],
    van: Annotated[str, typer.Option("--van", metavar="DATUM", help="Eerste dag.")] = "2023-01-01",
    tot: Annotated[
        str, typer.Option("--tot", metavar="DATUM", help="Tot (niet tot en met) deze dag.")
    ] = "2024-01-01",
    database: Annotated[
        str | None,
        typer.Option(
            "--database",
            metavar="URL",
            help=f"De oefenopslag (sqlite:///… of postgresql://…); standaard {OEFEN_DATABASE_URL}. "
            f"{DATABASE_URL_VARIABLE} telt hier niet mee.",
        ),
    ] = None,
    parameters: Annotated[
        Path | None,
        typer.Option(
            "--parameters",
            metavar="BESTAND",
            help="Eigen parameterbestand (kopie van simulator/parameters.yaml).",
            dir_okay=False,
        ),
    ] = None,
    manifest_pad: Annotated[
        Path | None,
        typer.Option(
            "--manifest",
            metavar="BESTAND",
            help="Waar het manifest komt; standaard naast de opslag (…run1.manifest.json).",
            dir_okay=False,
        ),
    ] = None,
    export_pad: Annotated[
        Path | None,
        typer.Option(
            "--export",
            metavar="BESTAND",
            help="Schrijf ook de gebeurtenissen van deze simulatie als JSON Lines.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Simuleer huishoudens, adviezen en meldingen langs de routekaart, elke stap met de gewone
    opdrachten van de ledger, en leg ze vast in een oefenopslag.

    De oefenopslag is standaard sqlite:///var/oefen.db, nooit de opslag van de echte ledger.
    Een lege opslag wordt bij de eerste simulatie als oefenopslag gemarkeerd (tabel
    'oefenopslag'); elke gesimuleerde gebeurtenis draagt een sleutel die met 'sim:' begint.
    simulate weigert een opslag met echte gebeurtenissen. Dezelfde seed en parameters geven
    dezelfde gebeurtenissen, kenmerken en tijden; het manifest legt seed, parameters,
    codeversie en aantallen vast. Bekijk het resultaat met bijvoorbeeld
    VT_LEDGER_DATABASE_URL=sqlite:///var/oefen.db vt-ledger beleidsinformatie --periode 2023H1."""
    with dutch_errors():
        url = database or OEFEN_DATABASE_URL
        begin, einde = _datum(van, "--van"), _datum(tot, "--tot")
        if einde <= begin:
            raise CliFout("De einddatum (--tot) ligt niet na de begindatum (--van).")
        regios = kies_regios(regio)
        gekozen = laad(parameters)
        env = {**ledger_env(url), **SNEL}
        geen_nieuwe = _geen_nieuwe(url)
        with store_errors(url):
            if geen_nieuwe and not (_bestaat(env) and oefenopslag.is_oefenopslag(env)):
                raise CliFout(geen_nieuwe, code=1)  # refused before anything is created
            agenda = Agenda(middernacht(begin))
            ledger = Ledger(env, clock=agenda)
        console = output.stdout_console()
        try:
            with store_errors(url), _voortgang(console, begin, einde) as voortgang:
                document = oefen(
                    ledger,
                    agenda,
                    env,
                    gekozen,
                    seed=seed,
                    regios=regios,
                    van=begin,
                    tot=einde,
                    opslag=masked(url),
                    voortgang=voortgang,
                )
            with store_errors(url):
                pad = manifest_pad or _manifestpad(url, document["run"])
                manifest.schrijf(pad, document)
                if export_pad is not None:
                    eerste, laatste = document["gebeurtenissen"].values()
                    with export_pad.open("w", encoding="utf-8") as uit:
                        uit.writelines(export.regels(ledger, na=eerste - 1, tot=laatste))
        finally:
            ledger.close()
        _samenvatting(console, document, pad, export_pad, url)


@contextmanager
def _voortgang(
    console: Console, begin: date, einde: date
) -> Iterator[Callable[[datetime, Telling], None]]:
    """A progress bar over the simulated days; yields what the simulation calls."""
    kolommen = (
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[stand]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    start = middernacht(begin)
    with Progress(*kolommen, console=console, transient=True) as balk:
        taak = balk.add_task("Simuleren", total=(einde - begin).days, stand="")

        def bij(moment: datetime, telling: Telling) -> None:
            balk.update(
                taak,
                completed=(moment - start).total_seconds() / 86400,
                stand=f"{moment.astimezone(output.AMS):%d-%m-%Y}  meldingen {telling.meldingen}  "
                f"adviezen {telling.adviezen}",
            )

        yield bij


def _samenvatting(
    console: Console, document: dict, pad: Path, export_pad: Path | None, url: str
) -> None:
    console.print(OEFEN_NOTICE, style="bold magenta")
    tabel = Table("telling", "aantal")
    for naam, aantal in document["aantallen"].items():
        tabel.add_row(naam.replace("_", " "), str(aantal))
    console.print(tabel)
    console.print(
        f"Simulatie {document['run']} in {masked(url)}: {document['aantallen']['gebeurtenissen']} "
        f"gebeurtenissen in {document['wandtijd_seconden']} s "
        f"({document['gebeurtenissen_per_seconde']} per seconde).",
        markup=False,
    )
    console.print(f"Manifest: {pad}", markup=False)
    if export_pad is not None:
        console.print(f"Gebeurtenissen: {export_pad}", markup=False)
