"""`vt-ledger projections status|follow --once|rebuild` and `vt-ledger beleidsinformatie`
on both stores, with Dutch errors for bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest

from projections.catalogus import LEESMODELLEN
from tests.builders import Casusbouwer, dag


@pytest.fixture
def twee_casussen(casus: Casusbouwer) -> int:
    casus.klok.nu = dag(2023, 3, 6)
    casus.melding().beoordeling(uitkomst="geen_vervolg", dienst=None)
    ander = Casusbouwer(casus.ledger, casus.klok, casus.faker, vt_organisatie="VR08")
    ander.melding(melder={"type": "niet_professional"}, aard_geweld=["partnergeweld"])
    return casus.ledger.recorder.max_notification_id()


def _status(vt_ledger) -> dict[str, dict]:
    result = vt_ledger("projections", "status", "--json")
    assert result.exit_code == 0, result.output
    return {s["naam"]: s for s in json.loads(result.stdout)}


def test_follow_once_catches_every_read_model_up_and_status_shows_it(vt_ledger, twee_casussen):
    voor = _status(vt_ledger)
    assert set(voor) == set(LEESMODELLEN)
    assert all(s["positie"] == 0 and s["achterstand"] == twee_casussen for s in voor.values())

    result = vt_ledger("projections", "follow", "--once", "--batch-size", "3")
    assert result.exit_code == 0, result.output
    assert f"{', '.join(LEESMODELLEN)}: bij, positie {twee_casussen}" in result.stderr

    na = _status(vt_ledger)
    assert all(s["positie"] == twee_casussen and s["achterstand"] == 0 for s in na.values())
    tabel = vt_ledger("projections", "status")
    assert "achterstand" in tabel.stdout and "termijnen" in tabel.stdout


def test_rebuild_of_one_read_model_moves_it_to_new_tables(vt_ledger, twee_casussen):
    result = vt_ledger("projections", "rebuild", "termijnen")
    assert result.exit_code == 0, result.output
    assert "Opnieuw opgebouwd: termijnen in termijnen_g1_*" in result.stderr
    status = _status(vt_ledger)
    assert status["termijnen"]["tabellen"] == "termijnen_g1"
    assert status["termijnen"]["positie"] == twee_casussen
    assert status["regie"]["tabellen"] == "regie"  # the others untouched


def test_an_unknown_read_model_is_a_dutch_error(vt_ledger):
    for command in ("status", "rebuild", "follow"):
        result = vt_ledger("projections", command, "zaaklijst")
        assert result.exit_code == 2, result.output
        assert "Onbekend leesmodel 'zaaklijst'" in result.stderr
        assert "Traceback" not in result.output


def test_beleidsinformatie_as_table_and_as_csv(vt_ledger, twee_casussen):
    result = vt_ledger("beleidsinformatie", "--periode", "2023H1")
    assert result.exit_code == 0, result.output
    assert "Beleidsinformatie 2023H1, alle Veilig Thuis-organisaties" in result.stdout
    assert "niet professional" in result.stdout and "50,0%" in result.stdout

    als_csv = vt_ledger(
        "beleidsinformatie", "--periode", "2023H1", "--csv", "--organisatie", "VR08"
    )
    assert als_csv.exit_code == 0, als_csv.output
    rijen = list(csv.reader(io.StringIO(als_csv.stdout), delimiter=";"))
    assert rijen[0] == ["periode", "vt_organisatie", "onderwerp", "categorie", "aantal"]
    tellingen = {(r[2], r[3]): int(r[4]) for r in rijen[1:]}
    assert all(r[1] == "VR08" for r in rijen[1:])
    assert tellingen["meldingen_naar_melder", "niet_professional"] == 1
    assert tellingen["meldingen_naar_aard_geweld", "partnergeweld"] == 1
    assert ("meldingen_naar_melder", "professional") not in tellingen

    leeg = vt_ledger("beleidsinformatie", "--periode", "2023H2")
    assert leeg.exit_code == 0 and "Niets geteld" in leeg.stdout


@pytest.mark.parametrize("periode", ["2023H3", "2023-1", "23H1", ""])
def test_beleidsinformatie_refuses_a_malformed_period(vt_ledger, periode):
    result = vt_ledger("beleidsinformatie", "--periode", periode)
    assert result.exit_code == 2, result.output
    assert "Ongeldige periode" in result.stderr and "2023H1" in result.stderr
