"""Who a simulated command is about, and the Context it carries.

Every simulated command has an idempotency key `sim:<seed>:<regio>:<dossier>:<stap>`: the run's
seed, the region, the household (h12) or advies (a7) it belongs to, and that dossier's own step
number. The ledger derives the id of every aggregate it creates from that key (`_new_id`), and
the correlation id is derived from it here, so the same seed and parameters give the same ids.
Because the numbers are per dossier, one more household does not renumber the others. The
prefix `sim:` marks every simulated event as practice data (see `simulator.oefenopslag`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import NAMESPACE_URL, uuid5

from ledger.envelope import Actor, Context
from simulator.agenda import AMS

SIM_PREFIX = "sim:"
SIM_NAMESPACE = uuid5(NAMESPACE_URL, "https://vt-ledger.nl/simulator")


def sleutel(seed: int, regio: str, dossier: str) -> str:
    return f"{SIM_PREFIX}{seed}:{regio}:{dossier}"


@dataclass
class Dossier:
    """A household or an advies in the simulation: the prefix of its keys and its last step."""

    sleutel: str
    stap: int = 0

    def context(self, actor: Actor, moment: datetime) -> Context:
        self.stap += 1
        key = f"{self.sleutel}:{self.stap}"
        return Context(
            actor=actor,
            occurred_at=moment.astimezone(AMS),
            correlation_id=uuid5(SIM_NAMESPACE, key),
            idempotency_key=key,
        )

    def afgeleid_id(self, wat: str) -> str:
        """A stable id for something inside the dossier (a person), from its key."""
        return str(uuid5(SIM_NAMESPACE, f"{self.sleutel}:{wat}"))
