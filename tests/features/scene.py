"""What one scenario knows while it runs: the ledger and its read models, the household and its
people by role ("de moeder", "het oudste kind"), the casus it talks about, and the outcome of
the last command.

Every step drives the ledger's own commands (`ledger.application.Ledger`) and reads the read
models (`projections.catalogus.Leesmodellen`) or the ledger's query API; nothing here touches
an aggregate. A refusal (any `LedgerError`) of a command in an `Als` step is kept for the
`Dan weigert ...` steps; in a `Gegeven` step it fails the scenario at once, and a refusal that
no step looks at fails it at the end (see `tests/features/conftest.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from uuid import UUID

from faker import Faker

from ledger.application import Ledger
from ledger.envelope import Actor, Context
from ledger.errors import LedgerError
from ledger.regels import triage_instrument
from projections.catalogus import Leesmodellen
from tests.builders import Klok
from tests.features import taal

#: The free-text answers of a complete triage (R01): synthetic, and naming no one.
_TRIAGE_TEKST = {
    "acute_onveiligheid": "Bij het huisbezoek was er geen direct gevaar meer.",
    "structurele_onveiligheid": "De politie kwam dit jaar drie keer na ruzie met geweld.",
    "radar": "Eén eerdere melding over dit huishouden, twee jaar geleden, zonder vervolg.",
    "hulp": "Het gezin heeft geen hulp; de ouders willen met het buurtteam werken.",
}


class Scene:
    def __init__(self, ledger: Ledger, env: dict[str, str], klok: Klok, faker: Faker) -> None:
        self.ledger, self.env, self.klok, self.faker = ledger, env, klok, faker
        self.medewerker: Actor | None = None
        self.huishouden_id: UUID | None = None
        self.gemeentecode = ""
        self.personen: dict[str, str] = {}  # role as the scenario says it -> persoon_id
        self.casussen: list[UUID] = []
        self.advies_id: UUID | None = None
        self.triage: dict[str, Any] | None = None
        self.stap_soort = ""  # "given", "when" or "then": set before every step
        self.gelukte_stappen = 0
        self.fout: LedgerError | None = None
        self.fout_gezien = False
        self.voor = self.na = 0  # stored events before and after the last command
        self._leesmodellen: Leesmodellen | None = None

    # -- who and when ------------------------------------------------------------------------

    def werk_bij(self, organisatie: str) -> None:
        code = taal.organisatie(organisatie)
        self.medewerker = Actor(self.faker.user_name(), "vt_medewerker", code)

    def actor(self, wie: str = "de medewerker") -> Actor:
        """Who acts: "de medewerker", "de crisisdienst" (both of the medewerker's organisation)
        or a Veilig Thuis organisation by name."""
        if wie.startswith("Veilig Thuis "):
            return Actor(self.faker.user_name(), "vt_medewerker", taal.organisatie(wie))
        if self.medewerker is None:
            raise AssertionError("The scenario must first say where de medewerker works.")
        if wie == "de crisisdienst":
            return Actor(
                f"crisisdienst.{self.faker.user_name()}", "vt_medewerker", self.organisatie
            )
        return self.medewerker

    @property
    def organisatie(self) -> str:
        assert self.medewerker is not None, "the scenario must say where de medewerker works"
        return self.medewerker.organisation

    def ctx(self, moment: str | None = None, wie: str = "de medewerker") -> Context:
        """The context of a command that happened at `moment` (Dutch; the last moment when
        None). The ledger's clock moves forward to it, never back."""
        wanneer = taal.moment(moment) if moment else self.klok.nu
        self.klok.nu = max(self.klok.nu, wanneer)
        return Context(actor=self.actor(wie), occurred_at=wanneer)

    # -- commands ----------------------------------------------------------------------------

    def doe(self, actie: Callable[[], Any]) -> Any:
        """Run a command; in an `Als` step keep its refusal for the `Dan` steps."""
        self.fout, self.fout_gezien = None, False
        self.voor = self.ledger.recorder.max_notification_id() or 0
        try:
            return actie()
        except LedgerError as fout:
            if self.stap_soort != "when":
                raise
            self.fout = fout
            return None
        finally:
            self.na = self.ledger.recorder.max_notification_id() or 0

    def begin_stap(self, soort: str, leest_weigering: bool) -> None:
        if self.fout is not None and not self.fout_gezien and not leest_weigering:
            raise AssertionError(
                f"The register refused a step the scenario expected to pass: {self.fout}"
            ) from self.fout
        self.stap_soort = soort

    def weigering(self) -> LedgerError:
        if self.fout is None:
            raise AssertionError("The register accepted the step; the scenario expected a refusal.")
        self.fout_gezien = True
        return self.fout

    # -- the household -----------------------------------------------------------------------

    def registreer_huishouden(self, gemeente: str, kinderen: int) -> None:
        f = self.faker
        achternaam = f.last_name()

        def persoon(rol: str, voornaam: str, leeftijd: int) -> dict[str, Any]:
            geboren = f.date_of_birth(minimum_age=leeftijd, maximum_age=leeftijd)
            return {
                "voornaam": voornaam,
                "achternaam": achternaam,
                "rol": rol,
                "geboortedatum": geboren,
                "bsn": f.ssn(),
            }

        leden = {
            "de moeder": persoon("ouder", f.first_name_female(), 38),
            "de vader": persoon("ouder", f.first_name_male(), 41),
        }
        namen = {1: ["het kind"], 2: ["het oudste kind", "het jongste kind"]}.get(
            kinderen, ["het oudste kind", "het middelste kind", "het jongste kind"]
        )
        for nr, rol in enumerate(namen[:kinderen]):
            leden[rol] = persoon("kind", f.first_name(), 12 - 3 * nr)
        self.gemeentecode = taal.gemeentecode(gemeente)
        self.huishouden_id = self.ledger.register_huishouden(
            self.ctx(),
            gemeentecode=self.gemeentecode,
            adres={
                "straat": f.street_name(),
                "huisnummer": f.building_number(),
                "postcode": f.postcode(),
                "woonplaats": gemeente,
            },
            personen=list(leden.values()),
        )
        ids = [p["persoon_id"] for p in self.ledger.huishouden(self.huishouden_id)["personen"]]
        self.personen = dict(zip(leden, ids, strict=True))

    def persoon_ids(self, rollen: str) -> list[str]:
        """The persoon_ids of people by role: "de moeder en de vader"."""
        namen = [r.strip() for deel in rollen.split(", ") for r in deel.split(" en ")]
        onbekend = [n for n in namen if n not in self.personen]
        if onbekend:
            raise AssertionError(f"No {', '.join(onbekend)} in this household: {self.personen}")
        return [self.personen[n] for n in namen]

    @property
    def kinderen(self) -> list[str]:
        return [pid for rol, pid in self.personen.items() if rol.endswith("kind")]

    # -- the casus ---------------------------------------------------------------------------

    @property
    def casus_id(self) -> UUID:
        if not self.casussen:
            raise AssertionError("There is no melding in this scenario yet.")
        return self.casussen[-1]

    def meld(self, moment: str, wie: str = "de medewerker", **velden: Any) -> None:
        """A melding about this household (velden as `Ledger.record_melding` takes them)."""
        assert self.huishouden_id is not None, "the scenario must first name a household"
        ctx = self.ctx(moment, wie)
        velden = {
            "omschrijving": "Zorgen over de veiligheid thuis na een incident.",
            **velden,
            "huishouden_id": self.huishouden_id,
            "vt_organisatie": ctx.actor.organisation,
        }
        casus_id = self.doe(lambda: self.ledger.record_melding(ctx, **velden))
        if casus_id is not None:
            self.casussen.append(casus_id)

    def volledige_triage(self, acuut: bool, structureel: bool) -> dict[str, Any]:
        vader = [self.personen["de vader"]] if "de vader" in self.personen else []
        return {
            "acute_onveiligheid": {"oordeel": acuut, "feiten": _TRIAGE_TEKST["acute_onveiligheid"]},
            "structurele_onveiligheid": {
                "oordeel": structureel,
                "patroon": _TRIAGE_TEKST["structurele_onveiligheid"],
            },
            "aard_geweld": {
                "vormen": ["kindermishandeling"],
                "slachtoffers": self.kinderen,
                "plegers": vader,
            },
            "kinderen": {
                "kinderen": [{"persoon_id": k, "direct_betrokken": True} for k in self.kinderen]
            },
            "factoren": {
                "risicofactoren": ["schulden", "werkloosheid van de vader"],
                "beschermende_factoren": ["een betrokken grootmoeder", "de school let op"],
            },
            "radar": {"bevindingen": _TRIAGE_TEKST["radar"]},
            "hulp": {"aanwezige_hulp": _TRIAGE_TEKST["hulp"], "kan_en_wil": True},
        }

    def beoordeel(
        self,
        moment: str | None,
        uitkomst: str,
        dienst: str | None,
        onderbouwing: str | None,
        wie: str = "de medewerker",
    ) -> None:
        """The professional's decision; without a triage the scenario spelt out, a complete
        one that found structurele onveiligheid."""
        triage = self.triage if self.triage is not None else self.volledige_triage(False, True)
        ctx = self.ctx(moment, wie)
        self.doe(
            lambda: self.ledger.record_veiligheidsbeoordeling(
                ctx,
                self.casus_id,
                triage=triage,
                uitkomst=taal.waarde(uitkomst),
                dienst=taal.waarde(dienst) if dienst else None,
                onderbouwing=onderbouwing,
            )
        )

    def triage_onderdelen(self) -> list[str]:
        return [o["sleutel"] for o in triage_instrument()]

    # -- reading -----------------------------------------------------------------------------

    def leesmodel(self, naam: str) -> Any:
        """The read model `naam`, caught up with every event stored so far."""
        if self._leesmodellen is None:
            self._leesmodellen = Leesmodellen(self.ledger, self.env)
        self._leesmodellen.bijwerken()
        return self._leesmodellen.view(naam)

    def tijdlijn(self, casus_id: UUID | None = None) -> list[dict[str, Any]]:
        return self.ledger.history(casus_id or self.casus_id)

    def laatste(self, event: str) -> dict[str, Any]:
        gevonden = [e for e in self.tijdlijn() if e["type"] == event]
        if not gevonden:
            raise AssertionError(f"No {event} in the timeline of the casus.")
        return gevonden[-1]

    def later(self, dagen: int) -> str:
        """A Dutch moment `dagen` days after the last one, at 10:00 (for background steps)."""
        dag = (self.klok.nu + timedelta(days=dagen)).date()
        return f"{taal.datum_tekst(dag)} om 10:00"

    def close(self) -> None:
        if self._leesmodellen is not None:
            self._leesmodellen.close()


def leest_weigering(step_func: Callable[..., Any]) -> Callable[..., Any]:
    """Marks a step that reads the refusal of the step before it."""
    step_func.leest_weigering = True  # type: ignore[attr-defined]
    return step_func
