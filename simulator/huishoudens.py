"""Synthetic households from one seeded Faker("nl_NL"): people with roles and ages, a BSN that
passes the elfproef, an address in a real gemeente of the region.

Nobody here exists. Each household reseeds the region's Faker from its own key
(`sim:<seed>:<regio>:h<n>`), and draws everything else from its own `random.Random` seeded
the same way, so adding a household does not change the people of the others. Dates of birth
are counted back from the simulated date of the first melding, never from today, so a run
gives the same people on any day. Who is victim and who is suspected follows from the kind of
violence the household is known for.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from uuid import UUID

from faker import Faker

from ledger.gemeenten import gemeente
from simulator.dossier import Dossier

#: How many children a family has (1, 2, 3, 4), an assumption.
KINDEREN = (0.35, 0.35, 0.2, 0.1)


def zaad(tekst: str) -> int:
    """A 64-bit seed from a text, the same in every process (unlike hash())."""
    return int.from_bytes(hashlib.sha256(tekst.encode()).digest()[:8], "big")


def bsn(rng: random.Random, voorvoegsel: str) -> str:
    """A burgerservicenummer that passes the elfproef: weights 9..2 on the first eight digits,
    -1 on the last, the sum divisible by 11. `voorvoegsel` (two digits) keeps the regions'
    numbers apart."""
    while True:
        cijfers = voorvoegsel + "".join(str(rng.randrange(10)) for _ in range(6))
        som = sum(int(c) * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        controle = som % 11
        if controle < 10:
            return cijfers + str(controle)


@dataclass
class SimHuishouden(Dossier):
    """What the simulator knows of a household it made: enough to act, no reads needed."""

    nummer: int = 0
    rng: random.Random = field(default_factory=random.Random)
    aard: str = "kindermishandeling"
    gemeentecode: str = ""
    personen: list[dict[str, Any]] = field(default_factory=list)
    slachtoffers: list[str] = field(default_factory=list)
    plegers: list[str] = field(default_factory=list)
    id: UUID | None = None
    open_casussen: int = 0  # casussen not closed
    lopend: int = 0  # casussen the ledger sees as a running trajectory (R14)
    terug_gepland: bool = False
    meldingen: int = 0

    def ids(self, *rollen: str) -> list[str]:
        return [p["persoon_id"] for p in self.personen if not rollen or p["rol"] in rollen]

    @property
    def kinderen(self) -> list[str]:
        return self.ids("kind")

    def adres(self, faker: Faker) -> dict[str, str]:
        faker.seed_instance(zaad(f"{self.sleutel}:adres"))
        return {
            "straat": faker.street_name(),
            "huisnummer": faker.building_number(),
            "postcode": faker.postcode(),
            "woonplaats": gemeente(self.gemeentecode).naam,
        }


class Huishoudens:
    """Makes the households of one region."""

    def __init__(self, seed: int, regio: str, gemeentecodes: list[str]) -> None:
        self.seed, self.regio = seed, regio
        self.gemeentecodes = gemeentecodes
        self.faker = Faker("nl_NL")
        self.voorvoegsel = str(10 + int(regio[2:]))
        self.bsns: set[str] = set()
        self.aantal = 0

    def maak(self, sleutel: str, aard: str, peildatum: date) -> SimHuishouden:
        self.aantal += 1
        rng = random.Random(zaad(sleutel))
        self.faker.seed_instance(zaad(f"{sleutel}:personen"))
        h = SimHuishouden(
            sleutel=sleutel,
            nummer=self.aantal,
            rng=rng,
            aard=aard,
            gemeentecode=rng.choice(self.gemeentecodes),  # assumption: every gemeente alike
        )
        _Gezin(h, self, peildatum).samenstellen()
        return h

    def nieuw_bsn(self, rng: random.Random) -> str:
        while True:  # unique in the region; a clash (rare) draws again
            nummer = bsn(rng, self.voorvoegsel)
            if nummer not in self.bsns:
                self.bsns.add(nummer)
                return nummer


class _Gezin:
    """Puts one household together: who lives there, who is victim, who is suspected."""

    def __init__(self, h: SimHuishouden, bron: Huishoudens, peildatum: date) -> None:
        self.h, self.bron, self.peildatum = h, bron, peildatum
        self.rng, self.faker = h.rng, bron.faker
        self.achternaam = self.faker.last_name()

    def persoon(self, rol: str, jong: int, oud: int, geslacht: str | None = None) -> str:
        geslacht = geslacht or self.rng.choice(("vrouw", "man"))
        voornaam = (
            self.faker.first_name_female() if geslacht == "vrouw" else self.faker.first_name_male()
        )
        leeftijd = self.rng.randint(jong, oud)
        geboren = self.peildatum - timedelta(days=leeftijd * 365 + self.rng.randrange(365))
        persoon_id = self.h.afgeleid_id(f"persoon-{len(self.h.personen) + 1}")
        achternaam = self.achternaam if rol != "ex_partner" else self.faker.last_name()
        self.h.personen.append(
            {
                "persoon_id": persoon_id,
                "voornaam": voornaam,
                "achternaam": achternaam,
                "rol": rol,
                "geboortedatum": geboren,
                "geslacht": geslacht,
                "bsn": self.bron.nieuw_bsn(self.rng),
            }
        )
        return persoon_id

    def kinderen(self, jong: int = 0, oud: int = 17) -> list[str]:
        aantal = self.rng.choices((1, 2, 3, 4), weights=KINDEREN)[0]
        return [self.persoon("kind", jong, oud) for _ in range(aantal)]

    def samenstellen(self) -> None:
        h, rng = self.h, self.rng
        if h.aard == "kindermishandeling":
            moeder = self.persoon("ouder", 22, 48, "vrouw")
            vader = self.persoon("ouder" if rng.random() < 0.7 else "ex_partner", 23, 52, "man")
            h.slachtoffers = self.kinderen()
            h.plegers = [rng.choice((moeder, vader))]
        elif h.aard == "partnergeweld":
            rol = "ouder" if rng.random() < 0.55 else "partner"
            slachtoffer = self.persoon(rol, 20, 60, "vrouw")
            pleger_rol = "ex_partner" if rng.random() < 0.3 else rol
            pleger = self.persoon(pleger_rol, 20, 62, "man" if rng.random() < 0.85 else "vrouw")
            if rol == "ouder":
                self.kinderen()
            h.slachtoffers, h.plegers = [slachtoffer], [pleger]
        elif h.aard == "ouderenmishandeling":
            h.slachtoffers = [self.persoon("grootouder", 70, 92)]
            h.plegers = [self.persoon("overig", 35, 62)]
        elif h.aard == "geweld_tegen_ouders":
            ouder = self.persoon("ouder", 38, 58, "vrouw")
            if rng.random() < 0.5:
                self.persoon("ouder", 40, 60, "man")
            h.plegers = [self.persoon("kind", 13, 22)]
            h.slachtoffers = [ouder]
        else:  # huiselijk geweld overig, andere problematiek
            eerste = self.persoon("ouder", 25, 55)
            tweede = self.persoon("ouder", 25, 58)
            if rng.random() < 0.5:
                self.kinderen()
            h.slachtoffers, h.plegers = [eerste], [tweede]
