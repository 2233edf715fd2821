"""What the CLI shows of a casus: its timeline and its state, as rich tables or as JSON.

Pure functions over the plain values the ledger hands out (`Ledger.history`, `Ledger.casus`);
nothing here opens a store.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime
from enum import Enum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ledger.gemeenten import gemeenten, regios
from ledger.routekaart import FASE_NAMEN
from ledger.values import Fase

AMS = ZoneInfo("Europe/Amsterdam")
#: Width for output that is not a terminal (a pipe, a file, a test), unless COLUMNS says.
PIPE_WIDTH = 160
DEMO_NOTICE = (
    "DEMOGEGEVENS: synthetisch, gemaakt met Faker (nl_NL). Geen echte personen of meldingen."
)
TERMIJNEN = {
    "veiligheidsbeoordeling": "veiligheidsbeoordeling",
    "informeren_gegevens": "betrokkenen informeren over vastlegging gegevens",
}


def stdout_console() -> Console:
    wide = sys.stdout.isatty() or "COLUMNS" in os.environ
    return Console(highlight=False, width=None if wide else PIPE_WIDTH)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


# -- JSON ----------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """JSON-ready values: datetimes and dates in ISO 8601, ids as strings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def dumps(value: Any, indent: int | None = None) -> str:
    return json.dumps(plain(value), ensure_ascii=False, indent=indent)


# -- from ledger values to what we show ----------------------------------------------------


def timeline(history: list[dict[str, Any]], state: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of `history` that make up `state` (at a version, as of a time, as known)."""
    versies = {g["versie"] for g in state["gebeurtenissen"]}
    return [e for e in history if e["versie"] in versies]


def is_demo(history: list[dict[str, Any]], prefix: str) -> bool:
    return bool(history) and (history[0]["idempotency_key"] or "").startswith(prefix)


def summary(state: dict[str, Any], peilmoment: datetime) -> dict[str, Any]:
    """The state as the CLI shows it: fase, regie, termijnen (with status), taken, afsluiting."""
    peildatum = local(peilmoment).date()
    termijnen = [
        {
            "termijn": sleutel,
            "omschrijving": _termijn_naam(sleutel, t, state),
            "regel": t["regel"],
            "uiterste_datum": t["uiterste_datum"],
            "voldaan_op": t["voldaan_op"],
            "vervallen_op": t.get("vervallen_op"),
            "status": _termijn_status(t, peildatum),
        }
        for sleutel, t in state["termijnen"].items()
    ]
    return {
        "versie": state["versie"],
        "fase": state["fase"],
        "fase_omschrijving": state["fase_omschrijving"],
        "vt_organisatie": state.get("vt_organisatie"),
        "eerdere_betrokkenheid": state.get("eerdere_betrokkenheid"),
        "crisisdienst": state.get("crisisdienst", False),
        "gekoppeld_aan": state.get("gekoppeld_aan"),
        "gekoppelde_meldingen": state.get("gekoppelde_meldingen", []),
        "regie": {
            soort: {k: r.get(k) for k in ("houder", "organisatie", "team", "naam", "sinds")}
            for soort, r in state["regie"].items()
        },
        "termijnen": termijnen,
        "open_taken": state["open_taken"],
        "afsluiting": state.get("afsluiting"),
        "peilmoment": peilmoment,
    }


def local(moment: datetime) -> datetime:
    return moment.astimezone(AMS)


def _termijn_naam(sleutel: str, termijn: dict[str, Any], state: dict[str, Any]) -> str:
    if sleutel in TERMIJNEN:
        return TERMIJNEN[sleutel]
    if sleutel.startswith("dienst_"):
        return f"dienst {FASE_NAMEN[Fase(termijn['dienst'])]}"
    if sleutel.startswith("monitormoment_"):
        mid = sleutel.removeprefix("monitormoment_")
        reden = next((m["reden"] for m in state["monitormomenten"] if m["id"] == mid), "")
        return f"monitormoment ({reden.replace('_', ' ')})"
    return sleutel.replace("_", " ")


def _termijn_status(termijn: dict[str, Any], peildatum: date) -> str:
    voldaan = termijn["voldaan_op"]
    if voldaan is not None:
        op = local(voldaan).date() if isinstance(voldaan, datetime) else voldaan
        return "voldaan" if op <= termijn["uiterste_datum"] else "te laat voldaan"
    vervallen = termijn.get("vervallen_op")
    if vervallen is not None:
        op = local(vervallen).date()
        # Lapsed after its due date: the breach had already happened.
        return "vervallen" if op <= termijn["uiterste_datum"] else "verlopen, toen vervallen"
    return "verlopen" if peildatum > termijn["uiterste_datum"] else "loopt"


# -- rich ----------------------------------------------------------------------------------


def organisatie(code: str) -> str:
    """A CBS gemeentecode or a Veilig Thuis regiocode with its name; other names as given."""
    if code in gemeenten():
        return f"gemeente {gemeenten()[code].naam} ({code})"
    if code in regios():
        return f"Veilig Thuis {regios()[code]} ({code})"
    return code


def iso(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return local(value).isoformat(timespec="seconds")
    return value.isoformat()


def timeline_table(events: list[dict[str, Any]]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, caption="tijden in Europe/Amsterdam", expand=False)
    table.add_column("versie", justify="right")
    langste = max((len(e["type"]) for e in events), default=12)
    table.add_column("gebeurtenis", min_width=langste)
    table.add_column("gebeurd (occurred_at)", no_wrap=True)
    table.add_column("vastgelegd (recorded_at)", no_wrap=True)
    table.add_column("door")
    table.add_column("regels")
    for e in events:
        wat = Text(e["type"], style="bold")
        if e["onderbouwing"]:
            wat.append(f"\n{e['onderbouwing']}", style="italic")
        actor = e["actor"]
        table.add_row(
            str(e["versie"]),
            wat,
            iso(e["occurred_at"]),
            iso(e["recorded_at"]),
            f"{actor['user']}\n{actor['role']}, {actor['organisation']}",
            ", ".join(e["rule_ids"]) or "-",
        )
    return table


def print_state(console: Console, s: dict[str, Any]) -> None:
    console.print(Text.assemble(("Fase: ", "bold"), f"{s['fase_omschrijving']} ({s['fase']})"))
    regels = [
        ("Versie", str(s["versie"])),
        ("Veilig Thuis-organisatie", organisatie(s["vt_organisatie"] or "")),
        ("Eerdere betrokkenheid", (s["eerdere_betrokkenheid"] or "").replace("_", " ")),
        ("Route", "crisisdienst (acute melding buiten kantoortijd)" if s["crisisdienst"] else ""),
        ("Gekoppeld aan", s["gekoppeld_aan"]),
        ("Gekoppelde meldingen", ", ".join(s["gekoppelde_meldingen"])),
        ("Peilmoment", iso(s["peilmoment"])),
    ]
    for label, waarde in regels:
        if waarde:
            console.print(Text.assemble((f"{label}: ", "bold"), waarde))

    regie = Table(title="Regie", box=box.SIMPLE_HEAD, title_justify="left")
    for kolom in ("soort", "houder", "organisatie", "naam", "sinds"):
        regie.add_column(kolom)
    for soort, r in s["regie"].items():
        regie.add_row(
            soort.replace("_", " "),
            r["houder"].replace("_", " "),
            organisatie(r["organisatie"]),
            r["naam"] or "-",
            iso(r["sinds"]),
        )
    console.print(regie)

    termijnen = Table(title="Termijnen", box=box.SIMPLE_HEAD, title_justify="left")
    for kolom in ("termijn", "regel", "uiterste datum", "status"):
        termijnen.add_column(kolom)
    kleur = {
        "voldaan": "green",
        "loopt": "",
        "verlopen": "bold red",
        "te laat voldaan": "yellow",
        "vervallen": "dim",
        "verlopen, toen vervallen": "red",
    }
    for t in s["termijnen"]:
        status = t["status"] + (f" op {iso(t['voldaan_op'])}" if t["voldaan_op"] else "")
        termijnen.add_row(
            t["omschrijving"],
            t["regel"],
            iso(t["uiterste_datum"]),
            Text(status, kleur[t["status"]]),
        )
    console.print(termijnen)

    console.print(Text("Open taken", style="bold"))
    for taak in s["open_taken"]:
        console.print(f"  {taak['regel']}  {taak['taak']}")
    if not s["open_taken"]:
        console.print("  geen")
    afsluiting = s["afsluiting"]
    console.print(
        Text.assemble(
            ("Afsluiting: ", "bold"),
            f"{afsluiting['reden'].replace('_', ' ')}, op {iso(afsluiting['op'])}"
            if afsluiting
            else "nog niet afgesloten",
        )
    )


def print_casus(
    console: Console,
    casus_id: str,
    events: list[dict[str, Any]],
    state: dict[str, Any],
    *,
    demo: bool = False,
) -> None:
    console.rule(Text(f"Casus {casus_id}", style="bold"))
    if demo:
        console.print(Text(DEMO_NOTICE, style="bold magenta"))
    console.print(timeline_table(events))
    print_state(console, state)
    console.print()
