"""`vt-ledger simulate`: a practice store by default, never the real ledger; the same seed gives
byte-identical exports (also from PostgreSQL to SQLite); a manifest for every run; Dutch errors."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cli.main import app
from ledger.storage import DATABASE_URL_VARIABLE, env_from_url
from simulator import oefenopslag
from simulator.parameterbestand import STANDAARD

# Two weeks without the warm-up of the shipped parameters (three years): quick, and the same
# command line a trainer uses with a copy of the parameter file.
ZONDER_INLOOP = "zonder-inloop.yaml"
KORT = ("--seed", "4", "--regio", "VR25", "--van", "2023-05-01", "--tot", "2023-05-15",
        "--parameters", ZONDER_INLOOP)  # fmt: skip


@pytest.fixture
def vt_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run `vt-ledger ARGS...` in-process in an empty working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    ruw = yaml.safe_load(resources.files("simulator").joinpath(STANDAARD).read_text("utf-8"))
    ruw["terugkeer"]["inloop_jaren"] = 0
    (tmp_path / ZONDER_INLOOP).write_text(yaml.safe_dump(ruw), encoding="utf-8")
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_the_same_seed_gives_byte_identical_exports_and_a_manifest(
    vt_ledger, database_url, tmp_path
):
    eerste = vt_ledger("simulate", *KORT, "--database", database_url, "--export", "a.jsonl",
                       "--manifest", "a.json")  # fmt: skip
    assert eerste.exit_code == 0, eerste.output
    assert "OEFENGEGEVENS" in eerste.stdout
    tweede = vt_ledger("simulate", *KORT, "--database", "sqlite:///var/b.db", "--export", "b.jsonl")
    assert tweede.exit_code == 0, tweede.output
    a, b = (tmp_path / "a.jsonl").read_bytes(), (tmp_path / "b.jsonl").read_bytes()
    assert a == b and a.count(b"\n") > 500
    manifest = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert manifest["seed"] == 4 and manifest["regios"] == ["VR25"]
    assert manifest["van"] == "2023-05-01" and manifest["tot"] == "2023-05-15"
    assert manifest["parameters"]["volume"]["meldingen_per_jaar"] == 127340
    assert manifest["parameters"]["terugkeer"]["inloop_jaren"] == 0
    assert manifest["begin"] == "2023-05-01"  # no warm-up before --van
    assert manifest["code"]["vt_ledger"] and "git_commit" in manifest["code"]
    assert manifest["aantallen"]["gebeurtenissen"] == a.count(b"\n")
    assert manifest["aantallen"]["meldingen"] > 0 and manifest["aantallen"]["adviezen"] > 0
    assert manifest["wandtijd_seconden"] > 0
    assert (tmp_path / "var" / "b.db.run1.manifest.json").exists()
    assert oefenopslag.runs(env_from_url(database_url)) == [manifest]


def test_by_default_it_simulates_into_the_practice_store_not_the_ledger(vt_ledger, tmp_path):
    resultaat = vt_ledger("simulate", *KORT)
    assert resultaat.exit_code == 0, resultaat.output
    assert (tmp_path / "var" / "oefen.db").exists()
    assert not (tmp_path / "var" / "ledger.db").exists()
    assert oefenopslag.is_oefenopslag(env_from_url("sqlite:///var/oefen.db"))
    assert "Manifest: var/oefen.db.run1.manifest.json" in resultaat.stdout


def test_the_real_ledgers_store_is_refused_and_not_created(vt_ledger, tmp_path, monkeypatch):
    resultaat = vt_ledger("simulate", *KORT, "--database", "sqlite:///var/ledger.db")
    assert resultaat.exit_code == 1
    assert "standaardopslag van de echte ledger" in resultaat.stderr
    assert not (tmp_path / "var" / "ledger.db").exists()
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "sqlite:///var/werk.db")
    resultaat = vt_ledger("simulate", *KORT, "--database", "sqlite:///var/werk.db")
    assert resultaat.exit_code == 1
    assert f"de opslag uit {DATABASE_URL_VARIABLE}" in resultaat.stderr
    assert not (tmp_path / "var" / "werk.db").exists()


def test_a_store_already_holding_this_seed_is_refused(vt_ledger):
    assert vt_ledger("simulate", *KORT).exit_code == 0
    opnieuw = vt_ledger("simulate", *KORT)
    assert opnieuw.exit_code == 1
    assert "al simulatie 1 met seed 4 voor VR25" in opnieuw.stderr
    assert "Traceback" not in opnieuw.output


def test_mistakes_on_the_command_line_are_refused_in_dutch(vt_ledger, tmp_path):
    fout = tmp_path / "fout.yaml"
    fout.write_text("versie: 1\n", encoding="utf-8")
    gevallen = [
        (("--regio", "VR99"), "Onbekende Veilig Thuis-regio 'VR99'"),
        (("--van", "1-1-2023"), "--van '1-1-2023' is geen datum"),
        (("--tot", "2023-04-01"), "De einddatum (--tot) ligt niet na de begindatum"),
        (("--parameters", fout), "fout.yaml, het bestand: volume, melding"),
    ]
    for extra, bericht in gevallen:
        resultaat = vt_ledger("simulate", *KORT, *extra)
        assert resultaat.exit_code == 2, resultaat.output
        assert bericht in resultaat.stderr
    assert not (tmp_path / "var" / "oefen.db").exists()


def test_help_explains_the_practice_store():
    resultaat = CliRunner().invoke(app, ["simulate", "--help"])
    assert resultaat.exit_code == 0
    for woord in ("oefenopslag", "sqlite:///var/oefen.db", "sim:", "--parameters", "--manifest"):
        assert woord in resultaat.stdout
