"""The follower: batches, tracking in the view's transaction, exactly once across restarts,
read-your-writes; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from projections.regie import RegieView
from projections.runner import Follower
from projections.views import ViewDatabase
from tests.builders import Casusbouwer, ctx


def _walk(ledger, klok, faker, cases: int = 4) -> None:
    for i in range(cases):
        c = Casusbouwer(ledger, klok, faker).melding().beoordeling().dienst()
        c.voorwaarden_en_plan().warme_overdracht()
        if i % 2:
            c.klok.verder(days=40)
            ledger.record_zorg(
                ctx(klok), c.casus_id, bron="lokaal team", beschrijving="X", acuut=True
            )


def _rebuild(ledger, ledger_env) -> dict:
    fresh = Follower(ledger, RegieView, ledger_env, naam="regie_rebuild")
    try:
        assert fresh.position() == 0
        fresh.run_once()
        return fresh.view.dump()
    finally:
        fresh.close()


def _id_of_nth_notification(ledger, n: int) -> int:
    return ledger.recorder.select_notifications(start=1, limit=n)[-1].id


def test_run_once_applies_everything_pending_then_nothing(ledger, ledger_env, klok, faker):
    _walk(ledger, klok, faker, cases=2)
    follower = Follower(ledger, RegieView, ledger_env, batch_size=5)
    try:
        total = ledger.recorder.max_notification_id()
        assert follower.run_once() == total
        assert follower.position() == total and follower.lag() == 0
        dump = follower.view.dump()
        assert follower.run_once() == 0
        assert follower.view.dump() == dump
    finally:
        follower.close()


def test_a_new_follower_resumes_where_the_last_stopped_and_equals_a_rebuild(
    ledger, ledger_env, klok, faker
):
    _walk(ledger, klok, faker, cases=3)
    first = Follower(ledger, RegieView, ledger_env, batch_size=4)
    assert first.run_once(limit=13) == 13  # stops mid-casus and mid-batch
    assert first.position() == _id_of_nth_notification(ledger, 13)
    first.close()

    _walk(ledger, klok, faker, cases=2)  # the log grows while nobody follows
    second = Follower(ledger, RegieView, ledger_env, batch_size=4)
    try:
        total = ledger.recorder.max_notification_id()
        assert second.run_once() == total - 13
        assert second.run_once() == 0
        assert second.view.dump() == _rebuild(ledger, ledger_env)
    finally:
        second.close()


def test_a_failing_batch_leaves_neither_view_rows_nor_tracking(ledger, ledger_env, klok, faker):
    _walk(ledger, klok, faker, cases=1)

    class Breaks(RegieView):
        calls = 0

        def process(self, cur, e):
            Breaks.calls += 1
            super().process(cur, e)
            if Breaks.calls == 3:
                raise RuntimeError("crash in the middle of a batch")

    broken = Follower(ledger, Breaks, ledger_env, batch_size=500)
    try:
        with pytest.raises(RuntimeError):
            broken.run_once()
        assert broken.position() == 0
        assert broken.view.dump() == {"interval": [], "casus": []}
        broken.run_once()  # the fourth call onwards does not raise
        assert broken.view.dump() == _rebuild(ledger, ledger_env)
    finally:
        broken.close()


def test_two_followers_at_once_apply_each_event_exactly_once(ledger, ledger_env, klok, faker):
    _walk(ledger, klok, faker, cases=4)
    followers = [Follower(ledger, RegieView, ledger_env, batch_size=3) for _ in range(2)]
    counts: list[int] = []
    errors: list[BaseException] = []

    def run(f: Follower) -> None:
        try:
            counts.append(f.run_once())
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(f,)) for f in followers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert not errors
        assert sum(counts) == ledger.recorder.max_notification_id()
        assert followers[0].view.dump() == _rebuild(ledger, ledger_env)
    finally:
        for f in followers:
            f.close()


def test_wait_for_gives_read_your_writes_with_a_running_follower(ledger, ledger_env, klok, faker):
    follower = Follower(ledger, RegieView, ledger_env)
    stop = threading.Event()
    thread = threading.Thread(target=follower.run_forever, args=(stop, 0.02))
    thread.start()
    try:
        c = Casusbouwer(ledger, klok, faker).melding()
        follower.wait_for(ledger.recorder.max_notification_id(), timeout=10)
        db = ViewDatabase(ledger_env)  # the reader's own connection, as a web request has
        try:
            assert RegieView(db).regie_nu(c.casus_id)["procesregie"]["houder"] == "veilig_thuis"
        finally:
            db.close()
    finally:
        stop.set()
        thread.join(10)
        follower.close()


def test_wait_for_times_out_when_nobody_follows(ledger, ledger_env, klok, faker):
    Casusbouwer(ledger, klok, faker).melding()
    follower = Follower(ledger, RegieView, ledger_env)
    try:
        with pytest.raises(TimeoutError):
            follower.wait_for(ledger.recorder.max_notification_id(), timeout=0.1)
    finally:
        follower.close()
