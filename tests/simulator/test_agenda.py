"""The simulation's clock: actions run in time order (ties in the order they were planned),
never in the past, and office moments fall in office hours on working days (R16, R31)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from ledger import termijnen
from ledger.routekaart import buiten_kantoortijd
from simulator.aankomsten import gewichten, momenten, volume
from simulator.agenda import AMS, Agenda, kantoormoment, lokaal, na_werkdagen, volgend_kantoormoment
from simulator.parameterbestand import laad

P = laad()


def test_actions_run_in_time_order_ties_in_planning_order_and_set_the_clock():
    agenda = Agenda(datetime(2023, 1, 1, tzinfo=AMS))
    gezien = []
    for naam, uur in (("b", 10), ("a", 9), ("c", 10)):
        moment = datetime(2023, 1, 2, uur, tzinfo=AMS)
        agenda.plan(moment, lambda n=naam: gezien.append((n, agenda())))
    agenda.draai(datetime(2023, 1, 3, tzinfo=AMS))
    assert [n for n, _ in gezien] == ["a", "b", "c"]
    assert gezien[0][1] == datetime(2023, 1, 2, 9, tzinfo=AMS)
    with pytest.raises(ValueError):
        agenda.plan(datetime(2023, 1, 1, tzinfo=AMS), lambda: None)


def test_actions_at_or_after_the_end_are_not_carried_out():
    agenda = Agenda(datetime(2023, 1, 1, tzinfo=AMS))
    gezien = []
    agenda.plan(datetime(2023, 1, 2, tzinfo=AMS), lambda: gezien.append(1))
    agenda.draai(datetime(2023, 1, 2, tzinfo=AMS))
    assert gezien == [] and agenda.gepland == 1


def test_office_moments_fall_in_office_hours_on_working_days():
    rng = random.Random(1)
    goede_vrijdag = date(2023, 4, 7)
    for dag in (goede_vrijdag + timedelta(days=i) for i in range(10)):
        moment = kantoormoment(dag, rng)
        assert not buiten_kantoortijd(moment)
        assert lokaal(moment).date() >= dag
    # Friday evening: the bureaudienst takes over on Monday; Easter Monday is no working day.
    na_crisis = volgend_kantoormoment(datetime(2023, 4, 6, 22, 30, tzinfo=AMS), rng)
    assert lokaal(na_crisis).date() == date(2023, 4, 11)


def test_working_day_delays_follow_the_atw_calendar():
    rng = random.Random(2)
    melding = datetime(2023, 4, 6, 11, tzinfo=AMS)  # Thursday before Easter
    moment = na_werkdagen(melding, 5, rng)
    assert lokaal(moment).date() == termijnen.add_werkdagen(melding, 5) == date(2023, 4, 17)


def test_regions_share_the_national_volume_by_number_of_gemeenten():
    aandeel = gewichten(P)
    assert sum(aandeel.values()) == pytest.approx(1)
    assert aandeel["VR09"] == pytest.approx(26 / 342)
    v = volume(P, "VR09", date(2023, 1, 1), date(2024, 1, 1))
    assert v.meldingen == round(127340 * 26 / 342)
    assert v.aankomsten == round(v.meldingen * (1 - P.vervolgmeldingen_per_melding()))
    assert v.adviezen + v.uit_advies == round(143210 * 26 / 342)


def test_arrivals_come_through_the_week_and_the_day():
    rng = random.Random(3)
    aankomsten = momenten(rng, 5000, date(2023, 1, 1), date(2024, 1, 1), P.melding.aankomst)
    assert len(aankomsten) == 5000 and aankomsten == sorted(aankomsten)
    lokaal_ = [lokaal(m) for m in aankomsten]
    weekend = sum(m.weekday() >= 5 for m in lokaal_) / 5000
    avond = sum(m.hour >= 17 for m in lokaal_) / 5000
    assert 0.08 < weekend < 0.25
    assert 0.15 < avond < 0.45
    assert 0.35 < sum(buiten_kantoortijd(m) for m in aankomsten) / 5000 < 0.65
