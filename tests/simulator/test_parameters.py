"""The parameter file a trainer copies and changes: the shipped one loads and matches CBS, and
every kind of mistake is refused with a Dutch message that says where it is."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from ledger.errors import OngeldigeInvoer
from simulator.parameterbestand import laad

CBS = yaml.safe_load((Path(__file__).parent / "cbs_2023.yaml").read_text("utf-8"))


def standaard() -> dict[str, Any]:
    return yaml.safe_load(resources.files("simulator").joinpath("parameters.yaml").read_text())


def gewijzigd(tmp_path: Path, wijzig: Callable[[dict[str, Any]], None]) -> Path:
    ruw = standaard()
    wijzig(ruw)
    pad = tmp_path / "mijn-parameters.yaml"
    pad.write_text(yaml.safe_dump(ruw, allow_unicode=True), encoding="utf-8")
    return pad


def weigering(tmp_path: Path, wijzig: Callable[[dict[str, Any]], None]) -> str:
    with pytest.raises(OngeldigeInvoer) as fout:
        laad(gewijzigd(tmp_path, wijzig))
    return fout.value.bericht


def test_the_shipped_parameters_load_and_a_copy_loads_the_same(tmp_path):
    kopie = laad(gewijzigd(tmp_path, lambda ruw: None))
    origineel = laad()
    assert kopie.als_dict() | {"bron": ""} == origineel.als_dict() | {"bron": ""}
    assert kopie.bron.endswith("mijn-parameters.yaml")


def test_the_shipped_parameters_carry_the_cbs_volumes_and_vervolg_share():
    p = laad()
    assert p.volume.meldingen_per_jaar == CBS["meldingen"]["total"]
    assert p.volume.adviezen_per_jaar == CBS["adviezen"]["total"]
    vervolg = sum(v for k, v in CBS["eerdere_betrokkenheid"].items() if k.startswith("vervolg"))
    # New incidents per trajectory phase bring the CBS share of vervolgmeldingen (R14, R38).
    assert p.vervolgmeldingen_per_melding() == pytest.approx(vervolg, abs=0.002)


def test_shares_that_do_not_sum_to_one_are_refused(tmp_path):
    def wijzig(ruw):
        ruw["melding"]["sector"]["politie"] = 0.60

    bericht = weigering(tmp_path, wijzig)
    assert "melding.sector" in bericht
    assert "tellen op tot 0,8854 in plaats van 1" in bericht
    assert "mijn-parameters.yaml" in bericht


def test_a_negative_delay_is_refused(tmp_path):
    def wijzig(ruw):
        ruw["veiligheidsbeoordeling"]["werkdagen"][-2] = ruw["veiligheidsbeoordeling"][
            "werkdagen"
        ].pop(15)

    bericht = weigering(tmp_path, wijzig)
    assert "veiligheidsbeoordeling.werkdagen" in bericht
    assert "een vertraging kan niet negatief zijn (-2)" in bericht


def test_an_unknown_category_is_refused_naming_the_allowed_ones(tmp_path):
    def wijzig(ruw):
        ruw["veiligheidsbeoordeling"]["uitkomst"]["doorverwijzing"] = 0.0

    bericht = weigering(tmp_path, wijzig)
    assert "onbekende categorie doorverwijzing" in bericht
    assert "vervolg_bij_veilig_thuis" in bericht


def test_a_warme_overdracht_to_a_party_the_ledger_refuses_is_refused_here(tmp_path):
    def wijzig(ruw):
        ruw["overdracht"]["warm_ontvanger"] = {"betrokken_professional": 1.0}

    assert "onbekende categorie betrokken_professional" in weigering(tmp_path, wijzig)


def test_an_unknown_or_missing_key_is_refused(tmp_path):
    assert "onbekende sleutel kans_op_regen" in weigering(
        tmp_path, lambda ruw: ruw["monitoring"].update(kans_op_regen=0.5)
    )
    assert "terugkeer ontbreekt" in weigering(tmp_path, lambda ruw: ruw.pop("terugkeer"))


@pytest.mark.parametrize(
    ("wijzig", "verwacht"),
    [
        (lambda r: r["melding"].update(acute_onveiligheid=1.2), "een kans ligt tussen 0 en 1"),
        (lambda r: r["melding"].update(uit_advies="veel"), "verwacht een getal, niet 'veel'"),
        (lambda r: r["volume"].update(meldingen_per_jaar=-5), "-5 is kleiner dan 0"),
        (lambda r: r["melding"]["aankomst"].update(uur=[1.0] * 23), "een lijst van 24 gewichten"),
        (lambda r: r["volume"].update(regio_gewichten={"VR26": 0.1}), "onbekende regio 'VR26'"),
        (lambda r: r["dienst"]["conclusies"].pop("overig"), "per aard van het geweld en 'overig'"),
        (lambda r: r.update(versie=2), "deze simulator leest versie 1"),
        (lambda r: r["terugkeer"].update(inloop_jaren=1.5), "verwacht een geheel getal"),
    ],
)
def test_other_mistakes_are_refused_in_dutch(tmp_path, wijzig, verwacht):
    assert verwacht in weigering(tmp_path, wijzig)


def test_a_missing_or_broken_file_is_refused(tmp_path):
    with pytest.raises(OngeldigeInvoer, match=r"Kan het parameterbestand .* niet lezen"):
        laad(tmp_path / "bestaat-niet.yaml")
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("melding: [1, 2\n", encoding="utf-8")
    with pytest.raises(OngeldigeInvoer, match="is geen geldige YAML"):
        laad(kapot)


def test_parameters_are_frozen():
    p = laad()
    with pytest.raises(AttributeError):
        p.melding.acute_onveiligheid = 0.5  # type: ignore[misc]
