"""Drawing from the parameters: plain weighted draws, and quota draws that keep the realised
shares of a choice within about one count of its parameter in every stretch of the run.

A quota draw is for the choices the calibration compares with CBS (melder, sector, outcome of
the veiligheidsbeoordeling, dienst, onderzoek conclusions): with a few thousand meldingen, a
plain random draw misses a 50 % share by about 1.5 percentage points either way, which is the
size of the tolerance itself. A quota draw keeps, per category, the deficit
`aandeel * (n + 1) - getrokken`; it picks at random among the categories that are behind, in
proportion to how far behind, and picks the one furthest behind outright once it lags by a
whole draw. The order stays random; the counts after n draws stay within about 1.4 of
`aandeel * n` (tests/simulator/test_kansen.py).
"""

from __future__ import annotations

import random
from typing import Any

from simulator.parameters import Verdeling


def kies(rng: random.Random, verdeling: Verdeling) -> Any:
    """A plain weighted draw."""
    return rng.choices(verdeling.waarden, weights=verdeling.aandelen)[0]


def ja(rng: random.Random, kans: float) -> bool:
    return rng.random() < kans


class Quotum:
    """Draws from a `Verdeling` whose realised shares track the parameter closely."""

    def __init__(self, verdeling: Verdeling) -> None:
        self.waarden = verdeling.waarden
        self.aandelen = verdeling.aandelen
        self.getrokken = [0] * len(self.waarden)
        self.n = 0

    def trek(self, rng: random.Random) -> Any:
        tekort = [a * (self.n + 1) - c for a, c in zip(self.aandelen, self.getrokken, strict=True)]
        verste = max(range(len(tekort)), key=tekort.__getitem__)
        keuze = verste
        if tekort[verste] < 1:
            achter = [max(t, 0.0) for t in tekort]
            drempel = rng.random() * sum(achter)
            for i, t in enumerate(achter):
                drempel -= t
                if drempel < 0:
                    keuze = i
                    break
        self.getrokken[keuze] += 1
        self.n += 1
        return self.waarden[keuze]
