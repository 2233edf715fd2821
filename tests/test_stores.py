"""Both stores are live: save, reload, the notification log, and the write conflict."""

from __future__ import annotations

from uuid import UUID

import pytest
from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event
from eventsourcing.persistence import IntegrityError


class Dossier(Aggregate):
    @event("Aangemaakt")
    def __init__(self, naam: str) -> None:
        self.naam = naam

    @event("Hernoemd")
    def hernoem(self, naam: str) -> None:
        self.naam = naam


class Dossiers(Application[UUID]):
    pass


@pytest.fixture
def app(ledger_env: dict[str, str]):
    application = Dossiers(env=ledger_env)
    yield application
    application.close()


def test_saved_aggregate_reloads_and_is_in_the_notification_log(app: Dossiers) -> None:
    dossier = Dossier(naam="Testgezin")
    app.save(dossier)

    reloaded = app.repository.get(dossier.id)
    assert reloaded.naam == "Testgezin"
    assert reloaded.version == 1

    [notification] = app.notification_log.select(start=1, limit=10)
    assert notification.originator_id == dossier.id
    assert notification.originator_version == 1
    assert notification.topic.endswith("Dossier.Aangemaakt")


def test_saving_a_stale_copy_conflicts(app: Dossiers) -> None:
    dossier = Dossier(naam="Testgezin")
    app.save(dossier)
    first = app.repository.get(dossier.id)
    second = app.repository.get(dossier.id)

    first.hernoem("Eerste")
    app.save(first)
    second.hernoem("Tweede")
    with pytest.raises(IntegrityError):
        app.save(second)

    assert app.repository.get(dossier.id).naam == "Eerste"
    assert len(app.notification_log.select(start=1, limit=10)) == 2


def test_a_new_application_on_the_same_store_sees_the_events(
    ledger_env: dict[str, str], app: Dossiers
) -> None:
    dossier = Dossier(naam="Testgezin")
    app.save(dossier)

    other = Dossiers(env=ledger_env)
    try:
        assert other.repository.get(dossier.id).naam == "Testgezin"
    finally:
        other.close()
