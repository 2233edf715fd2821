"""A busy period: many cases along every kind of route, their steps interleaved in the log.

For tests (and the catch-up benchmark) that compare read models maintained while the log
grows with a rebuild from zero. Every step goes through the ledger's own commands; the mix
is drawn from a seeded `random.Random`, so the same seed gives the same period.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

from faker import Faker

from tests.builders import CONSULENT, Casusbouwer, Klok, ctx

Stap = Iterator[None]


def _afsluiten(c: Casusbouwer, reden: str) -> None:
    c.klok.verder(days=1)
    c.ledger.close_casus(ctx(c.klok), c.casus_id, reden, "Besproken in het teamoverleg.")


def _informeren(c: Casusbouwer, *onderwerpen: str) -> None:
    for onderwerp in onderwerpen:
        c.ledger.inform_betrokkenen(ctx(c.klok), c.casus_id, onderwerp, c.ouders)


def geen_vervolg(c: Casusbouwer, rng: random.Random) -> Stap:
    c.melding(sector=rng.choice(["politie", "onderwijs", "huisarts"]))
    yield
    _informeren(c, "melding", "gegevensvastlegging")
    yield
    c.beoordeling(uitkomst="geen_vervolg", dienst=None)
    yield
    c.ledger.inform_melder(ctx(c.klok), c.casus_id, "uitkomst_veiligheidsbeoordeling")
    yield
    _afsluiten(c, "geen_vervolg")


def directe_overdracht(c: Casusbouwer, rng: random.Random) -> Stap:
    c.melding(aard_geweld=["partnergeweld"], melder={"type": "niet_professional"})
    yield
    c.beoordeling(uitkomst="overdracht", dienst=None)
    yield
    c.directe_overdracht()
    yield
    _afsluiten(c, "directe_overdracht")


def voorwaarden_en_vervolg(c: Casusbouwer, rng: random.Random) -> Stap:
    c.melding(acuut=rng.random() < 0.2)
    yield
    _informeren(c, "melding")
    yield
    c.beoordeling()
    yield
    c.dienst()
    yield
    c.voorwaarden_en_plan()
    yield
    c.warme_overdracht()
    yield
    if rng.random() < 0.4:
        c.klok.verder(days=3)
        c.ledger.delegate_casusregie(
            ctx(c.klok, actor=CONSULENT),
            c.casus_id,
            zorgaanbieder="Jeugdhulp Midden",
            voldoende_geequipeerd=True,
            toets="Team met gedragswetenschapper en 24/7 bereikbaar.",
        )
        yield
    if rng.random() < 0.3:
        # A new acute incident during monitoring: a new melding about the same household.
        c.klok.verder(days=20)
        nieuw = Casusbouwer(c.ledger, c.klok, c.faker, huishouden_id=c.huishouden_id)
        nieuw.personen = c.personen
        nieuw.melding(acuut=True, sector="politie")
        yield
    c.monitormoment(veiligheid="voldoende", risicofactoren_aangepakt=rng.random() < 0.5)
    yield
    if rng.random() < 0.5:
        c.monitormoment(
            veiligheid="voldoende", dagen=270, risicofactoren_aangepakt=True, herstel_gestart=True
        )
        yield
        _afsluiten(c, "veiligheid_gerealiseerd")


def onderzoek(c: Casusbouwer, rng: random.Random) -> Stap:
    c.melding(sector="huisarts")
    yield
    c.beoordeling(dienst="onderzoek")
    yield
    c.dienst("onderzoek")
    yield
    c.onderzoek_afgerond(rng.choice(["bevestigd", "niet_bevestigd"]))
    yield
    if rng.random() < 0.3:
        c.klok.verder(days=1)
        melding = c.ledger.history(c.casus_id)[0]
        c.ledger.correct(
            ctx(c.klok),
            c.casus_id,
            versie=melding["versie"],
            wijzigingen={"aard_geweld": ["kindermishandeling", "partnergeweld"]},
            reden="Bij het onderzoek bleek ook partnergeweld; de melding was onvolledig.",
        )
        yield
    c.voorwaarden_en_plan()
    yield
    c.warme_overdracht()
    yield
    c.monitormoment(veiligheid=rng.choice(["voldoende", "onvoldoende"]))


ROUTES: tuple[Callable[[Casusbouwer, random.Random], Stap], ...] = (
    geen_vervolg,
    directe_overdracht,
    voorwaarden_en_vervolg,
    onderzoek,
)


def drukte(ledger: Any, klok: Klok, faker: Faker, casussen: int, seed: int = 7) -> int:
    """Walk `casussen` cases along random routes, steps interleaved; return events stored."""
    rng = random.Random(seed)
    organisaties = ("VR09", "VR08")
    lopend: list[Stap] = []
    for i in range(casussen):
        bouwer = Casusbouwer(ledger, klok, faker, vt_organisatie=organisaties[i % 2])
        lopend.append(rng.choice(ROUTES)(bouwer, rng))
    while lopend:
        stap = rng.choice(lopend)
        try:
            next(stap)
        except StopIteration:
            lopend.remove(stap)
    return ledger.recorder.max_notification_id() or 0
