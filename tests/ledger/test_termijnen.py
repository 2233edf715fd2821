"""Working-day calendar and deadline arithmetic (Atw art. 1 and 3; rules R31, R32, R34, R04).

Every expected date below was worked out by hand against `calendar.month(...)`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledger import termijnen
from ledger.termijnen import (
    AMSTERDAM,
    add_maanden,
    add_weken,
    add_werkdagen,
    is_werkdag,
    lokale_datum,
    monitormomenten,
    niet_werkdagen,
    uiterste_datum_dienst,
    uiterste_datum_informeren_gegevens,
    uiterste_datum_veiligheidsbeoordeling,
    volgende_werkdag_of_zelf,
    werkdagen_tussen,
)


def _ontvangen(jaar: int, maand: int, dag: int, uur: int = 10) -> datetime:
    return datetime(jaar, maand, dag, uur, 0, tzinfo=AMSTERDAM)


def _vb(ontvangen: datetime) -> date:
    return uiterste_datum_veiligheidsbeoordeling(ontvangen, acuut=False)


# --- the calendar itself -------------------------------------------------------------------


def test_non_working_days_2026_are_exactly_the_atw_days_plus_gelijkgestelde_dagen():
    assert set(niet_werkdagen(2026)) == {
        date(2026, 1, 1),
        date(2026, 1, 2),
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 4, 27),
        date(2026, 5, 5),
        date(2026, 5, 14),
        date(2026, 5, 15),
        date(2026, 5, 25),
        date(2026, 12, 25),
        date(2026, 12, 26),
    }


def test_easter_sunday_and_whit_sunday_are_not_listed_as_atw_days():
    dagen = niet_werkdagen(2025)
    assert date(2025, 4, 20) not in dagen
    assert date(2025, 6, 8) not in dagen


def test_non_working_days_carry_dutch_names_for_the_ui():
    dagen = niet_werkdagen(2026)
    assert dagen[date(2026, 4, 3)] == "Goede Vrijdag"
    assert dagen[date(2026, 5, 5)] == "Bevrijdingsdag"
    assert dagen[date(2026, 12, 26)] == "Tweede Kerstdag"
    assert "Hemelvaart" in dagen[date(2026, 5, 15)]
    assert "Nieuwjaarsdag" in dagen[date(2026, 1, 2)]


def test_mutating_the_returned_dict_does_not_change_the_calendar():
    niet_werkdagen(2026).clear()
    assert not is_werkdag(date(2026, 5, 15))


def test_koningsdag_2025_is_saturday_26_april_because_27_april_is_a_sunday():
    dagen = niet_werkdagen(2025)
    assert dagen[date(2025, 4, 26)] == "Koningsdag"
    assert date(2025, 4, 27) not in dagen
    assert is_werkdag(date(2025, 4, 28))


def test_koningsdag_2027_tuesday_and_2028_thursday_with_its_bridge_friday():
    assert not is_werkdag(date(2027, 4, 27))
    assert not is_werkdag(date(2028, 4, 27))
    assert not is_werkdag(date(2028, 4, 28))
    assert not is_werkdag(date(2028, 5, 26))


@pytest.mark.parametrize(
    "dag",
    [date(2026, 5, 5), date(2027, 5, 5), date(2028, 5, 5), date(2031, 5, 5)],
    ids=["2026-tue", "2027-wed", "2028-fri", "2031-mon"],
)
def test_5_mei_is_not_a_working_day_in_non_lustrum_years(dag):
    assert dag.weekday() < 5
    assert not is_werkdag(dag)


def test_ordinary_weekdays_are_working_days_and_weekends_are_not():
    assert is_werkdag(date(2026, 5, 6))
    assert is_werkdag(date(2026, 5, 4))
    assert not is_werkdag(date(2026, 5, 9))
    assert not is_werkdag(date(2026, 5, 10))


def test_a_year_outside_the_catalogue_has_only_the_statutory_days():
    assert set(niet_werkdagen(2029)) == {
        date(2029, 1, 1),
        date(2029, 3, 30),
        date(2029, 4, 2),
        date(2029, 4, 27),
        date(2029, 5, 5),
        date(2029, 5, 10),
        date(2029, 5, 21),
        date(2029, 12, 25),
        date(2029, 12, 26),
    }


def test_working_days_in_2026_number_251():
    assert werkdagen_tussen(date(2025, 12, 31), date(2026, 12, 31)) == 251


def test_working_days_in_2027_number_253():
    assert werkdagen_tussen(date(2026, 12, 31), date(2027, 12, 31)) == 253


# --- R31: veiligheidsbeoordeling within five working days ----------------------------------


def test_melding_on_thursday_before_easter_2025_is_due_monday_28_april():
    assert _vb(_ontvangen(2025, 4, 17)) == date(2025, 4, 28)


def test_melding_on_thursday_before_easter_2026_is_due_monday_13_april():
    assert _vb(_ontvangen(2026, 4, 2)) == date(2026, 4, 13)


def test_melding_on_thursday_before_easter_2027_is_due_monday_5_april():
    assert _vb(_ontvangen(2027, 3, 25)) == date(2027, 4, 5)


def test_melding_before_koningsdag_monday_2026_is_due_friday_1_may():
    assert _vb(_ontvangen(2026, 4, 23)) == date(2026, 5, 1)


def test_melding_on_friday_before_5_mei_2025_is_due_monday_12_may():
    assert _vb(_ontvangen(2025, 5, 2)) == date(2025, 5, 12)


def test_melding_on_monday_before_5_mei_2026_non_lustrum_is_due_tuesday_12_may():
    assert _vb(_ontvangen(2026, 5, 4)) == date(2026, 5, 12)


def test_melding_before_hemelvaart_2026_skips_bridge_friday_and_is_due_friday_22_may():
    assert _vb(_ontvangen(2026, 5, 13)) == date(2026, 5, 22)


def test_melding_before_5_mei_hemelvaart_and_bridge_day_2027_is_due_friday_14_may():
    assert _vb(_ontvangen(2027, 5, 4)) == date(2027, 5, 14)


def test_melding_before_tweede_pinksterdag_2025_is_due_wednesday_11_june():
    assert _vb(_ontvangen(2025, 6, 3)) == date(2025, 6, 11)


def test_melding_on_friday_before_tweede_pinksterdag_2026_is_due_monday_1_june():
    assert _vb(_ontvangen(2026, 5, 22)) == date(2026, 6, 1)


def test_melding_on_friday_before_tweede_pinksterdag_2027_is_due_monday_24_may():
    assert _vb(_ontvangen(2027, 5, 14)) == date(2027, 5, 24)


def test_melding_on_christmas_eve_2025_skips_2_january_2026_and_is_due_tuesday_6_january():
    assert _vb(_ontvangen(2025, 12, 24)) == date(2026, 1, 6)


def test_melding_on_christmas_eve_2026_is_due_monday_4_january_2027():
    assert _vb(_ontvangen(2026, 12, 24)) == date(2027, 1, 4)


def test_christmas_2027_on_a_weekend_is_not_moved_to_monday():
    assert _vb(_ontvangen(2027, 12, 24)) == date(2027, 12, 31)


def test_melding_on_saturday_counts_monday_as_day_one_and_is_due_friday():
    assert _vb(_ontvangen(2025, 4, 5)) == date(2025, 4, 11)


def test_acute_melding_is_due_the_same_day_even_late_at_night():
    uiterste = uiterste_datum_veiligheidsbeoordeling(_ontvangen(2025, 4, 17, uur=23), acuut=True)
    assert uiterste == date(2025, 4, 17)


def test_acute_melding_on_goede_vrijdag_is_still_due_that_day():
    uiterste = uiterste_datum_veiligheidsbeoordeling(_ontvangen(2026, 4, 3), acuut=True)
    assert uiterste == date(2026, 4, 3)


def test_acute_melding_at_2330_utc_on_31_december_is_due_1_january_local():
    ontvangen = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert uiterste_datum_veiligheidsbeoordeling(ontvangen, acuut=True) == date(2026, 1, 1)


def test_melding_late_sunday_utc_is_monday_in_amsterdam_and_counts_from_there():
    # Sunday 4 Jan 2026 23:30 UTC = Monday 5 Jan 00:30 CET, so day one is Tuesday 6 Jan.
    ontvangen = datetime(2026, 1, 4, 23, 30, tzinfo=UTC)
    assert _vb(ontvangen) == date(2026, 1, 12)


def test_naive_datetime_is_refused():
    naief = datetime(2025, 4, 17, 10, 0)
    with pytest.raises(ValueError):
        uiterste_datum_veiligheidsbeoordeling(naief, acuut=False)
    with pytest.raises(ValueError):
        uiterste_datum_veiligheidsbeoordeling(naief, acuut=True)
    for functie in (lokale_datum, uiterste_datum_dienst, monitormomenten, is_werkdag):
        with pytest.raises(ValueError):
            functie(naief)
    with pytest.raises(ValueError):
        werkdagen_tussen(naief, date(2025, 5, 1))


# --- local date ----------------------------------------------------------------------------


def test_utc_2330_on_31_december_is_already_1_january_in_amsterdam():
    assert lokale_datum(datetime(2025, 12, 31, 23, 30, tzinfo=UTC)) == date(2026, 1, 1)


def test_utc_2230_in_summer_is_already_the_next_day_in_amsterdam():
    assert lokale_datum(datetime(2025, 6, 30, 22, 30, tzinfo=UTC)) == date(2025, 7, 1)
    assert lokale_datum(datetime(2025, 12, 30, 22, 30, tzinfo=UTC)) == date(2025, 12, 30)


def test_a_plain_date_passes_through_unchanged():
    assert lokale_datum(date(2025, 4, 17)) == date(2025, 4, 17)


# --- add_werkdagen / werkdagen_tussen basics ------------------------------------------------


def test_zero_working_days_is_the_local_date_itself_even_on_a_holiday():
    assert add_werkdagen(date(2026, 1, 1), 0) == date(2026, 1, 1)
    assert add_werkdagen(datetime(2025, 12, 31, 23, 30, tzinfo=UTC), 0) == date(2026, 1, 1)


def test_negative_number_of_working_days_is_refused():
    with pytest.raises(ValueError):
        add_werkdagen(date(2026, 1, 5), -1)


def test_working_days_across_the_year_boundary():
    assert add_werkdagen(date(2025, 12, 31), 1) == date(2026, 1, 5)
    assert add_werkdagen(date(2025, 12, 1), 30) == date(2026, 1, 16)
    assert werkdagen_tussen(date(2025, 12, 24), date(2026, 1, 6)) == 5


def test_working_days_between_counts_the_end_but_not_the_start():
    assert werkdagen_tussen(date(2025, 4, 17), date(2025, 4, 28)) == 5
    assert werkdagen_tussen(date(2025, 4, 22), date(2025, 4, 22)) == 0
    assert werkdagen_tussen(date(2025, 4, 28), date(2025, 4, 17)) == 0
    assert werkdagen_tussen(date(2025, 4, 17), date(2025, 4, 21)) == 0


def test_next_working_day_or_itself():
    assert volgende_werkdag_of_zelf(date(2026, 5, 13)) == date(2026, 5, 13)
    assert volgende_werkdag_of_zelf(date(2026, 5, 14)) == date(2026, 5, 18)
    assert volgende_werkdag_of_zelf(date(2025, 12, 25)) == date(2025, 12, 29)


# --- R32: ten weeks; R34: four weeks --------------------------------------------------------


def test_ten_week_term_ending_on_koningsdag_2026_moves_to_tuesday_28_april():
    assert uiterste_datum_dienst(date(2026, 2, 16)) == date(2026, 4, 28)


def test_ten_week_term_ending_on_tweede_paasdag_2025_moves_to_tuesday_22_april():
    assert uiterste_datum_dienst(date(2025, 2, 10)) == date(2025, 4, 22)


def test_ten_week_term_ending_on_hemelvaart_2026_moves_past_bridge_day_to_monday_18_may():
    assert uiterste_datum_dienst(date(2026, 3, 5)) == date(2026, 5, 18)


def test_ten_week_term_ending_on_saturday_christmas_2027_moves_to_monday_27_december():
    assert uiterste_datum_dienst(date(2027, 10, 16)) == date(2027, 12, 27)


def test_ten_week_term_ending_on_a_working_day_stays():
    assert uiterste_datum_dienst(date(2025, 4, 2)) == date(2025, 6, 11)


def test_four_week_term_ending_on_5_mei_2026_moves_to_wednesday_6_may():
    assert uiterste_datum_informeren_gegevens(date(2026, 4, 7)) == date(2026, 5, 6)


def test_four_week_term_ending_on_gelijkgestelde_2_january_2026_moves_to_monday_5_january():
    assert uiterste_datum_informeren_gegevens(_ontvangen(2025, 12, 5)) == date(2026, 1, 5)


def test_four_week_term_ending_on_a_working_day_stays():
    assert uiterste_datum_informeren_gegevens(date(2025, 6, 4)) == date(2025, 7, 2)
    assert add_weken(date(2025, 6, 4), 0) == date(2025, 6, 4)


# --- R04: monitormomenten -------------------------------------------------------------------


def test_monitormomenten_after_31_august_clamp_to_30_november():
    assert monitormomenten(date(2025, 8, 31)) == (date(2025, 11, 30), date(2026, 8, 31))


def test_monitormomenten_after_29_february_2028_clamp_to_28_february_2029():
    assert monitormomenten(date(2028, 2, 29)) == (date(2028, 5, 29), date(2029, 2, 28))


def test_monitormoment_on_a_sunday_or_holiday_is_not_moved():
    # 30 Nov 2025 is a Sunday; 25 Apr 2027 is a Sunday; 26 Dec 2026 is Tweede Kerstdag.
    assert monitormomenten(date(2025, 8, 31))[0] == date(2025, 11, 30)
    assert monitormomenten(date(2027, 1, 25))[0] == date(2027, 4, 25)
    assert monitormomenten(date(2025, 12, 26))[1] == date(2026, 12, 26)


def test_monitormomenten_use_the_local_date_of_an_aware_datetime():
    overdracht = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert monitormomenten(overdracht) == (date(2026, 4, 1), date(2027, 1, 1))


def test_add_maanden_clamps_31_january_to_end_of_february():
    assert add_maanden(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_maanden(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_maanden(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_maanden(date(2025, 11, 15), 14) == date(2027, 1, 15)


# --- data file ------------------------------------------------------------------------------


def test_gelijkgestelde_dagen_come_from_the_data_file():
    assert set(termijnen._gelijkgestelde_dagen()) == {
        date(2026, 1, 2),
        date(2026, 5, 15),
        date(2027, 5, 7),
        date(2028, 4, 28),
        date(2028, 5, 26),
    }


# --- properties -----------------------------------------------------------------------------

_datums = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


def _referentie_add_werkdagen(start: date, n: int) -> date:
    # Day-by-day reference implementation to check the bisect-based one against.
    dag, geteld = start, 0
    while geteld < n:
        dag += timedelta(days=1)
        geteld += is_werkdag(dag)
    return dag


@given(_datums, st.integers(min_value=0, max_value=30))
def test_add_werkdagen_lands_on_a_working_day_that_is_n_working_days_later(start, n):
    einde = add_werkdagen(start, n)
    if n > 0:
        assert is_werkdag(einde)
        assert einde > start
    else:
        assert einde == start
    assert werkdagen_tussen(start, einde) == n
    assert einde == _referentie_add_werkdagen(start, n)


@given(_datums, st.integers(min_value=0, max_value=29))
def test_add_werkdagen_is_strictly_monotonic_in_n(start, n):
    assert add_werkdagen(start, n) < add_werkdagen(start, n + 1)


@given(_datums, st.integers(min_value=0, max_value=60))
def test_add_weken_ends_on_a_working_day_at_most_a_week_after_the_calendar_end(start, weken):
    einde = add_weken(start, weken)
    kalender_einde = start + timedelta(weeks=weken)
    assert is_werkdag(einde)
    assert kalender_einde <= einde < kalender_einde + timedelta(days=7)
