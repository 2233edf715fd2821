"""`vt-ledger regels [--json]`: every rule with its scenarios (from the feature files) and their
last results (from the file the test suite writes), and the rules without a scenario."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from cli.regels import FeatureFout, parse_feature
from ledger.regelcatalogus import regel_ids

ROOT = Path(__file__).resolve().parents[2]

FEATURE = '''# language: nl
@signalering
Functionaliteit: Een proef
  "Een citaat." (bron 001)

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht

  Regel: R16 crisis buiten kantoortijd

    @R16
    Scenario: Een acute melding 's avonds
      Als de politie meldt
      Dan pakt de crisisdienst haar op
        """
        Scenario: geen scenario, maar tekst
        """

    @R16 @weigering
    Abstract Scenario: Een crisisinterventie zonder acute melding
      Als de crisisdienst ingrijpt op <moment>
      Dan weigert het register dit met regel "R16"

      @R33
      Voorbeelden:
        | moment |
        | nu     |

  Regel: R01 volledige triage

    @R01 @R24
    Scenario: Een triage zonder radar
      Dan weigert het register dit met regel "R01"
'''


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "proef.feature").write_text(FEATURE, "utf-8")
    return tmp_path


def resultaten(pad: Path, per_scenario: dict[str, dict[str, str]]) -> Path:
    tijd = "2025-03-03T10:00:00+01:00"
    data = {
        "versie": 1,
        "scenarios": {
            "features/proef.feature": {
                naam: {opslag: {"uitkomst": u, "tijd": tijd} for opslag, u in uitkomsten.items()}
                for naam, uitkomsten in per_scenario.items()
            }
        },
    }
    pad.write_text(json.dumps(data), "utf-8")
    return pad


def vt_ledger(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_the_reader_takes_tags_from_scenario_regel_and_functionaliteit() -> None:
    scenarios = parse_feature(FEATURE, "features/proef.feature")
    assert [(s.naam, s.regel_blok, sorted(s.tags)) for s in scenarios] == [
        ("Een acute melding 's avonds", "R16 crisis buiten kantoortijd", ["R16", "signalering"]),
        (
            "Een crisisinterventie zonder acute melding",
            "R16 crisis buiten kantoortijd",
            ["R16", "signalering", "weigering"],  # the tag of its Voorbeelden is not its own
        ),
        ("Een triage zonder radar", "R01 volledige triage", ["R01", "R24", "signalering"]),
    ]
    assert scenarios[0].stappen == ("Als de politie meldt", "Dan pakt de crisisdienst haar op")


def test_a_feature_file_that_is_not_dutch_is_refused() -> None:
    with pytest.raises(FeatureFout, match="language: nl"):
        parse_feature("Feature: English\n  Scenario: x\n", "features/en.feature")


def test_regels_lists_every_rule_with_its_scenarios_and_their_last_results(project: Path) -> None:
    pad = resultaten(
        project / "resultaten.json",
        {
            "Een acute melding 's avonds": {"sqlite": "geslaagd", "postgresql": "geslaagd"},
            "Een triage zonder radar": {"sqlite": "geslaagd", "postgresql": "mislukt"},
        },
    )
    result = vt_ledger("regels", "--features", project / "features", "--resultaten", pad)
    assert result.exit_code == 0, result.output
    uit = result.stdout
    assert "R16  crisis buiten kantoortijd" in uit
    assert "- features/proef.feature: Een acute melding 's avonds [signalering]" in uit
    assert (
        "geslaagd (postgresql: geslaagd op 03-03-2025 10:00; sqlite: geslaagd op 03-03-2025 10:00)"
        in uit
    )
    assert "mislukt (postgresql: mislukt op 03-03-2025 10:00; sqlite: geslaagd" in uit
    assert "Een crisisinterventie zonder acute melding [weigering, signalering]" in uit
    assert "nog niet gedraaid" in uit  # the abstract scenario has no result yet
    # R24 is checked by the scenario of the R01 block as well.
    assert uit.count("Een triage zonder radar") == 2
    assert "R02  monitoring na Voorwaarden en Vervolg of Onderzoek" in uit
    assert "GEEN SCENARIO" in uit
    assert "39 regels: 3 met een scenario, 36 zonder (R02, R03," in uit
    assert f"Uitkomsten uit {pad}." in uit


def test_regels_as_json(project: Path) -> None:
    pad = resultaten(
        project / "resultaten.json", {"Een triage zonder radar": {"sqlite": "overgeslagen"}}
    )
    result = vt_ledger("regels", "--json", "--features", project / "features", "--resultaten", pad)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert [r["id"] for r in document["regels"]] == list(regel_ids())
    per_id = {r["id"]: r for r in document["regels"]}
    assert per_id["R16"]["naam"] == "crisis buiten kantoortijd"
    assert per_id["R16"]["bron"] == "001 (artikel 1)"
    assert [s["scenario"] for s in per_id["R16"]["scenarios"]] == [
        "Een acute melding 's avonds",
        "Een crisisinterventie zonder acute melding",
    ]
    triage = per_id["R24"]["scenarios"][0]
    assert triage == {
        "feature": "features/proef.feature",
        "regel_blok": "R01 volledige triage",
        "scenario": "Een triage zonder radar",
        "lijn": 32,
        "soort": ["signalering"],
        "resultaat": {
            "uitkomst": "overgeslagen",
            "opslag": {"sqlite": {"uitkomst": "overgeslagen", "tijd": "2025-03-03T10:00:00+01:00"}},
            "tijd": "2025-03-03T10:00:00+01:00",
        },
    }
    assert per_id["R16"]["scenarios"][0]["resultaat"]["uitkomst"] == "nog niet gedraaid"
    assert document["zonder_scenario"] == [i for i in regel_ids() if i not in ("R01", "R16", "R24")]
    assert document["resultaten"] == str(pad)


def test_without_a_results_file_every_scenario_is_not_yet_run(project: Path) -> None:
    geen = project / "var" / "regels-resultaten.json"
    result = vt_ledger("regels", "--features", project / "features", "--resultaten", geen)
    assert result.exit_code == 0, result.output
    assert "nog niet gedraaid" in result.stdout and "geslaagd" not in result.stdout
    assert "Uitkomsten: nog niet gedraaid" in result.stdout
    als_json = vt_ledger(
        "regels", "--json", "--features", project / "features", "--resultaten", geen
    )
    assert json.loads(als_json.stdout)["resultaten"] is None


def test_a_missing_features_folder_or_a_broken_results_file_is_a_dutch_error(
    project: Path,
) -> None:
    result = vt_ledger("regels", "--features", project / "nergens")
    assert result.exit_code == 2
    assert "De map met feature-bestanden" in result.stderr and "bestaat niet" in result.stderr
    kapot = project / "kapot.json"
    kapot.write_text("{niet af", "utf-8")
    result = vt_ledger("regels", "--features", project / "features", "--resultaten", kapot)
    assert result.exit_code == 1
    assert "geen geldig bestand met testresultaten" in result.stderr
    assert "Traceback" not in result.output


def test_regels_reads_the_projects_features_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    result = vt_ledger("regels", "--json", "--resultaten", tmp_path / "geen.json")
    assert result.exit_code == 0, result.output
    per_id = {r["id"]: r for r in json.loads(result.stdout)["regels"]}
    crisis = per_id["R16"]["scenarios"]
    assert {s["feature"] for s in crisis} == {"features/crisis.feature"}
    assert any("weigering" in s["soort"] for s in crisis)
    assert any("signalering" in s["soort"] for s in crisis)
