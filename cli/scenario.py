"""`vt-ledger scenario list|run`: intervisiescenario's (R30) in the terminal.

The composition root of a scenario: it picks the practice store (a fresh temporary SQLite
file unless `--database` names one; never the real ledger's), builds the ledger on the
scenario's clock, asks at each keuzepunt (from `--keuze PUNT=OPTIE`, else a prompt when stdin
is a terminal), plays through `simulator.scenario_spel` and shows the debrief. Each run plays
the whole path into its own store: a fork by replay, so no store ever holds two branches.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from cli import output
from cli.basis import dutch_errors, ledger_env, store_errors
from cli.moments import CliFout
from cli.simuleren import OEFEN_NOTICE, _bestaat, _geen_nieuwe
from ledger.application import Ledger
from simulator import oefenopslag, scenario
from simulator.scenario import Keuzepunt
from simulator.scenario_spel import Debrief, ScenarioKlok, moment_tekst, oefen_scenario

scenario_app = typer.Typer(
    help="Intervisiescenario's (R30): een casus stap voor stap, met keuzes en een nabespreking.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@scenario_app.command("list", short_help="De scenario's die bij de simulator horen.")
def lijst() -> None:
    """Toon de scenario's: naam, titel, keuzepunten en het aantal paden."""
    with dutch_errors():
        tabel = Table("naam", "titel", "keuzepunten", "paden")
        for naam in scenario.namen():
            s = scenario.laad(naam)
            tabel.add_row(naam, s.titel, ", ".join(s.keuzepunten()), str(len(s.paden())))
        output.stdout_console().print(tabel)


def _keuzes(teksten: list[str]) -> dict[str, str]:
    keuzes = {}
    for tekst in teksten:
        punt, is_, optie = tekst.partition("=")
        if not is_ or not punt.strip() or not optie.strip():
            raise CliFout(f"--keuze {tekst!r}: schrijf PUNT=OPTIE, bijvoorbeeld crisis=direct.")
        keuzes[punt.strip()] = optie.strip()
    return keuzes


def _kiezer(keuzes: dict[str, str], console: Console) -> Any:
    def kies(punt: Keuzepunt) -> str:
        if punt.id in keuzes:
            return keuzes[punt.id]
        opties = ", ".join(punt.opties)
        if not sys.stdin.isatty():
            raise CliFout(
                f"Keuzepunt {punt.id!r}: {punt.vraag} Kies met --keuze {punt.id}=OPTIE "
                f"uit {opties}."
            )
        console.print(f"\nKeuzepunt {punt.id}: {punt.vraag}", markup=False, style="bold")
        for oid, optie in punt.opties.items():
            console.print(f"  {oid}: {optie.tekst}", markup=False)
        return typer.prompt("Uw keuze", type=typer.Choice(list(punt.opties)))

    return kies


@scenario_app.command("run", short_help="Speel een scenario af, met keuzes en nabespreking.")
def run(
    naam: Annotated[str, typer.Argument(help="Naam (zie scenario list) of pad van een scenario.")],
    keuze: Annotated[
        list[str] | None,
        typer.Option("--keuze", metavar="PUNT=OPTIE", help="De keuze bij een keuzepunt."),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Startgetal voor namen (Faker).")] = 1,
    database: Annotated[
        str | None,
        typer.Option(
            "--database",
            metavar="URL",
            help="Een oefenopslag om het scenario in vast te leggen; standaard een tijdelijke.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="De nabespreking als JSON.")] = False,
) -> None:
    """Speel een intervisiescenario af in een oefenopslag, met bij elke keuze wat de
    routekaart voorschrijft. Zonder --keuze vraagt het bij elk keuzepunt wat u kiest."""
    with dutch_errors():
        s = scenario.laad(naam)
        keuzes = _keuzes(keuze or [])
        onbekend = set(keuzes) - set(s.keuzepunten())
        if onbekend:
            raise CliFout(
                f"Scenario {s.naam} heeft geen keuzepunt {', '.join(sorted(onbekend))}; "
                f"wel: {', '.join(s.keuzepunten())}."
            )
        console = output.stdout_console()
        with tempfile.TemporaryDirectory(prefix="vt-scenario-") as map_:
            url = database or f"sqlite:///{Path(map_) / 'scenario.db'}"
            debrief = _speel(url, s, seed, _kiezer(keuzes, console))
        if as_json:
            typer.echo(output.dumps(debrief.als_dict(), indent=2))
        else:
            toon(console, debrief, s.beschrijving)


def _speel(url: str, s: scenario.Scenario, seed: int, kies: Any) -> Debrief:
    env = ledger_env(url)
    geen_nieuwe = _geen_nieuwe(url)
    with store_errors(url):
        if geen_nieuwe and not (_bestaat(env) and oefenopslag.is_oefenopslag(env)):
            raise CliFout(geen_nieuwe, code=1)
        klok = ScenarioKlok(s.start)
        ledger = Ledger(env, clock=klok)
    try:
        with store_errors(url):
            return oefen_scenario(ledger, klok, env, s, seed, kies).debrief
    finally:
        ledger.close()


def toon(console: Console, d: Debrief, beschrijving: str) -> None:
    """The debrief: choices beside the routekaart, refusals, termijnen, open tasks, timeline."""
    console.print(OEFEN_NOTICE, style="bold magenta")
    console.print(f"\n{d.titel} (scenario {d.scenario}, seed {d.seed})", style="bold", markup=False)
    console.print(beschrijving, markup=False)
    keuzes = Table("keuzepunt", "gekozen", "voorgeschreven", "", "regels", "waarom", title="Keuzes")
    for k in d.keuzes:
        teken = "✓" if k.volgens_protocol else "✗"
        keuzes.add_row(
            k.punt, k.gekozen_tekst, k.voorgeschreven_tekst, teken, " ".join(k.regels), k.reden
        )
    console.print(keuzes)
    if d.weigeringen:
        tabel = Table("moment", "stap", "regel", "weigering van de ledger", title="Geweigerd")
        for w in d.weigeringen:
            tabel.add_row(moment_tekst(w.moment), w.opdracht, w.regel, w.bericht)
        console.print(tabel)
    tabel = Table(
        "casus", "regel", "termijn", "uiterste datum", "voldaan op", "oordeel", title="Termijnen"
    )
    for t in d.termijnen:
        tabel.add_row(
            t["casus"],
            t["regel"],
            t["omschrijving"],
            output.iso(t["uiterste_datum"]),
            output.iso(t["voldaan_op"]),
            t["oordeel"],
        )
    console.print(tabel)
    if d.open_taken:
        tabel = Table("casus", "regel", "open taak", title="Nog open")
        for t in d.open_taken:
            tabel.add_row(t["casus"], t["regel"], t["taak"])
        console.print(tabel)
    tabel = Table("moment", "casus", "gebeurtenis", "regels", title="Tijdlijn")
    for e in d.tijdlijn:
        tabel.add_row(
            moment_tekst(e["moment"]), e["casus"], e["gebeurtenis"], " ".join(e["regels"])
        )
    console.print(tabel)
