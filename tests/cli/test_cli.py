"""The vt-ledger command on both stores: demo, replay (now, at a version, as of a time, as
known), export, and Dutch errors without tracebacks."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from uuid import uuid4

import pytest
from typer.testing import CliRunner

from cli.main import app
from ledger.application import Ledger
from ledger.storage import DATABASE_URL_VARIABLE, env_from_url
from simulator.demo import DEMO_CASUSSEN, find_demo_cases
from tests.builders import Casusbouwer, dag

COMMANDS = ("replay", "export", "demo")


@pytest.fixture
def drie_stappen(casus: Casusbouwer) -> Casusbouwer:
    """Melding recorded on 3 March 10:00, beoordeling on 5 March, dienst on 6 March."""
    casus.klok.nu = dag(2025, 3, 3, 10)
    return casus.melding().beoordeling().dienst()


def stored_events(database_url: str) -> int:
    ledger = Ledger(env_from_url(database_url))
    try:
        return ledger.recorder.max_notification_id() or 0
    finally:
        ledger.close()


# -- demo ----------------------------------------------------------------------------------


def test_demo_records_the_cases_and_a_second_run_adds_nothing(vt_ledger, database_url):
    first = vt_ledger("demo")
    assert first.exit_code == 0, first.output
    assert "DEMOGEGEVENS" in first.stdout
    assert "MonitormomentUitgevoerd" in first.stdout
    assert "CrisisinterventieUitgevoerd" in first.stdout
    assert "MeldingBijRaadGedaan" in first.stdout
    count = stored_events(database_url)
    ledger = Ledger(env_from_url(database_url))
    try:
        ids = find_demo_cases(ledger)
        assert len(ids) == len(DEMO_CASUSSEN)
        vervolg = ledger.casus(ids[-1])
        assert vervolg["eerdere_betrokkenheid"] == "vervolgmelding_tijdens_monitoring"
        assert vervolg["gekoppeld_aan"] == str(ids[0])
        assert ledger.casus(ids[2])["crisisdienst"] is True
    finally:
        ledger.close()

    second = vt_ledger("demo")
    assert second.exit_code == 0, second.output
    assert "niets toegevoegd" in second.stdout
    assert all(str(cid) in second.stdout for cid in ids)
    assert stored_events(database_url) == count


def test_demo_adds_nothing_to_a_ledger_in_use(vt_ledger, database_url, drie_stappen):
    before = stored_events(database_url)
    result = vt_ledger("demo")
    assert result.exit_code == 1
    assert "geen democasussen" in result.stderr
    assert stored_events(database_url) == before


def test_demo_reset_starts_a_sqlite_ledger_over(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    monkeypatch.setenv(DATABASE_URL_VARIABLE, url)
    runner = CliRunner()
    assert runner.invoke(app, ["demo"]).exit_code == 0
    count = stored_events(url)
    result = runner.invoke(app, ["demo", "--reset"])
    assert result.exit_code == 0, result.output
    assert "leeggemaakt" in result.stdout
    assert "democasussen vastgelegd" in result.stdout
    assert stored_events(url) == count


def test_demo_reset_refuses_postgresql(monkeypatch):
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "postgresql://vt:geheim@127.0.0.1:1/vt")
    result = CliRunner().invoke(app, ["demo", "--reset"])
    assert result.exit_code == 2
    assert "alleen bij een SQLite-database" in result.stderr
    assert "geheim" not in result.output


# -- replay --------------------------------------------------------------------------------


def test_replay_prints_the_timeline_with_event_names_and_rule_ids(vt_ledger, drie_stappen):
    result = vt_ledger("replay", drie_stappen.casus_id)
    assert result.exit_code == 0, result.output
    for naam in ("MeldingOntvangen", "VeiligheidsbeoordelingAfgerond", "DienstGestart"):
        assert naam in result.stdout
    for regel in ("R25", "R31", "R36", "R32"):
        assert regel in result.stdout
    assert "vt.medewerker" in result.stdout
    assert "Fase: Voorwaarden en Vervolg" in result.stdout
    assert "Structurele" in result.stdout  # the onderbouwing, wrapped in its cell
    assert "Regie" in result.stdout and "Termijnen" in result.stdout


def test_replay_json_timeline_has_every_event_of_the_history(vt_ledger, ledger, drie_stappen):
    result = vt_ledger("replay", drie_stappen.casus_id, "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["casus_id"] == str(drie_stappen.casus_id)
    assert len(document["timeline"]) == len(ledger.history(drie_stappen.casus_id)) == 3
    assert [e["type"] for e in document["timeline"]][-1] == "DienstGestart"
    state = document["state"]
    assert state["fase"] == "voorwaarden_en_vervolg"
    assert state["regie"]["regie_op_veiligheid"]["houder"] == "veilig_thuis"
    assert {t["termijn"] for t in state["termijnen"]} >= {"veiligheidsbeoordeling", "dienst_1"}
    assert document["timeline"][0]["recorded_at"].startswith("2025-03-03T10:00:00")


def test_replay_as_of_before_a_later_event_shows_fewer_events_and_the_earlier_fase(
    vt_ledger, drie_stappen
):
    cid = drie_stappen.casus_id
    # A date alone means the end of that day; the beoordeling was recorded on 5 March.
    op_4_maart = json.loads(vt_ledger("replay", cid, "--as-of", "2025-03-04", "--json").stdout)
    assert [e["versie"] for e in op_4_maart["timeline"]] == [1]
    assert op_4_maart["state"]["fase"] == "melding"
    # A time without a zone is Amsterdam time: 09:30 there is before 10:00 there.
    kwart_voor = json.loads(
        vt_ledger("replay", cid, "--as-of", "2025-03-05T09:30", "--json").stdout
    )
    assert len(kwart_voor["timeline"]) == 1
    om_tien = json.loads(vt_ledger("replay", cid, "--as-of", "2025-03-05T10:00", "--json").stdout)
    assert om_tien["state"]["fase"] == "vervolg_bij_veilig_thuis"

    table = vt_ledger("replay", cid, "--as-of", "2025-03-04")
    assert table.exit_code == 0, table.output
    assert "MeldingOntvangen" in table.stdout
    assert "VeiligheidsbeoordelingAfgerond" not in table.stdout
    assert "melding, wacht op veiligheidsbeoordeling" in table.stdout


def test_replay_at_a_version_and_as_known_on_a_date(vt_ledger, drie_stappen):
    cid = drie_stappen.casus_id
    versie = json.loads(vt_ledger("replay", cid, "--versie", "2", "--json").stdout)
    assert [e["versie"] for e in versie["timeline"]] == [1, 2]
    assert versie["state"]["fase"] == "vervolg_bij_veilig_thuis"
    known = vt_ledger(
        "replay", cid, "--bekend-op", "2025-03-10", "--gebeurd-tot", "2025-03-05", "--json"
    )
    assert known.exit_code == 0, known.output
    assert [e["versie"] for e in json.loads(known.stdout)["timeline"]] == [1, 2]


def test_replay_of_an_unknown_casus_says_so_in_dutch_without_a_traceback(vt_ledger):
    result = vt_ledger("replay", uuid4())
    assert result.exit_code != 0
    assert "Er is geen casus met kenmerk" in result.stderr
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("optie", ["--as-of", "--bekend-op", "--gebeurd-tot"])
def test_a_malformed_date_gives_a_dutch_message(vt_ledger, drie_stappen, optie):
    result = vt_ledger("replay", drie_stappen.casus_id, optie, "3 maart")
    assert result.exit_code == 2
    assert "geen geldige datum of tijd" in result.stderr
    assert "Traceback" not in result.output


def test_choosing_two_ways_of_looking_back_is_refused(vt_ledger, drie_stappen):
    result = vt_ledger("replay", drie_stappen.casus_id, "--versie", "1", "--as-of", "2025-03-04")
    assert result.exit_code == 2
    assert "Kies één van" in result.stderr


# -- export --------------------------------------------------------------------------------


def test_export_writes_one_json_line_per_event(vt_ledger, ledger, drie_stappen, tmp_path):
    cid = drie_stappen.casus_id
    history = ledger.history(cid)
    to_stdout = vt_ledger("export", cid)
    assert to_stdout.exit_code == 0, to_stdout.output
    file = tmp_path / "casus.jsonl"
    to_file = vt_ledger("export", cid, "--output", file)
    assert to_file.exit_code == 0, to_file.output
    for text in (to_stdout.stdout, file.read_text("utf-8")):
        lines = [json.loads(line) for line in text.splitlines()]
        assert [e["versie"] for e in lines] == list(range(1, len(history) + 1))
        assert all(e["casus_id"] == str(cid) for e in lines)
        assert set(lines[0]) == {"casus_id", *history[0]}
        assert lines[1]["onderbouwing"] == history[1]["onderbouwing"]


def test_export_of_an_unknown_casus_fails_in_dutch(vt_ledger):
    result = vt_ledger("export", "geen-kenmerk")
    assert result.exit_code != 0
    assert "geen geldig kenmerk" in result.stderr


# -- help, the console script, an unreachable store ----------------------------------------


@pytest.mark.parametrize("command", [(), *((c,) for c in COMMANDS)])
def test_help_works_for_every_command(command):
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout
    assert "casus" in result.stdout.lower()


def test_the_console_script_runs(tmp_path):
    script = Path(sys.executable).parent / "vt-ledger"
    env = {**os.environ, DATABASE_URL_VARIABLE: f"sqlite:///{tmp_path / 'ledger.db'}"}
    help_ = subprocess.run([script, "--help"], capture_output=True, text=True, env=env)
    assert help_.returncode == 0, help_.stderr
    assert all(c in help_.stdout for c in COMMANDS)
    unknown = subprocess.run(
        [script, "replay", str(uuid4())], capture_output=True, text=True, env=env
    )
    assert unknown.returncode == 1
    assert "Er is geen casus met kenmerk" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_an_unreachable_postgresql_is_named_without_its_password(monkeypatch):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"postgresql://vt:geheim@127.0.0.1:{port}/vt")
    monkeypatch.setenv("POSTGRES_CONNECT_TIMEOUT", "1")
    result = CliRunner().invoke(app, ["replay", str(uuid4())])
    assert result.exit_code == 1
    assert f"postgresql://vt:***@127.0.0.1:{port}/vt" in result.stderr
    assert "niet bereikbaar" in result.stderr
    assert "geheim" not in result.output
