"""What every read model shares: its name and table names, the topics it reads, its schema
version, and a dump of all its rows.

A read model subclasses `Leesmodel`, lists the events it applies in `EVENTS` and its tables
(by suffix) in `TABELLEN`, and writes `create_tables`, `process` and its queries. Its tables
are named `<naam>_<suffix>`, so a rebuild can build the same read model under another name
(`regie_g1`) beside the live one; each table name is also an attribute (`self.interval`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from eventsourcing.utils import get_topic

from projections.views import ViewCursor, ViewDatabase


class Leesmodel:
    """Base of the read models (see the module docstring)."""

    NAAM: ClassVar[str]
    EVENTS: ClassVar[tuple[type, ...]] = ()
    TABELLEN: ClassVar[tuple[str, ...]] = ()
    #: Bump when the tables or what `process` puts in them change: older tables are then
    #: rebuilt before they are followed again (projections.catalogus).
    SCHEMA: ClassVar[int] = 1
    topics: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.topics = frozenset(get_topic(event) for event in cls.EVENTS)

    def __init__(self, db: ViewDatabase, naam: str | None = None) -> None:
        naam = self.NAAM if naam is None else naam
        if not naam.isidentifier():
            raise ValueError(f"not a table name: {naam!r}")
        self.db = db
        self.naam = naam
        for suffix in self.TABELLEN:
            setattr(self, suffix, f"{naam}_{suffix}")

    def tabellen(self) -> tuple[str, ...]:
        """The view's own tables (a rebuild builds these under another name, then swaps)."""
        return tuple(f"{self.naam}_{suffix}" for suffix in self.TABELLEN)

    def create_tables(self, cur: ViewCursor) -> None:
        raise NotImplementedError

    def process(self, cur: ViewCursor, event: Any) -> None:
        raise NotImplementedError

    def dump(self) -> dict[str, list[tuple]]:
        """Every row, sorted: to compare an incremental view with a rebuild."""
        return {
            suffix: sorted(self.db.query(f"SELECT * FROM {self.naam}_{suffix}"), key=repr)
            for suffix in self.TABELLEN
        }
