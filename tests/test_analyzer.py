"""The analysis budget: admission weighted by text length, bounded waits and queues."""

import contextlib
import os
import signal
import threading
import time

import pytest

from service import create_app
from service.analyzer import (
    ANALYSIS_BYTES_PER_CHAR,
    ANALYSIS_FIXED_BYTES,
    Budget,
    Overloaded,
    SharedSlots,
    TooLarge,
    capacity_chars,
    weight,
)
from tests.conftest import SEEDS


def test_weight_is_length_for_prose_and_more_for_denser_text(seed_text):
    assert weight(seed_text) == len(seed_text)
    assert weight("a\n" * 1000) == 5 * 2000  # one token per char
    assert weight("a " * 1000) == 5 * 1000


def test_capacity_from_memory():
    assert capacity_chars(ANALYSIS_FIXED_BYTES + 1000 * ANALYSIS_BYTES_PER_CHAR) == 1000
    assert capacity_chars(ANALYSIS_FIXED_BYTES // 2) == 0


def hold(budget: Budget, chars: int, release: threading.Event, admitted: threading.Event):
    with budget.admit(chars):
        admitted.set()
        release.wait(10)


def test_admits_within_capacity_and_slots_then_refuses_after_the_wait():
    budget = Budget(capacity=1000, slots=2, max_requests=4, wait=0.2)
    release = threading.Event()
    holders = [threading.Event(), threading.Event()]
    threads = [
        threading.Thread(target=hold, args=(budget, 400, release, h), daemon=True) for h in holders
    ]
    for t in threads:
        t.start()
    assert all(h.wait(5) for h in holders)
    started = time.monotonic()
    with pytest.raises(Overloaded) as refused, budget.admit(10):  # both slots taken
        pass
    assert 0.2 <= time.monotonic() - started < 1
    assert 1 <= refused.value.retry_after <= 60
    release.set()
    for t in threads:
        t.join()
    with budget.admit(1000):  # everything released
        assert budget._fits(0) is True  # one slot left, capacity used up by this one
        assert budget._fits(1) is False


def test_a_waiting_request_is_admitted_when_room_frees():
    budget = Budget(capacity=1000, slots=4, max_requests=4, wait=5)
    release, admitted = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold, args=(budget, 800, release, admitted), daemon=True)
    holder.start()
    assert admitted.wait(5)
    threading.Timer(0.2, release.set).start()
    started = time.monotonic()
    with budget.admit(800):
        assert 0.1 < time.monotonic() - started < 4


def test_queue_is_bounded_and_too_large_is_refused_at_once():
    budget = Budget(capacity=1000, slots=1, max_requests=2, wait=5)
    with pytest.raises(TooLarge) as too_large, budget.admit(1001):
        pass
    assert too_large.value.limit == 1000
    release = threading.Event()
    holding, _ = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold, args=(budget, 100, release, holding), daemon=True)
    holder.start()
    assert holding.wait(5)
    waiter = threading.Thread(target=hold, args=(budget, 100, release, threading.Event()))
    waiter.start()
    time.sleep(0.2)  # now one admitted, one waiting: the queue is full
    started = time.monotonic()
    with pytest.raises(Overloaded):
        budget.refuse_if_full(1)
    with pytest.raises(Overloaded), budget.admit(1):
        pass
    assert time.monotonic() - started < 0.5  # refused without waiting
    release.set()
    holder.join()
    waiter.join()
    assert budget.admitted == {}
    assert budget.waiting == 0


def test_an_error_in_the_block_releases_the_budget():
    budget = Budget(capacity=100, slots=1, max_requests=1, wait=0)
    with pytest.raises(RuntimeError), budget.admit(100):
        raise RuntimeError
    with budget.admit(100):
        pass


def test_text_over_the_budget_is_413_even_under_the_body_limit():
    config = {
        "CORPUS_DIR": str(SEEDS),
        "MAX_CONTENT_LENGTH": 4 * 1024 * 1024,
        "ANALYZE_CONCURRENCY": 1,
        "ANALYZE_MEMORY_MB": 64,  # (64 MiB - 48 MiB) / 250 B: 67,108 chars
    }
    client = create_app(config).test_client()
    response = client.post("/v1/analyze", json={"text": "Sales rose 5%. " * 10_000})
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert "at most 67108" in response.get_json()["detail"]
    assert client.post("/v1/analyze", json={"text": "Sales rose 5%."}).status_code == 200


@contextlib.contextmanager
def slot_held_by_another_process(slots: SharedSlots):
    """A forked process holds a slot for the block, then is killed."""
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        slots.acquire(time.monotonic() + 5, lambda: True)
        os.write(ready_w, b"x")
        time.sleep(60)
        os._exit(0)
    try:
        os.read(ready_r, 1)
        yield
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(ready_w)


def test_shared_slots_across_processes_and_freed_when_a_holder_dies():
    slots = SharedSlots(1)
    with slot_held_by_another_process(slots):
        started = time.monotonic()
        assert slots.acquire(time.monotonic() + 0.3, lambda: True) is None
        assert time.monotonic() - started >= 0.3
    assert slots.acquire(time.monotonic(), lambda: True) == 0  # freed by the kernel
    slots.release(0)


def test_budget_waits_for_a_shared_slot_then_refuses():
    slots = SharedSlots(1)
    budget = Budget(capacity=100, slots=1, max_requests=2, wait=0.2, shared=slots)
    with slot_held_by_another_process(slots):
        with pytest.raises(Overloaded), budget.admit(10):
            pass
        assert budget.admitted == {}  # the local admission was undone
    with budget.admit(10):
        pass


def test_weight_is_computed_only_once_the_length_fits():
    budget = Budget(capacity=1000, slots=1, max_requests=3, wait=0.2)
    weighed = []

    def weigh(value):
        def compute():
            weighed.append(value)
            return value

        return compute

    release, holding = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold, args=(budget, 10, release, holding), daemon=True)
    holder.start()
    assert holding.wait(5)
    with pytest.raises(Overloaded), budget.admit(100, weigh(500)):
        pass
    assert weighed == []  # refused without weighing: the slot stayed taken
    release.set()
    holder.join()
    with pytest.raises(TooLarge), budget.admit(100, weigh(5000)):
        pass
    with budget.admit(100, weigh(500)):
        ((held, _),) = budget.admitted.values()
        assert held == 500
    assert weighed == [5000, 500]


def test_a_stopping_process_admits_only_what_ends_in_time():
    left = [60.0]
    budget = Budget(capacity=10**6, slots=1, max_requests=2, wait=5, time_left=lambda: left[0])
    budget.seconds_per_char = 1e-4  # 100,000 chars: 10 s
    with budget.admit(100_000):
        pass
    left[0] = 5.0
    started = time.monotonic()
    with pytest.raises(Overloaded), budget.admit(100_000):
        pass
    with pytest.raises(Overloaded):
        budget.refuse_if_full(100_000)
    assert time.monotonic() - started < 1  # refused at once, not after the wait
    with budget.admit(10_000):  # 1 s
        pass
