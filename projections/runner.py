"""De volger: houdt een leesmodel bij vanuit het notificatielog van het casusregister,
precies één keer per gebeurtenis, hervatbaar en opnieuw op te bouwen.

The only place that knows about threads, polling and tracking. A follower reads the
notification log after its tracked position and applies a batch of events to a read model,
writing the view rows and the tracking record (application name, last notification id) in
one transaction. The tracking update is a compare-and-set on the position the batch started
from, so a restarted or concurrent follower never applies an event twice nor skips one.

The same polling follower runs on SQLite and PostgreSQL and does every catch-up: batching is
what makes it fast. On PostgreSQL, live following after the catch-up is the library's
`ProjectionRunner` (LISTEN/NOTIFY, one event per transaction), on the same tracking table:
see `projections.bibliotheek`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from threading import Event
from typing import Any, Protocol

from projections.views import ViewCursor, ViewDatabase

DEFAULT_BATCH_SIZE = 500


class ReadModel(Protocol):
    """What a read model offers the follower."""

    naam: str
    topics: frozenset[str]

    def tabellen(self) -> tuple[str, ...]: ...

    def create_tables(self, cur: ViewCursor) -> None: ...

    def process(self, cur: ViewCursor, event: Any) -> None: ...


class TrackingConflict(RuntimeError):
    """Another follower moved the position of this read model first."""


class Follower:
    """Volgt het notificatielog van `source` en werkt een of meer leesmodellen bij.

    `source` is the ledger application (anything with `name`, `recorder` and `mapper`); the
    composition root hands it in, so projections never import the write API.
    `view_factory(db, naam)` builds the read model on this follower's own connection; a list
    of `(view_factory, naam)` pairs makes one follower for several read models, which reads
    and decodes each notification once and applies it to all of them in one transaction
    (each with its own tracking row, so each may start from its own position).
    """

    def __init__(
        self,
        source: Any,
        view_factory: Callable[..., ReadModel] | Sequence[tuple[Callable[..., ReadModel], str]],
        env: dict[str, str],
        *,
        naam: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.source = source
        self.env = env
        self.batch_size = batch_size
        self.db = ViewDatabase(env)
        specs = [(view_factory, naam)] if callable(view_factory) else list(view_factory)
        self.views = [f(self.db) if n is None else f(self.db, n) for f, n in specs]
        self.view = self.views[0]
        self.application_name = source.name
        self.tracking = f"{self.view.naam}_tracking"
        self.topics = frozenset().union(*(v.topics for v in self.views))
        with self.db.transaction() as cur:
            for view in self.views:
                self._create(cur, view)

    def _create(self, cur: ViewCursor, view: ReadModel) -> None:
        tracking = f"{view.naam}_tracking"
        view.create_tables(cur)
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {tracking} ("
            "application_name TEXT PRIMARY KEY, notification_id BIGINT NOT NULL)"
        )
        cur.execute(
            f"INSERT INTO {tracking} VALUES (?, 0) ON CONFLICT (application_name) DO NOTHING",
            (self.application_name,),
        )
        if self.db.postgres:
            # The mark the library's tracking recorder leaves in a single-row table it set
            # up itself; without it, it would "migrate" (rename) this table when its
            # ProjectionRunner takes over live following (projections.bibliotheek).
            cur.execute(
                f"INSERT INTO {tracking} VALUES ('__migration__', 1) "
                "ON CONFLICT (application_name) DO NOTHING"
            )

    def positions(self) -> dict[str, int]:
        """Per read model the id of the last notification applied (0: none yet)."""
        return {
            v.naam: _position(self.db, f"{v.naam}_tracking", self.application_name)
            for v in self.views
        }

    def position(self) -> int:
        """The id of the last notification applied to every read model (0: none yet)."""
        return min(self.positions().values())

    def run_once(self, limit: int | None = None) -> int:
        """Apply everything pending (or at most `limit` events); return how many were read."""
        total = 0
        while limit is None or total < limit:
            size = self.batch_size if limit is None else min(self.batch_size, limit - total)
            try:
                count = self._apply_batch(size)
            except TrackingConflict:
                continue  # someone else applied this batch; read on from their position
            if count == 0:
                break
            total += count
        return total

    def _apply_batch(self, size: int) -> int:
        starts = self.positions()
        start = min(starts.values())
        notifications = self.source.recorder.select_notifications(start=start + 1, limit=size)
        if not notifications:
            return 0
        # Decode before the transaction, so the write lock is held only for the writes.
        events = [
            (n.id, n.topic, self.source.mapper.to_domain_event(n))
            for n in notifications
            if n.topic in self.topics
        ]
        last = notifications[-1].id
        with self.db.transaction() as cur:
            for view in self.views:
                eigen = starts[view.naam]
                if eigen >= last:
                    continue  # this one is ahead of the batch (e.g. the others were rebuilt)
                tracking = f"{view.naam}_tracking"
                lock = " FOR UPDATE" if self.db.postgres else ""
                row = cur.execute(
                    f"SELECT notification_id FROM {tracking} WHERE application_name = ?{lock}",
                    (self.application_name,),
                ).fetchone()
                if row is None or row[0] != eigen:
                    raise TrackingConflict(f"{view.naam}: position moved from {eigen}")
                for nid, topic, event in events:
                    if nid > eigen and topic in view.topics:
                        view.process(cur, event)
                cur.execute(
                    f"UPDATE {tracking} SET notification_id = ? WHERE application_name = ?",
                    (last, self.application_name),
                )
        return len(notifications)

    def run_forever(self, stop: Event, poll_interval: float = 0.2) -> None:
        """Follow until `stop` is set; poll when caught up. Errors stop the loop and rise."""
        while not stop.is_set():
            if self.run_once() == 0:
                stop.wait(poll_interval)

    def wait_for(self, notification_id: int | None, timeout: float = 5.0) -> None:
        """Read-your-writes: block until the view includes `notification_id`.

        Safe to call from another thread than `run_forever`: it uses its own connection.
        """
        if notification_id is None:
            return
        deadline = time.monotonic() + timeout
        interval = 0.01
        db = ViewDatabase(self.env)
        try:
            trackings = [f"{v.naam}_tracking" for v in self.views]
            while min(_position(db, t, self.application_name) for t in trackings) < notification_id:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"{self.view.naam} has not reached notification {notification_id}"
                    )
                time.sleep(min(interval, remaining))
                interval = min(interval * 2, 0.2)
        finally:
            db.close()

    def lag(self) -> int:
        """How many notifications the view is behind the log."""
        return (self.source.recorder.max_notification_id() or 0) - self.position()

    def close(self) -> None:
        self.db.close()


def _position(db: ViewDatabase, table: str, application_name: str) -> int:
    rows = db.query(
        f"SELECT notification_id FROM {table} WHERE application_name = ?", (application_name,)
    )
    return int(rows[0][0]) if rows else 0


def follow(
    source: Any, view_factory: Callable[..., ReadModel], env: dict[str, str], **kw: Any
) -> Follower:
    """Build a follower, catch up once, and return it (the caller closes it)."""
    follower = Follower(source, view_factory, env, **kw)
    follower.run_once()
    return follower
