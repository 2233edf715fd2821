"""How many adviezen and meldingen a region gets in a period, and when each arrives.

The national volume per year is divided over the regions by `volume.regio_gewichten` and
`volume.regio_verdeling` (by default in proportion to the number of gemeenten, an assumption:
population is not in our data), then scaled to the length of the period. The count is exact;
the moments are drawn through the week (working days, weekends, Atw holidays; stratified, so
each month gets its share) and the day (24 hourly weights), so some meldingen come after
17:00 and in weekends, when the crisisdienst takes acute ones (R16).

Only meldingen that are not a vervolgmelding arrive this way: a new incident during a running
trajectory is planned by that trajectory (R14). So the arrivals are the volume times
(1 - the expected number of vervolgmeldingen per melding), and the total meets the volume.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate

from ledger import termijnen
from ledger.gemeenten import gemeenten, regios
from simulator.agenda import op_dag
from simulator.parameters import Aankomst, Parameters


@dataclass(frozen=True)
class Volume:
    """What one region gets in the period."""

    meldingen: int  # expected meldingen, vervolgmeldingen included
    aankomsten: int  # meldingen that arrive from outside a running trajectory
    uit_advies: int  # of those, meldingen that follow an advies
    adviezen: int  # adviezen asked on their own (those that become a melding not included)


def gewichten(parameters: Parameters) -> dict[str, float]:
    """Each region's share of the national volume."""
    v = parameters.volume
    vast = dict(v.regio_gewichten)
    rest = [r for r in sorted(regios()) if r not in vast]
    if v.regio_verdeling == "gelijk":
        maat = dict.fromkeys(rest, 1)
    else:
        maat = Counter(g.regiocode for g in gemeenten().values() if g.regiocode in rest)
    over = max(1 - sum(vast.values()), 0.0)
    totaal = sum(maat.values())
    return {**vast, **{r: over * maat[r] / totaal for r in rest}}


def volume(parameters: Parameters, regio: str, van: date, tot: date) -> Volume:
    jaren = (tot - van).days / 365
    aandeel = gewichten(parameters)[regio] * jaren
    meldingen = parameters.volume.meldingen_per_jaar * aandeel
    aankomsten = round(meldingen * (1 - parameters.vervolgmeldingen_per_melding()))
    uit_advies = round(aankomsten * parameters.melding.uit_advies)
    adviezen = round(parameters.volume.adviezen_per_jaar * aandeel) - uit_advies
    return Volume(round(meldingen), aankomsten, uit_advies, max(adviezen, 0))


def momenten(
    rng: random.Random, aantal: int, van: date, tot: date, patroon: Aankomst
) -> list[datetime]:
    """`aantal` moments in [van, tot), sorted, drawn by day of the week and hour of the day."""
    dagen = [van + timedelta(days=i) for i in range((tot - van).days)]
    if not dagen or aantal <= 0:
        return []
    gewicht = [
        patroon.weekdag[d.weekday()]
        * (patroon.feestdag if d in termijnen.niet_werkdagen(d.year) else 1.0)
        for d in dagen
    ]
    dag_cum = list(accumulate(gewicht))
    uur_cum = list(accumulate(patroon.uur))
    # Stratified: the i-th arrival falls in the i-th of `aantal` equal slices of the total day
    # weight, at a random place in it. Every month then gets its expected count within one (a
    # plain draw would miss a year's count by about its square root, and the share of
    # hermeldingen, which compares a year with the years before, by as many percent).
    gekozen_dagen = [
        dagen[min(bisect(dag_cum, (i + rng.random()) * dag_cum[-1] / aantal), len(dagen) - 1)]
        for i in range(aantal)
    ]
    uren = rng.choices(range(24), cum_weights=uur_cum, k=aantal)
    return sorted(
        op_dag(d, u * 3600 + rng.random() * 3600) for d, u in zip(gekozen_dagen, uren, strict=True)
    )
