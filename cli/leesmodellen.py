"""`vt-ledger projections …`: de stand van de leesmodellen, bijwerken, volgen en opnieuw
opbouwen; `vt-ledger beleidsinformatie`: de halfjaarlevering uit het leesmodel."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from threading import Event
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from cli import output
from cli.basis import dutch_errors, ledger_env, open_ledger, store_errors
from cli.moments import CliFout
from ledger.application import Ledger
from ledger.storage import database_url
from projections.beleidsinformatie import naar_csv, parse_periode
from projections.catalogus import LEESMODELLEN, Leesmodellen, OnbekendLeesmodel
from projections.runner import DEFAULT_BATCH_SIZE

projections_app = typer.Typer(
    help="Leesmodellen (regie, caseload, termijnen, …): stand, bijwerken, volgen, herbouwen.",
    no_args_is_help=True,
    rich_markup_mode=None,
)

Namen = Annotated[
    list[str] | None,
    typer.Argument(
        help=f"Welke leesmodellen (standaard alle): {', '.join(LEESMODELLEN)}.",
        metavar="[NAAM]...",
        show_default=False,
    ),
]
BatchSize = Annotated[
    int,
    typer.Option("--batch-size", min=1, help="Gebeurtenissen per transactie van het leesmodel."),
]


@contextmanager
def _leesmodellen() -> Iterator[Leesmodellen]:
    url = database_url()
    with open_ledger(url) as ledger, store_errors(url):
        modellen = Leesmodellen(ledger, ledger_env(url))
        try:
            yield modellen
        except OnbekendLeesmodel as fout:
            raise CliFout(str(fout), code=2) from None
        finally:
            modellen.close()


@projections_app.command(short_help="Positie en achterstand van elk leesmodel.")
def status(
    namen: Namen = None,
    als_json: Annotated[bool, typer.Option("--json", help="Als JSON.")] = False,
) -> None:
    """Toon per leesmodel tot welke gebeurtenis het is bijgewerkt en hoeveel het achterloopt."""
    with dutch_errors(), _leesmodellen() as modellen:
        standen = modellen.stand(namen)
        if als_json:
            rijen = [{**vars(s), "achterstand": s.achterstand} for s in standen]
            typer.echo(json.dumps(rijen, indent=2))
            return
        tabel = Table(
            "leesmodel", "tabellen", "positie", "laatste gebeurtenis", "achterstand", "let op"
        )
        for s in standen:
            let_op = "oudere versie: wordt opnieuw opgebouwd bij bijwerken" if s.herbouwen else ""
            tabel.add_row(
                s.naam, s.tabellen, str(s.positie), str(s.laatste), str(s.achterstand), let_op
            )
        output.stdout_console().print(tabel)


@projections_app.command(short_help="Leesmodellen opnieuw opbouwen vanaf de eerste gebeurtenis.")
def rebuild(namen: Namen = None, batch_size: BatchSize = DEFAULT_BATCH_SIZE) -> None:
    """Bouw leesmodellen opnieuw op vanaf nul, in nieuwe tabellen; pas als die bij zijn, gaan
    lezers en volgers over op de nieuwe tabellen en verdwijnen de oude."""
    with dutch_errors(), _leesmodellen() as modellen:
        gekozen = modellen_namen(namen)
        with _voortgang(modellen, "opnieuw opbouwen") as voortgang:
            begin = time.perf_counter()
            prefixen = modellen.herbouw(gekozen, batch_size=batch_size, voortgang=voortgang)
        tabellen = ", ".join(f"{naam} in {prefix}_*" for naam, prefix in prefixen.items())
        _klaar(modellen, gekozen, f"Opnieuw opgebouwd: {tabellen}", 0, begin)


@projections_app.command(short_help="Leesmodellen bijwerken en blijven volgen.")
def follow(
    namen: Namen = None,
    once: Annotated[
        bool, typer.Option("--once", help="Alleen bijwerken tot de laatste gebeurtenis, dan stop.")
    ] = False,
    batch_size: BatchSize = DEFAULT_BATCH_SIZE,
) -> None:
    """Werk leesmodellen bij tot de laatste gebeurtenis en volg daarna nieuwe gebeurtenissen
    tot Ctrl-C (op PostgreSQL met LISTEN/NOTIFY, op SQLite door te peilen)."""
    with dutch_errors(), _leesmodellen() as modellen:
        gekozen = modellen_namen(namen)
        with _voortgang(modellen, "bijwerken") as voortgang:
            begin = time.perf_counter()
            vanaf = min(s.positie for s in modellen.stand(gekozen))
            modellen.bijwerken(gekozen, batch_size=batch_size, voortgang=voortgang)
            _klaar(modellen, gekozen, f"{', '.join(gekozen)}: bij", vanaf, begin)
        if once:
            return
        stop = Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        output.stderr_console().print("Volgen; stoppen met Ctrl-C.", markup=False)
        modellen.volg(stop, gekozen, application_class=Ledger, batch_size=batch_size)


def modellen_namen(namen: list[str] | None) -> list[str]:
    for naam in namen or []:
        if naam not in LEESMODELLEN:
            raise OnbekendLeesmodel(naam)
    return list(namen or LEESMODELLEN)


@contextmanager
def _voortgang(modellen: Leesmodellen, wat: str) -> Iterator[Callable[[str, int], None]]:
    """A progress bar (rich) up to the last event in the log."""
    laatste = modellen.source.recorder.max_notification_id() or 0
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=output.stderr_console(), transient=True) as progress:
        taak = progress.add_task(wat, total=laatste)

        def voortgang(_: str, positie: int) -> None:
            progress.update(taak, completed=min(positie, laatste))

        yield voortgang


def _klaar(modellen: Leesmodellen, gekozen: list[str], wat: str, vanaf: int, begin: float) -> None:
    """The closing line: where the read models stand, and events per second."""
    seconden = time.perf_counter() - begin
    positie = min(s.positie for s in modellen.stand(gekozen))
    laatste = modellen.source.recorder.max_notification_id() or 0
    gelezen = positie - vanaf
    tempo = f"{gelezen / seconden if seconden > 0 else 0:,.0f}".replace(",", ".")
    output.stderr_console().print(
        f"{wat}, positie {positie} van {laatste}; {gelezen} gebeurtenissen in "
        f"{seconden:.1f} s ({tempo}/s)",
        markup=False,
    )


def beleidsinformatie(
    periode: Annotated[
        str, typer.Option("--periode", help="Het halfjaar, bijvoorbeeld 2023H1 of 2023H2.")
    ],
    organisatie: Annotated[
        str | None,
        typer.Option("--organisatie", help="Eén Veilig Thuis-organisatie (VR09); standaard alle."),
    ] = None,
    als_csv: Annotated[
        bool, typer.Option("--csv", help="Als CSV (;-gescheiden), één rij per telling.")
    ] = False,
) -> None:
    """De beleidsinformatie over een halfjaar (R28): adviezen en meldingen naar melder, sector
    en aard van het geweld, eerdere betrokkenheid, taxatie en uitkomst van de
    veiligheidsbeoordeling, onderzoeken, afgeronde diensten en overdrachten. Het leesmodel
    wordt eerst bijgewerkt tot de laatste gebeurtenis."""
    with dutch_errors():
        try:
            parse_periode(periode)
        except ValueError as fout:
            raise CliFout(str(fout), code=2) from None
        with _leesmodellen() as modellen:
            modellen.bijwerken(["beleidsinformatie"])
            view = modellen.view("beleidsinformatie")
            if als_csv:
                typer.echo(naar_csv(view.rijen(periode, organisatie)), nl=False)
                return
            tabel = view.tabel(periode, organisatie)
        console = output.stdout_console()
        wie = organisatie or "alle Veilig Thuis-organisaties"
        console.print(f"Beleidsinformatie {periode}, {wie}", style="bold", markup=False)
        if not tabel:
            console.print("Niets geteld in dit halfjaar.", markup=False)
            return
        for onderwerp, aantallen in tabel.items():
            totaal = sum(aantallen.values())
            t = Table(title=onderwerp.replace("_", " "), title_justify="left")
            t.add_column("categorie")
            t.add_column("aantal", justify="right")
            t.add_column("aandeel", justify="right")
            for categorie, aantal in aantallen.items():
                aandeel = f"{aantal / totaal:.1%}".replace(".", ",")
                t.add_row(categorie.replace("_", " "), str(aantal), aandeel)
            console.print(t)
