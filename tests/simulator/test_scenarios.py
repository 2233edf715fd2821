"""Intervisiescenario's (R30): every file loads, every branch plays to the end, the debrief sets
the choice beside what the routekaart prescribes, a fork leaves the original untouched, a bad
file is refused in Dutch, and `vt-ledger scenario list|run` works."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from ledger.application import Ledger
from ledger.errors import OngeldigeInvoer
from ledger.storage import DATABASE_URL_VARIABLE, env_from_url
from simulator import export, scenario
from simulator.oefenopslag import OefenopslagFout
from simulator.scenario_spel import Debrief, ScenarioFout, ScenarioKlok, oefen_scenario, vertak

PADEN = [(naam, pad) for naam in scenario.namen() for pad in scenario.laad(naam).paden()]


def speel(
    url: str, naam: str, pad: dict[str, str], seed: int = 1, tot_keuze: str | None = None
) -> Debrief:
    s = scenario.laad(naam)
    env = env_from_url(url)
    klok = ScenarioKlok(s.start)
    ledger = Ledger(env, clock=klok)
    try:
        return oefen_scenario(ledger, klok, env, s, seed, lambda p: pad[p.id], tot_keuze).debrief
    finally:
        ledger.close()


def stroom(url: str) -> str:
    ledger = Ledger(env_from_url(url))
    try:
        return "".join(export.regels(ledger))
    finally:
        ledger.close()


def weigeringen_in(s: scenario.Scenario, pad: dict[str, str]) -> list[str]:
    """The refusals the file announces along `pad`."""
    regels, verloop = [], s.verloop
    while True:
        regels += [i.weigering for i in verloop if isinstance(i, scenario.Stap) and i.weigering]
        laatste = verloop[-1]
        if not isinstance(laatste, scenario.Keuzepunt):
            return regels
        verloop = laatste.opties[pad[laatste.id]].verloop


def test_the_three_core_scenarios_are_there_each_with_a_keuzepunt():
    namen = scenario.namen()
    assert {"directe_overdracht", "voorwaarden_en_vervolg", "crisis_zaterdagnacht"} <= set(namen)
    for naam in namen:
        s = scenario.laad(naam)
        assert s.keuzepunten(), naam
        for punt in s.keuzepunten().values():
            assert punt.voorgeschreven in punt.opties and punt.regels and punt.reden


@pytest.mark.parametrize(
    ("naam", "pad"), PADEN, ids=[f"{n}-{'-'.join(p.values())}" for n, p in PADEN]
)
def test_every_branch_plays_to_the_end_with_the_refusals_it_announces(tmp_path, naam, pad):
    d = speel(f"sqlite:///{tmp_path / 'oefen.db'}", naam, pad)
    assert {k.punt: k.gekozen for k in d.keuzes} == pad
    assert [w.regel for w in d.weigeringen] == weigeringen_in(scenario.laad(naam), pad)
    assert all(w.bericht for w in d.weigeringen)
    assert d.tijdlijn[0]["gebeurtenis"] == "MeldingOntvangen"
    assert {t["regel"] for t in d.termijnen} >= {"R31", "R34"}
    assert all(t["oordeel"] in ("gehaald", "te laat", "verlopen", "open", "vervallen")
               for t in d.termijnen)  # fmt: skip


def test_a_branch_plays_the_same_on_both_stores(database_url, tmp_path):
    pad = {"overdracht": "warm", "monitoring": "later"}
    d = speel(database_url, "voorwaarden_en_vervolg", pad)
    sqlite = speel(f"sqlite:///{tmp_path / 'ander.db'}", "voorwaarden_en_vervolg", pad)
    assert stroom(database_url) == stroom(f"sqlite:///{tmp_path / 'ander.db'}")
    assert [(t["regel"], t["oordeel"]) for t in d.termijnen] == [
        (t["regel"], t["oordeel"]) for t in sqlite.termijnen
    ]
    monitoring = [t["oordeel"] for t in d.termijnen if t["regel"] == "R04"]
    assert monitoring == ["te laat", "gehaald"]  # the 3-month moment held after five months


def test_the_debrief_names_the_prescribed_option_its_rules_and_the_refusal(tmp_path):
    d = speel(f"sqlite:///{tmp_path / 'oefen.db'}", "directe_overdracht", {"uitkomst": "zelf"})
    (keuze,) = d.keuzes
    assert (keuze.gekozen, keuze.voorgeschreven, keuze.volgens_protocol) == (
        "zelf",
        "overdracht",
        False,
    )
    assert keuze.regels == ["R36", "R03", "R31"] and "monitort Veilig Thuis niet" in keuze.reden
    (weigering,) = d.weigeringen
    assert weigering.regel == "R09" and "warme overdracht" in weigering.bericht


def test_the_late_option_misses_its_deadline_and_the_prescribed_one_meets_it(tmp_path):
    op_tijd = speel(
        f"sqlite:///{tmp_path / 'a.db'}", "directe_overdracht", {"uitkomst": "overdracht"}
    )
    laat = speel(f"sqlite:///{tmp_path / 'b.db'}", "directe_overdracht", {"uitkomst": "laat"})

    def r31(d: Debrief) -> str:
        return next(t["oordeel"] for t in d.termijnen if t["regel"] == "R31")

    assert (r31(op_tijd), r31(laat)) == ("gehaald", "te laat")
    assert op_tijd.keuzes[0].volgens_protocol and not laat.keuzes[0].volgens_protocol


def test_the_crisis_left_for_monday_leaves_the_consulent_task_open_and_r31_missed(tmp_path):
    direct = speel(f"sqlite:///{tmp_path / 'a.db'}", "crisis_zaterdagnacht", {"crisis": "direct"})
    maandag = speel(f"sqlite:///{tmp_path / 'b.db'}", "crisis_zaterdagnacht", {"crisis": "maandag"})
    assert direct.open_taken == []
    assert [t["regel"] for t in maandag.open_taken if t["regel"] == "R16"] == ["R16"]
    oordelen = [
        next(t["oordeel"] for t in d.termijnen if t["regel"] == "R31") for d in (direct, maandag)
    ]
    assert oordelen == ["gehaald", "te laat"]


def test_a_fork_replays_the_history_and_leaves_the_original_untouched(tmp_path):
    origineel = f"sqlite:///{tmp_path / 'origineel.db'}"
    assert speel(origineel, "crisis_zaterdagnacht", {}, tot_keuze="crisis") is not None
    voor = stroom(origineel)
    assert voor.count("\n") == 3  # household, melding, its radar entry: up to the keuzepunt
    s = scenario.laad("crisis_zaterdagnacht")
    takken = {}
    for optie in ("direct", "maandag"):
        url = f"sqlite:///{tmp_path / f'{optie}.db'}"
        env, klok = env_from_url(url), ScenarioKlok(s.start)
        bron, doel = Ledger(env_from_url(origineel)), Ledger(env, clock=klok)
        try:
            d = vertak(bron, doel, klok, env, s, 1, lambda p, o=optie: o)
        finally:
            bron.close()
            doel.close()
        assert d.keuzes[0].gekozen == optie
        takken[optie] = stroom(url)
    assert stroom(origineel) == voor
    assert all(t.startswith(voor) and len(t) > len(voor) for t in takken.values())
    assert takken["direct"] != takken["maandag"]


def test_a_fork_of_another_history_is_refused(tmp_path):
    origineel = f"sqlite:///{tmp_path / 'origineel.db'}"
    speel(origineel, "crisis_zaterdagnacht", {}, seed=2, tot_keuze="crisis")
    s = scenario.laad("crisis_zaterdagnacht")
    url = f"sqlite:///{tmp_path / 'tak.db'}"
    env, klok = env_from_url(url), ScenarioKlok(s.start)
    bron, doel = Ledger(env_from_url(origineel)), Ledger(env, clock=klok)
    try:
        with pytest.raises(ScenarioFout, match="begint niet met de geschiedenis"):
            vertak(bron, doel, klok, env, s, 1, lambda p: "direct")
    finally:
        bron.close()
        doel.close()


def test_the_same_scenario_and_seed_twice_in_one_store_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'oefen.db'}"
    speel(url, "crisis_zaterdagnacht", {"crisis": "direct"})
    voor = stroom(url)
    with pytest.raises(OefenopslagFout, match="bevat al simulatie 1 met seed 1"):
        speel(url, "crisis_zaterdagnacht", {"crisis": "maandag"})
    assert stroom(url) == voor


GOED = (Path(__file__).parents[2] / "simulator/scenarios/crisis_zaterdagnacht.yaml").read_text()


@pytest.mark.parametrize(
    ("oud", "nieuw", "bericht"),
    [
        ("opdracht: crisisinterventie", "opdracht: vuurwerk", "onbekende opdracht 'vuurwerk'"),
        ("voorgeschreven: direct", "voorgeschreven: later", "noem een van de opties"),
        (
            "{als: kind2, rol: kind, leeftijd: 3}",
            "{als: kind2, rol: kind, leeftijd: 3, voornaam: Piet}",
            "geen namen of BSN",
        ),
        ("op: maandag 09:15", "op: maandagmorgen", "schrijf bijvoorbeeld 'zaterdag 23:15'"),
        ("regels: [R16, R31]", "regels: [R99]", "noem de regels uit regels.yaml"),
        ("slachtoffers: [moeder, kind1, kind2]", "slachtoffers: [oma]", "onbekende persoon oma"),
        ("weigering: R16", "weigering: R77", "'R77' is geen regel uit regels.yaml"),
    ],
)
def test_a_bad_scenario_file_is_refused_in_dutch_naming_the_place(tmp_path, oud, nieuw, bericht):
    assert oud in GOED
    pad = tmp_path / "fout.yaml"
    pad.write_text(GOED.replace(oud, nieuw, 1), encoding="utf-8")
    with pytest.raises(OngeldigeInvoer, match=bericht) as fout:
        scenario.laad(pad)
    assert str(pad) in str(fout.value)


def test_a_refusal_the_file_does_not_announce_stops_the_play(tmp_path):
    pad = tmp_path / "stil.yaml"
    pad.write_text(GOED.replace("            weigering: R16\n", "", 1), encoding="utf-8")
    s = scenario.laad(pad)
    env = env_from_url(f"sqlite:///{tmp_path / 'oefen.db'}")
    klok = ScenarioKlok(s.start)
    ledger = Ledger(env, clock=klok)
    try:
        with pytest.raises(ScenarioFout, match="onverwacht geweigerd: R16"):
            oefen_scenario(ledger, klok, env, s, 1, lambda p: "geen_crisis")
    finally:
        ledger.close()


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def vt_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_scenario_list_shows_every_scenario_and_its_keuzepunten(vt_ledger):
    result = vt_ledger("scenario", "list")
    assert result.exit_code == 0, result.output
    for naam in scenario.namen():
        assert naam in result.stdout
    assert "overdracht, monitoring" in result.stdout


def test_scenario_run_shows_the_debrief(vt_ledger):
    result = vt_ledger("scenario", "run", "crisis_zaterdagnacht", "--keuze", "crisis=geen_crisis")
    assert result.exit_code == 0, result.output
    assert "OEFENGEGEVENS" in result.stdout and "Keuzes" in result.stdout
    assert "Geweigerd" in result.stdout and "R16" in result.stdout and "Tijdlijn" in result.stdout


def test_scenario_run_as_json_into_a_practice_store(vt_ledger, tmp_path):
    url = f"sqlite:///{tmp_path / 'oefen.db'}"
    result = vt_ledger("scenario", "run", "directe_overdracht", "--keuze", "uitkomst=laat",
                       "--database", url, "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    d: dict[str, Any] = json.loads(result.stdout)
    assert d["keuzes"][0]["voorgeschreven"] == "overdracht"
    assert any(t["regel"] == "R31" and t["oordeel"] == "te laat" for t in d["termijnen"])
    assert stroom(url).count("\n") > 5


def test_scenario_run_without_a_choice_and_no_terminal_says_how_to_choose(vt_ledger):
    result = vt_ledger("scenario", "run", "voorwaarden_en_vervolg", "--keuze", "overdracht=warm")
    assert result.exit_code == 2
    assert "Kies met --keuze monitoring=OPTIE uit op_tijd, later" in result.output


def test_scenario_run_refuses_an_unknown_scenario_or_keuzepunt(vt_ledger):
    onbekend = vt_ledger("scenario", "run", "vakantie")
    assert onbekend.exit_code == 2 and "Er is geen scenario 'vakantie'" in onbekend.output
    punt = vt_ledger("scenario", "run", "crisis_zaterdagnacht", "--keuze", "lunch=nu")
    assert punt.exit_code == 2 and "geen keuzepunt lunch" in punt.output
