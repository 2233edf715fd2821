"""Quota draws: the realised shares of a choice stay within about one count of the parameter in
every stretch of the run, while the order stays random."""

from __future__ import annotations

import random

import pytest

from simulator.kansen import Quotum
from simulator.parameterbestand import laad
from simulator.parameters import Verdeling

P = laad()


@pytest.mark.parametrize(
    "verdeling",
    [
        P.melding.sector,
        P.veiligheidsbeoordeling.uitkomst,
        P.dienst.conclusies_voor("kindermishandeling"),
        Verdeling((True, False), (0.239, 0.761)),
    ],
    ids=["sector", "uitkomst", "conclusie", "voortijdig"],
)
def test_every_prefix_of_quota_draws_is_within_one_and_a_half_count_of_its_shares(verdeling):
    quotum, rng = Quotum(verdeling), random.Random(7)
    getrokken = dict.fromkeys(verdeling.waarden, 0)
    for n in range(1, 20_001):
        getrokken[quotum.trek(rng)] += 1
        afwijking = max(
            abs(getrokken[w] - a * n)
            for w, a in zip(verdeling.waarden, verdeling.aandelen, strict=True)
        )
        assert afwijking < 1.5, (n, getrokken)


def test_quota_draws_come_in_a_random_order():
    reeksen = []
    for seed in (1, 2):
        quotum, rng = Quotum(P.veiligheidsbeoordeling.uitkomst), random.Random(seed)
        reeksen.append([quotum.trek(rng) for _ in range(200)])
    assert reeksen[0] != reeksen[1]
    for uitkomst in P.veiligheidsbeoordeling.uitkomst.waarden:  # about the same counts
        assert abs(reeksen[0].count(uitkomst) - reeksen[1].count(uitkomst)) <= 2
