"""The casus commands of the write API: each a thin call into the Casus state machine, run
by the Ledger's `_command` (load, check, store in one transaction, idempotency, conflicts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID

from ledger.casus import Casus
from ledger.envelope import Context


class CasusCommands:
    """Mixed into the Ledger application."""

    def _casus(
        self, ctx: Context, casus_id: UUID | str, action: Callable[[Casus, datetime], Any]
    ) -> Any:
        return self._command(Casus, casus_id, "casus", ctx, action)

    def assign_behandelaar(
        self, ctx: Context, casus_id: UUID | str, *, behandelaar: str, team: str | None = None
    ) -> None:
        """The behandelaar (and team) of Veilig Thuis who has the casus on their caseload."""
        self._casus(ctx, casus_id, lambda c, nu: c.assign_behandelaar(ctx, nu, behandelaar, team))

    def record_crisisinterventie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        maatregelen: list[str],
        tijdelijk_huisverbod_dagen: int | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_crisisinterventie(
                ctx, nu, maatregelen, tijdelijk_huisverbod_dagen
            ),
        )

    def inform_gemeentelijke_consulent(
        self, ctx: Context, casus_id: UUID | str, consulent: str, gemeentecode: str
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.inform_gemeentelijke_consulent(ctx, nu, consulent, gemeentecode),
        )

    def record_veiligheidsbeoordeling(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        triage: dict[str, Any],
        uitkomst: str,
        onderbouwing: str,
        dienst: str | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_veiligheidsbeoordeling(
                ctx, nu, triage, uitkomst, dienst, onderbouwing
            ),
        )

    def inform_betrokkenen(
        self, ctx: Context, casus_id: UUID | str, onderwerp: str, persoon_ids: list[str]
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.inform_betrokkenen(ctx, nu, onderwerp, persoon_ids)
        )

    def inform_melder(self, ctx: Context, casus_id: UUID | str, onderwerp: str) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.inform_melder(ctx, nu, onderwerp))

    def start_dienst(
        self, ctx: Context, casus_id: UUID | str, dienst: str, onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.start_dienst(ctx, nu, dienst, onderbouwing))

    def record_veiligheidsvoorwaarden(
        self, ctx: Context, casus_id: UUID | str, voorwaarden: list[str]
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.record_veiligheidsvoorwaarden(ctx, nu, voorwaarden)
        )

    def record_veiligheidsplan(
        self, ctx: Context, casus_id: UUID | str, onderdelen: dict[str, str]
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_veiligheidsplan(ctx, nu, onderdelen))

    def record_onderzoek_conclusie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        conclusies: dict[str, str],
        onderbouwing: str,
        voortijdig: bool = False,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_onderzoek_conclusie(
                ctx, nu, conclusies, voortijdig, onderbouwing
            ),
        )

    def report_to_raad(
        self, ctx: Context, casus_id: UUID | str, kinderen: list[str], onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.report_to_raad(ctx, nu, kinderen, onderbouwing))

    def transfer(self, ctx: Context, casus_id: UUID | str, **overdracht: Any) -> None:
        """Warme of directe overdracht; see Casus.transfer for the fields."""
        self._casus(ctx, casus_id, lambda c, nu: c.transfer(ctx, nu, **overdracht))

    def plan_monitormoment(
        self, ctx: Context, casus_id: UUID | str, gepland_op: date, reden: str
    ) -> str | None:
        return self._casus(
            ctx, casus_id, lambda c, nu: c.plan_monitormoment(ctx, nu, gepland_op, reden)
        )

    def record_monitormoment(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        gesproken_met: list[str],
        veiligheid: str,
        bevindingen: str,
        monitormoment_id: str | None = None,
        risicofactoren_aangepakt: bool | None = None,
        herstel_gestart: bool | None = None,
    ) -> None:
        """R04; risicofactoren_aangepakt and herstel_gestart are two conditions of stabiele
        veiligheid (R06): True, False, or None when not assessed at this moment."""
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_monitormoment(
                ctx,
                nu,
                monitormoment_id,
                gesproken_met,
                veiligheid,
                bevindingen,
                risicofactoren_aangepakt,
                herstel_gestart,
            ),
        )

    def record_plan_van_aanpak(
        self, ctx: Context, casus_id: UUID | str, onderdelen: dict[str, str]
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_plan_van_aanpak(ctx, nu, onderdelen))

    def delegate_casusregie(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        zorgaanbieder: str,
        voldoende_geequipeerd: bool,
        toets: str,
        tweede_partij: str | None = None,
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.delegate_casusregie(
                ctx, nu, zorgaanbieder, voldoende_geequipeerd, toets, tweede_partij
            ),
        )

    def record_zorg(
        self, ctx: Context, casus_id: UUID | str, *, bron: str, beschrijving: str, acuut: bool
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_zorg(ctx, nu, bron, beschrijving, acuut))

    def return_regie_op_veiligheid(
        self, ctx: Context, casus_id: UUID | str, onderbouwing: str
    ) -> None:
        self._casus(
            ctx, casus_id, lambda c, nu: c.return_regie_op_veiligheid(ctx, nu, onderbouwing)
        )

    def record_afstemming_procesregisseur(
        self, ctx: Context, casus_id: UUID | str, *, procesregisseur: str, afspraken: str
    ) -> None:
        self._casus(
            ctx,
            casus_id,
            lambda c, nu: c.record_afstemming_procesregisseur(ctx, nu, procesregisseur, afspraken),
        )

    def escalate(self, ctx: Context, casus_id: UUID | str, niveau: str, reden: str) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.escalate(ctx, nu, niveau, reden))

    def record_terugkoppeling_politie(
        self, ctx: Context, casus_id: UUID | str, inhoud: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.record_terugkoppeling_politie(ctx, nu, inhoud))

    def close_casus(
        self, ctx: Context, casus_id: UUID | str, reden: str, onderbouwing: str
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.close(ctx, nu, reden, onderbouwing))

    def correct(
        self,
        ctx: Context,
        casus_id: UUID | str,
        *,
        versie: int,
        wijzigingen: dict[str, Any],
        reden: str,
    ) -> None:
        self._casus(ctx, casus_id, lambda c, nu: c.correct(ctx, nu, versie, wijzigingen, reden))
