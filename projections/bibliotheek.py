"""PostgreSQL: live volgen met de `ProjectionRunner` van de bibliotheek (LISTEN/NOTIFY).

On PostgreSQL the library's runner subscribes to the ledger's notification log and hands over
each new event as soon as it is committed, without polling. Each of our read models becomes a
library `Projection` whose view is a `PostgresTrackingRecorder` on the read model's own
tracking table (the same table, same layout, as the batching `Follower` uses), so the two can
take turns on one read model: the batching follower catches up fast after a rebuild or a
restart, the library runner follows live. Each event is applied in one transaction with a
compare-and-set of the tracking row: an event the other one already applied is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from eventsourcing.domain import DomainEventProtocol
from eventsourcing.persistence import Tracking
from eventsourcing.postgres import PostgresTrackingRecorder
from eventsourcing.projection import Projection, ProjectionRunner
from eventsourcing.utils import get_topic
from psycopg import sql
from psycopg.rows import tuple_row

from projections.runner import ReadModel
from projections.views import ViewCursor

#: The row the library's recorder keeps in a single-row tracking table it has set up itself.
MIGRATIE = "__migration__"


class ViewRecorder(PostgresTrackingRecorder):
    """The tracking table of one read model; the projection writes the view rows."""


class LeesmodelProjectie(Projection[ViewRecorder]):
    """One of our read models as a library projection (see `projectie`)."""

    factory: ClassVar[Callable[..., ReadModel]]

    def __init__(self, view: ViewRecorder) -> None:
        super().__init__(view)
        # The read model only needs a cursor to apply events; queries go through the catalogue.
        self.leesmodel = self.factory(None, self.name)
        self.tracking = f"{self.name}_tracking"

    def process_event(self, domain_event: DomainEventProtocol[Any], tracking: Tracking) -> None:
        datastore = self.view.datastore
        with datastore.transaction(commit=True) as curs:
            raw = curs.connection.cursor(row_factory=tuple_row)
            raw.execute(
                sql.SQL("SET LOCAL search_path TO {}").format(sql.Identifier(datastore.schema))
            )
            cur = ViewCursor(raw, postgres=True)
            moved = cur.execute(
                f"INSERT INTO {self.tracking} VALUES (?, ?) ON CONFLICT (application_name) "
                f"DO UPDATE SET notification_id = EXCLUDED.notification_id "
                f"WHERE {self.tracking}.notification_id < EXCLUDED.notification_id "
                "RETURNING notification_id",
                (tracking.application_name, tracking.notification_id),
            ).fetchone()
            if moved is None:
                return  # applied already, by the batching follower or an earlier run
            if get_topic(type(domain_event)) in self.leesmodel.topics:
                self.leesmodel.process(cur, domain_event)


def projectie(prefix: str, factory: Callable[..., ReadModel]) -> type[LeesmodelProjectie]:
    """A projection class for the read model built by `factory` on the tables `prefix`.

    It subscribes to every event, not only the read model's topics, and moves its tracking
    past the others too: a writer waiting for its own event (read-your-writes) must see the
    position reach it, whatever kind of event it was.
    """
    return type(
        f"Projectie_{prefix}",
        (LeesmodelProjectie,),
        {"name": prefix, "topics": (), "factory": factory},
    )


def runner(
    application_class: type, env: dict[str, str], prefix: str, factory: Callable[..., ReadModel]
) -> ProjectionRunner[Any, ViewRecorder]:
    """Start the library's runner for one read model (the caller stops it)."""
    return ProjectionRunner(
        application_class=application_class,
        projection_class=projectie(prefix, factory),
        view_class=ViewRecorder,
        env=env,
    )
