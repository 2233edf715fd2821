"""A monitormoment records two conditions of stabiele veiligheid (R06) when they were assessed:
risicofactoren aangepakt and herstel gestart; anything but yes, no or not assessed is refused
and stores nothing. Events and snapshots stored before these facts existed still load, with
both facts not assessed (the library's upcasting); on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
from eventsourcing.persistence import StoredEvent

from ledger.casus import Casus
from ledger.errors import OngeldigeInvoer
from tests.builders import Casusbouwer, ctx
from tests.ledger.test_protocol_refusals import ONDERBOUWING, geweigerd

# -- R06 stabiele veiligheid -------------------------------------------------------------------
# toets: De veiligheidshistorie van een huishouden toont stabiele veiligheid alleen als alle
# drie de voorwaarden gelden op de peildatum; één onveilige gebeurtenis binnen zes maanden voor
# de peildatum maakt haar onwaar.

VELDEN = ("risicofactoren_aangepakt", "herstel_gestart")


def in_monitoring(casus: Casusbouwer) -> Casusbouwer:
    return casus.melding().beoordeling().dienst().voorwaarden_en_plan().warme_overdracht()


def uitgevoerd(casus: Casusbouwer) -> list[dict[str, Any]]:
    return [m for m in casus.toestand()["monitormomenten"] if m["uitgevoerd_op"]]


def test_a_monitormoment_records_whether_risicofactoren_are_aangepakt_and_herstel_gestart(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus).monitormoment(risicofactoren_aangepakt=True, herstel_gestart=False)

    toestand = casus.toestand()
    gehouden, gepland = toestand["monitormomenten"]
    assert (gehouden["risicofactoren_aangepakt"], gehouden["herstel_gestart"]) == (True, False)
    assert (gepland["risicofactoren_aangepakt"], gepland["herstel_gestart"]) == (None, None)
    event = casus.ledger.history(casus.casus_id)[-1]
    assert event["type"] == "MonitormomentUitgevoerd"
    assert (event["payload"]["risicofactoren_aangepakt"], event["payload"]["herstel_gestart"]) == (
        True,
        False,
    )
    assert "R06" in event["rule_ids"]


def test_a_monitormoment_that_does_not_assess_them_records_both_as_not_assessed(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus).monitormoment("onvoldoende", herstel_gestart=True)
    casus.monitormoment("voldoende", dagen=270)

    eerste, tweede = uitgevoerd(casus)
    assert (eerste["risicofactoren_aangepakt"], eerste["herstel_gestart"]) == (None, True)
    assert (tweede["risicofactoren_aangepakt"], tweede["herstel_gestart"]) == (None, None)


@pytest.mark.parametrize("veld", VELDEN)
@pytest.mark.parametrize("waarde", ["ja", "True", 1, 0, [], {}], ids=repr)
def test_anything_but_true_false_or_none_is_refused_and_stores_nothing(
    casus: Casusbouwer, veld: str, waarde: Any
) -> None:
    in_monitoring(casus)
    casus.klok.verder(days=92)

    fout = geweigerd(
        casus,
        OngeldigeInvoer,
        lambda: casus.ledger.record_monitormoment(
            ctx(casus.klok),
            casus.casus_id,
            gesproken_met=casus.ouders,
            veiligheid="voldoende",
            bevindingen="Gesproken met beide ouders.",
            **{veld: waarde},
        ),
    )
    assert "(R06) is ja (True), nee (False) of niet beoordeeld (None)" in str(fout)
    assert repr(waarde) in str(fout)
    assert uitgevoerd(casus) == []


# -- stored before R06's facts existed ---------------------------------------------------------


def _zonder_r06(stored: StoredEvent, transcoder: Any) -> StoredEvent:
    """The stored event as version 1 wrote it: no class_version, neither fact."""
    state = transcoder.decode(stored.state)
    assert state.pop("class_version") == 2
    for veld in VELDEN:
        del state[veld]
    return dataclasses.replace(stored, state=transcoder.encode(state))


def test_a_monitormoment_stored_before_the_r06_facts_loads_with_both_not_assessed(
    casus: Casusbouwer,
) -> None:
    ledger = in_monitoring(casus).ledger
    mapper = ledger.mapper
    assert mapper.compressor is None and mapper.cipher is None  # state is plain JSON here
    casus.klok.verder(days=92)
    aggregaat = ledger.repository.get(casus.casus_id)
    aggregaat.record_monitormoment(
        ctx(casus.klok), casus.klok.nu, None, casus.ouders, "voldoende", "Goed gesprek."
    )
    (event,) = aggregaat.collect_events()
    ledger.recorder.insert_events([_zonder_r06(mapper.to_stored_event(event), mapper.transcoder)])

    # What the store holds is version 1 ...
    opgeslagen = ledger.recorder.select_events(casus.casus_id, desc=True, limit=1)[0]
    oud = mapper.transcoder.decode(opgeslagen.state)
    assert opgeslagen.topic.endswith(":MonitormomentUitgevoerd")
    assert "class_version" not in oud and not set(VELDEN) & set(oud)
    # ... and it loads as version 2 with both facts not assessed, for reading and writing.
    (moment,) = uitgevoerd(casus)
    assert (moment["veiligheid"], moment["bevindingen"]) == ("voldoende", "Goed gesprek.")
    assert (moment["risicofactoren_aangepakt"], moment["herstel_gestart"]) == (None, None)
    assert ledger.history(casus.casus_id)[-1]["payload"]["herstel_gestart"] is None
    casus.klok.verder(days=1)
    ledger.close_casus(ctx(casus.klok), casus.casus_id, "veiligheid_gerealiseerd", ONDERBOUWING)
    assert casus.toestand()["fase"] == "afgesloten"


def test_a_casus_snapshot_taken_before_the_r06_facts_loads_with_both_not_assessed(
    casus: Casusbouwer,
) -> None:
    in_monitoring(casus).monitormoment(risicofactoren_aangepakt=True, herstel_gestart=True)
    ledger = casus.ledger
    aggregaat = ledger.repository.get(casus.casus_id)
    nieuw = Casus.Snapshot.take(aggregaat)
    state = copy.deepcopy(dict(nieuw.state))
    assert state.pop("class_version") == Casus.class_version
    for m in state["monitormomenten"]:
        for veld in VELDEN:
            del m[veld]
    for regie in state["regie"].values():
        regie.pop("team", None)  # version 3 added the team (the dicts may be shared)
    ledger.snapshots.put([dataclasses.replace(nieuw, state=state)])

    # The events say True; only the version 1 snapshot, upcast, can make both None.
    toestand = casus.toestand()
    for m in toestand["monitormomenten"]:
        assert (m["risicofactoren_aangepakt"], m["herstel_gestart"]) == (None, None)
    assert all(regie["team"] is None for regie in toestand["regie"].values())
