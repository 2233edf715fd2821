"""The `vt-ledger` command: the composition root of the command line.

It reads the store from VT_LEDGER_DATABASE_URL (`ledger.storage.database_url`), builds the
one `Ledger` on it, runs one command and closes the ledger. What a user reads is Dutch;
every error the ledger raises ends as a Dutch message on stderr and a non-zero exit code.
"""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from uuid import UUID

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from cli import output
from cli.basis import dutch_errors, masked, open_ledger
from cli.leesmodellen import beleidsinformatie, projections_app
from cli.moments import CliFout, parse_moment, parse_versie
from cli.regels import regels
from cli.scenario import scenario_app
from cli.simuleren import simulate
from ledger.application import Ledger
from ledger.storage import database_url, env_from_url, store_kind
from simulator.demo import DEMO_CASUSSEN, DEMO_PREFIX, find_demo_cases, record_demo_cases

#: Why a file cannot be written, in Dutch where we know the reason.
OS_REDENEN = {
    errno.ENOENT: "de map bestaat niet",
    errno.EACCES: "geen schrijfrechten",
    errno.EISDIR: "dat is een map",
    errno.ENOSPC: "de schijf is vol",
}

app = typer.Typer(
    name="vt-ledger",
    help="Casusregistratie van Veilig Thuis: elke stap een gebeurtenis in een onveranderlijk "
    "logboek. De opslag komt uit VT_LEDGER_DATABASE_URL (standaard sqlite:///var/ledger.db).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
app.add_typer(projections_app, name="projections")
app.add_typer(scenario_app, name="scenario")
app.command(short_help="Beleidsinformatie over een halfjaar (R28), als tabel of CSV.")(
    beleidsinformatie
)
app.command(short_help="Elke protocolregel met zijn scenario's en hun laatste uitkomst.")(regels)
app.command(short_help="Oefengegevens simuleren, in een oefenopslag (nooit de ledger).")(simulate)


# -- replay --------------------------------------------------------------------------------

CasusId = Annotated[
    str, typer.Argument(help="Het kenmerk (UUID) van de casus.", metavar="CASUS_ID")
]


@app.command(short_help="Tijdlijn en toestand van een casus, ook zoals die vroeger was.")
def replay(
    casus_id: CasusId,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="ISO-TIJD",
            help="Toon de casus zoals die op dit moment in de ledger stond (vastgelegde tijd). "
            "ISO 8601; een datum alleen betekent het einde van die dag, een tijd zonder zone "
            "Europe/Amsterdam.",
        ),
    ] = None,
    bekend_op: Annotated[
        str | None,
        typer.Option(
            "--bekend-op",
            metavar="ISO-TIJD",
            help="Wat op dit moment bekend was (vastgelegde tijd); met --gebeurd-tot. "
            "Zonder --gebeurd-tot: alles wat toen al gebeurd was.",
        ),
    ] = None,
    gebeurd_tot: Annotated[
        str | None,
        typer.Option(
            "--gebeurd-tot",
            metavar="ISO-TIJD",
            help="Alleen wat vóór dit moment gebeurde (occurred_at); zonder --bekend-op: "
            "zoals nu bekend.",
        ),
    ] = None,
    versie: Annotated[
        str | None,
        typer.Option("--versie", metavar="N", help="Toon de casus na gebeurtenis nummer N."),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Eén JSON-object met casus_id, timeline en state."),
    ] = False,
) -> None:
    """Speel een casus af: de tijdlijn van gebeurtenissen en de toestand die eruit volgt."""
    with dutch_errors():
        gekozen = [as_of is not None, versie is not None, bool(bekend_op or gebeurd_tot)]
        if sum(gekozen) > 1:
            raise CliFout("Kies één van --as-of, --versie of --bekend-op/--gebeurd-tot.")
        moment = parse_moment(as_of, "--as-of") if as_of else None
        nummer = parse_versie(versie) if versie is not None else None
        known = parse_moment(bekend_op, "--bekend-op") if bekend_op else None
        tot = parse_moment(gebeurd_tot, "--gebeurd-tot") if gebeurd_tot else None
        with open_ledger(database_url()) as ledger:
            if moment is not None:
                state, peil = ledger.casus_as_of(casus_id, moment), moment
            elif nummer is not None:
                state = ledger.casus(casus_id, nummer)
                peil = state["gebeurtenissen"][-1]["recorded_at"]
            elif known or tot:
                known = known or datetime.now(output.AMS)
                state, peil = ledger.casus_known_on(casus_id, known, tot or known), known
            else:
                state, peil = ledger.casus(casus_id), datetime.now(output.AMS)
            history = ledger.history(casus_id)
        show(history, state, peil, as_json=as_json)


def show(
    history: list[dict[str, Any]],
    state: dict[str, Any],
    peil: datetime,
    *,
    as_json: bool = False,
    console: Console | None = None,
) -> None:
    """One casus as `replay` shows it: the events that make up `state`, then the state."""
    events = output.timeline(history, state)
    summary = output.summary(state, peil)
    demo = output.is_demo(history, DEMO_PREFIX)
    if as_json:
        document = {"casus_id": state["id"], "demo": demo, "timeline": events, "state": summary}
        typer.echo(output.dumps(document, indent=2))
    else:
        console = console or output.stdout_console()
        output.print_casus(console, state["id"], events, summary, demo=demo)


# -- export --------------------------------------------------------------------------------


@app.command(short_help="Volledige geschiedenis van een casus als JSON Lines.")
def export(
    casus_id: CasusId,
    uitvoer: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="BESTAND",
            help="Schrijf naar dit bestand in plaats van naar stdout.",
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Exporteer de volledige geschiedenis van een casus als JSON Lines (één gebeurtenis per
    regel, met alle velden)."""
    with dutch_errors():
        with open_ledger(database_url()) as ledger:
            cid = ledger.casus(casus_id)["id"]  # a casus, not some other aggregate
            regels = [output.dumps({"casus_id": cid, **e}) for e in ledger.history(cid)]
        if uitvoer is None:
            for regel in regels:
                typer.echo(regel)
            return
        try:
            uitvoer.write_text("".join(f"{r}\n" for r in regels), encoding="utf-8")
        except OSError as fout:
            reden = OS_REDENEN.get(fout.errno, fout.strerror)
            raise CliFout(f"Kan niet schrijven naar {uitvoer}: {reden}.", code=1) from None
        output.stderr_console().print(
            f"{len(regels)} gebeurtenissen van casus {cid} geschreven naar {uitvoer}.",
            markup=False,
        )


# -- demo ----------------------------------------------------------------------------------


@app.command(short_help="Democasussen vastleggen (synthetisch) en tonen.")
def demo(
    reset: Annotated[
        bool,
        typer.Option(
            "--reset", help="Verwijder eerst de SQLite-database en begin met een lege ledger."
        ),
    ] = False,
) -> None:
    """Leg een paar democasussen vast (synthetische gegevens) en toon hun tijdlijnen. Bevat de
    ledger al gebeurtenissen, dan voegt demo niets toe en toont het de bestaande democasussen."""
    with dutch_errors():
        url = database_url()
        console = output.stdout_console()
        if reset:
            reset_sqlite(url)
            console.print(f"De database {masked(url)} is leeggemaakt.", markup=False)
        with open_ledger(url) as ledger:
            console.print(f"Ledger: {masked(url)}", markup=False)
            console.print(output.DEMO_NOTICE, style="bold magenta")
            if ledger.recorder.max_notification_id():
                ids = find_demo_cases(ledger)
                if not ids:
                    raise CliFout(
                        "Deze ledger bevat al gebeurtenissen, maar geen democasussen; demo voegt "
                        "niets toe aan een ledger in gebruik. Kies een lege database of gebruik "
                        "--reset (alleen SQLite).",
                        code=1,
                    )
                console.print(
                    f"De ledger bevat de demo al ({len(ids)} casussen); er is niets toegevoegd."
                )
            else:
                ids = record_with_progress(ledger, console)
            for cid in ids:
                nu = datetime.now(output.AMS)
                show(ledger.history(cid), ledger.casus(cid), nu, console=console)
        console.print(
            "Eén casus opnieuw bekijken: vt-ledger replay CASUS_ID [--json]", markup=False
        )


def record_with_progress(ledger: Ledger, console: Console) -> list[UUID]:
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        taak = progress.add_task("Democasussen vastleggen", total=len(DEMO_CASUSSEN))

        def done(sleutel: str, beschrijving: str, casus_id: UUID) -> None:
            progress.console.print(f"[green]✓[/] casus {sleutel}: {beschrijving} ({casus_id})")
            progress.advance(taak)

        ids = record_demo_cases(ledger, on_case=done)
    console.print(f"{len(ids)} democasussen vastgelegd.")
    return ids


def reset_sqlite(url: str) -> None:
    if store_kind(url) != "sqlite":
        raise CliFout(
            f"--reset kan alleen bij een SQLite-database; {masked(url)} is PostgreSQL. Maak daar "
            "zelf een leeg schema of een lege database aan."
        )
    pad = env_from_url(url)["SQLITE_DBNAME"]
    if pad == ":memory:":
        return
    for extensie in ("", "-wal", "-shm", "-journal"):
        Path(f"{pad}{extensie}").expanduser().unlink(missing_ok=True)


if __name__ == "__main__":
    app()
