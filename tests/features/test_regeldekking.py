"""The rule catalogue and the feature files stay in step: the copy of the catalogue equals the
shared one, every rule has a scenario that also shows a refusal or a flag, every feature file
is bound to its step module, and every quoted source passage is really in its source."""

from __future__ import annotations

import re
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from cli.regels import SOORTEN, Scenario, lees_features, overzicht
from ledger.regelcatalogus import regel, regels
from tests.features import taal

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"
#: The shared protocol next to the project (not there in every checkout; never read at run time).
PROTOCOL = ROOT.parent / "shared" / "protocol"

#: Rules that have no scenario yet. The list can only shrink: a rule that gets a scenario must
#: leave it (the second assertion below). It must be empty when the issue "the protocol as
#: executable Dutch features" is done.
NOG_ZONDER_SCENARIO = [
    "R35",
]  # fmt: skip


def scenarios() -> list[Scenario]:
    return lees_features(FEATURES)


def test_the_catalogue_copy_loads_and_equals_the_shared_catalogue() -> None:
    ids = [r.id for r in regels()]
    assert ids == [f"R{n:02d}" for n in range(1, 40)]
    assert regel("R16").naam == "crisis buiten kantoortijd"
    gedeeld = PROTOCOL / "regels.yaml"
    if gedeeld.exists():  # in a checkout without the shared folder there is nothing to compare
        kopie = ROOT / "ledger" / "data" / "regels.yaml"
        assert kopie.read_bytes() == gedeeld.read_bytes(), (
            "ledger/data/regels.yaml differs from ../shared/protocol/regels.yaml: copy it over"
        )


def test_every_rule_has_a_scenario_except_those_still_listed(tmp_path: Path) -> None:
    zonder = set(overzicht(FEATURES, tmp_path / "geen-resultaten.json")["zonder_scenario"])
    assert sorted(zonder - set(NOG_ZONDER_SCENARIO)) == [], "rules without any scenario"
    assert sorted(set(NOG_ZONDER_SCENARIO) - zonder) == [], (
        "these rules have scenarios now: remove them from NOG_ZONDER_SCENARIO"
    )


def test_every_rule_with_scenarios_has_one_that_shows_a_refusal_or_a_flag() -> None:
    alle = scenarios()
    for r in regels():
        eigen = [s for s in alle if r.id in s.tags]
        if eigen:
            assert any(s.tags & set(SOORTEN) for s in eigen), f"{r.id}: only the happy path"


def test_a_weigering_scenario_checks_that_its_own_rule_refused_and_nothing_was_stored() -> None:
    for s in scenarios():
        weigert = [stap for stap in s.stappen if "weigert het register dit" in stap]
        assert bool(weigert) == ("weigering" in s.tags), f"{s.feature}: {s.naam}"
        for stap in weigert:
            m = re.search(r'met regel "(R\d\d)"', stap)
            assert m is None or m[1] in s.tags, f"{s.naam}: refused by {m[1]}, not a tag"
        if weigert:
            assert "En er is niets vastgelegd" in s.stappen, f"{s.naam}: nothing stored?"


def test_every_scenario_in_a_regel_block_checks_that_rule() -> None:
    for s in scenarios():
        assert s.regel_blok is not None, f"{s.feature}: {s.naam} is outside a Regel block"
        regel_id, naam = s.regel_blok.split(" ", 1)
        assert naam == regel(regel_id).naam, f"Regel: {s.regel_blok}; {regel(regel_id)}"
        assert regel_id in s.tags, f"{s.feature}: {s.naam} lacks @{regel_id}"


def test_the_feature_reader_of_vt_ledger_regels_agrees_with_pytest_bdd() -> None:
    for pad in sorted(FEATURES.glob("*.feature")):
        feature = FeatureParser(str(FEATURES), pad.name).parse()
        bdd = sorted(
            (
                naam,
                t.rule.name if t.rule else None,
                sorted(t.tags | feature.tags | (t.rule.tags if t.rule else set())),
            )
            for naam, t in feature.scenarios.items()
        )
        eigen = [s for s in scenarios() if s.feature == f"features/{pad.name}"]
        # pytest-bdd keeps scenarios by name: a repeated name would silently hide one.
        assert len(eigen) == len(bdd), f"{pad.name}: two scenarios share a name"
        assert sorted((s.naam, s.regel_blok, sorted(s.tags)) for s in eigen) == bdd


def test_every_feature_file_is_bound_by_its_own_step_module() -> None:
    for pad in sorted(FEATURES.glob("*.feature")):
        module = ROOT / "tests" / "features" / f"test_{pad.stem}.py"
        assert module.exists(), f"{pad.name} has no step module {module.name}"
        assert f'scenarios("{pad.name}")' in module.read_text("utf-8")


def test_every_date_in_the_features_names_its_own_weekday() -> None:
    for pad in sorted(FEATURES.glob("*.feature")):
        data = re.findall(taal.DATUM, pad.read_text("utf-8"))
        assert data, f"{pad.name}: no dates"
        for datum in data:
            taal.datum(datum)  # ValueError: "03-03-2025 is een maandag, geen dinsdag"


def _normaal(tekst: str) -> str:
    for typografisch, gewoon in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        tekst = tekst.replace(typografisch, gewoon)
    return " ".join(tekst.split())


CITAAT = re.compile(r'"([^"]+)"\s*\(((?:bron|regels\.yaml)[^)]*)\)')


def _bron(citaat: str) -> str | None:
    """The text a citation points at: the rule of the catalogue, or a source document."""
    m = re.match(r"regels\.yaml (R\d\d)", citaat)
    if m:
        r = regel(m[1])
        return _normaal(f"{r.tekst} {r.toets}")
    m = re.match(r"bron (\d{3})", citaat)
    bestanden = sorted((PROTOCOL / "bronnen").glob(f"{m[1]}_*.txt")) if m else []
    return _normaal(bestanden[0].read_text("utf-8")) if bestanden else None


def test_every_feature_and_regel_opens_with_a_quoted_cited_passage_found_in_its_source() -> None:
    for pad in sorted(FEATURES.glob("*.feature")):
        feature = FeatureParser(str(FEATURES), pad.name).parse()
        rules = {t.rule.name: t.rule.description for t in feature.scenarios.values() if t.rule}
        for waar, tekst in [(feature.name, feature.description), *rules.items()]:
            assert tekst.lstrip().startswith('"'), f"{pad.name}, {waar}: no quote first"
            citaten = CITAAT.findall(tekst)
            assert citaten, f"{pad.name}, {waar}: a quote needs its citation in parentheses"
            for passage, citaat in citaten:
                bron = _bron(citaat)
                if bron is None:
                    assert not (PROTOCOL / "bronnen").exists(), f"{citaat}: no such source"
                    continue
                for deel in _normaal(passage).split("[...]"):
                    assert deel.strip() in bron, f"{pad.name}: not in {citaat}: {deel.strip()}"
