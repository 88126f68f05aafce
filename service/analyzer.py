"""Analyses of posted texts: admission within a memory and CPU budget, and the processes
that run them.

An analysis holds memory in proportion to its text (``ANALYSIS_FIXED_BYTES`` plus
``ANALYSIS_BYTES_PER_CHAR`` per char of its ``weight``, measured by
``bench/analysis_memory.py``) and takes seconds of one core. ``Budget`` admits one only
when it fits: in a gunicorn worker, one at a time, while one of the replica's
``SharedSlots`` (``ANALYZE_CONCURRENCY``) is free, each slot with its share of
``ANALYZE_MEMORY_MB``, and with request threads left for reads. A request that cannot be
admitted within a short wait is refused (``Overloaded``) with an estimate of when to retry;
a text over a slot's share never can be (``TooLarge``).

Under gunicorn each worker runs its analyses in a child process (``AnalysisProcess``) at a
lower CPU priority: spaCy then never holds the worker's GIL, and reads go first. The child
loads the spaCy model; the worker never does.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import logging
import math
import os
import random
import re
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from service.nlp.records import Analysis

log = logging.getLogger(__name__)

# Memory an analysis holds, worker and analysis process together (bench/analysis_memory.py):
# a fixed part (spaCy's working arrays for one section) and a part per char of ``weight``.
ANALYSIS_FIXED_BYTES = 48 * 2**20
ANALYSIS_BYTES_PER_CHAR = 250
# Seconds per char of one analysis on one core (bench/analyze_latency.py: ~60 µs), until
# this worker has timed its own; only used to tell a refused client when to retry.
_SECONDS_PER_CHAR = 60e-6
# Seconds before gunicorn's graceful_timeout when a stopping worker abandons its analysis.
STOP_MARGIN = 2.0
# An analysis is linear in time (tests/test_linear_time.py): one taking ANALYZE_TIMEOUT plus
# 1 ms per char (15 times the usual, 3 times the densest text's) is taken to be hung.
HUNG_SECONDS_PER_CHAR = 1e-3


class Overloaded(Exception):
    """No room for this analysis now; ``retry_after`` seconds is a fair wait."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"analysis capacity full; retry after {retry_after} s")
        self.retry_after = retry_after


class TooLarge(Exception):
    """A text over what one analysis may ever hold of the budget (``limit`` chars)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"over {limit} chars")
        self.limit = limit


class AnalysisFailed(Exception):
    """The analysis process died or hung; it has been restarted."""


# spaCy's memory grows with tokens, not chars: news has ~5 chars per token, a line of
# single letters one. An upper estimate of spaCy's tokens (within 2% on news): words,
# punctuation marks, and whitespace that is not a single space.
_TOKENS = re.compile(r"\w+|[^\w\s]|[^\S ]+| {2,}")
CHARS_PER_TOKEN = 5


def weight(text: str) -> int:
    """What a text counts for in the budget: its length, or ``CHARS_PER_TOKEN`` per token
    where it is denser than prose (a line of single letters weighs five times its length)."""
    return max(len(text), CHARS_PER_TOKEN * sum(1 for _ in _TOKENS.finditer(text)))


def capacity_chars(memory_bytes: int) -> int:
    """Chars that may be analysed at once within ``memory_bytes``."""
    return max(0, (memory_bytes - ANALYSIS_FIXED_BYTES) // ANALYSIS_BYTES_PER_CHAR)


class SharedSlots:
    """``count`` slots shared by the processes forked after it is made (gunicorn's workers):
    an fcntl lock on one byte each of an anonymous file. The kernel frees a slot when its
    holder exits, even killed, so none is ever lost.

    Locks are per process: the threads of one process must not compete for slots.
    """

    def __init__(self, count: int) -> None:
        self.count = max(1, count)
        if hasattr(os, "memfd_create"):  # Linux: no file system needed
            self._fd = os.memfd_create("newsfacts-analysis-slots")
        else:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process)
            self._fd = self._file.fileno()
        os.ftruncate(self._fd, self.count)

    def acquire(self, deadline: float, wanted: Callable[[], bool]) -> int | None:
        """A free slot's number, polling until ``deadline`` or ``wanted()`` is false; None if
        none came free."""
        while True:
            for slot in random.sample(range(self.count), self.count):
                try:
                    fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, slot)
                    return slot
                except OSError:
                    continue
            if time.monotonic() >= deadline or not wanted():
                return None
            time.sleep(0.05)

    def release(self, slot: int) -> None:
        fcntl.lockf(self._fd, fcntl.LOCK_UN, 1, slot)


class Budget:
    """Admission of analyses: a semaphore weighted by text length, with ``slots`` analyses at
    most at once in this process (and a free slot of ``shared`` if given, for the replica),
    a bounded wait and a bounded queue.

    ``capacity`` chars may be analysed at once. At most ``max_requests`` requests hold or
    wait for the budget: the other request threads of the worker stay free for reads.
    """

    def __init__(
        self,
        capacity: int,
        slots: int,
        max_requests: int,
        wait: float,
        *,
        shared: SharedSlots | None = None,
        time_left: Callable[[], float] = lambda: math.inf,
    ) -> None:
        """``time_left()``: seconds before this process must have finished its analyses
        (it is stopping); one that would likely take longer is not admitted."""
        self.capacity, self.slots, self.wait = capacity, max(1, slots), wait
        self.max_requests = max(self.slots, max_requests)
        self.shared, self.time_left = shared, time_left
        self.admitted: dict[object, tuple[int, float]] = {}  # ticket -> (chars, started)
        self.waiting = 0
        self.seconds_per_char = _SECONDS_PER_CHAR
        self.typical_chars = 10_000  # of the analyses seen, for Retry-After
        self._changed = threading.Condition()

    def retry_after(self) -> int:
        """Seconds until the analysis running here is likely done, or a typical one takes
        (1 to 60)."""
        now = time.monotonic()
        left = [chars * self.seconds_per_char - (now - t) for chars, t in self.admitted.values()]
        guess = max(left) if left else self.typical_chars * self.seconds_per_char
        return min(60, max(1, math.ceil(guess)))

    def _in_time(self, chars: int) -> bool:
        return chars * self.seconds_per_char <= self.time_left()

    def refuse_if_full(self, chars: int) -> None:
        """``Overloaded`` at once if no more requests may wait, or one of ``chars`` chars would
        not end in time: before the text is even read."""
        with self._changed:
            if len(self.admitted) + self.waiting >= self.max_requests or not self._in_time(chars):
                raise Overloaded(self.retry_after())

    def _fits(self, chars: int) -> bool:
        used = sum(c for c, _ in self.admitted.values())
        return len(self.admitted) < self.slots and used + chars <= self.capacity

    @contextlib.contextmanager
    def admit(self, chars: int, weigh: Callable[[], int] | None = None) -> Iterator[None]:
        """Hold ``chars`` of the budget for the block; ``Overloaded`` or ``TooLarge`` if not.

        With ``weigh``, ``chars`` is a lower bound (the text's length) and ``weigh()`` the
        weight to hold, computed only once the lower bound fits: it costs ~60 ms per MB, not
        to be spent on requests that are refused anyway.
        """
        if chars > self.capacity:
            raise TooLarge(self.capacity)
        ticket = object()
        deadline = time.monotonic() + self.wait
        with self._changed:
            if len(self.admitted) + self.waiting >= self.max_requests or not self._in_time(chars):
                raise Overloaded(self.retry_after())
            self.waiting += 1
            try:
                while True:
                    while not self._fits(chars):
                        remaining = deadline - time.monotonic()
                        if remaining <= 0 or not self._in_time(chars):
                            raise Overloaded(self.retry_after())
                        self._changed.wait(min(remaining, 0.5))
                    if weigh is None:
                        break
                    self._changed.release()  # others may come and go meanwhile
                    try:
                        chars, weigh = weigh(), None
                    finally:
                        self._changed.acquire()
                    if chars > self.capacity:
                        raise TooLarge(self.capacity)
            finally:
                self.waiting -= 1
            self.admitted[ticket] = (chars, time.monotonic())
        slot = None
        try:
            if self.shared is not None:
                slot = self.shared.acquire(deadline, lambda: self._in_time(chars))
                if slot is None:
                    raise Overloaded(self.retry_after())
            started = time.monotonic()
            yield
            self._timed(chars, time.monotonic() - started)
        finally:
            if slot is not None:
                self.shared.release(slot)
            with self._changed:
                del self.admitted[ticket]
                self._changed.notify_all()

    def _timed(self, chars: int, seconds: float) -> None:
        with self._changed:
            self.typical_chars = int(0.8 * self.typical_chars + 0.2 * chars)
            if chars >= 1000:  # long enough for the fixed costs not to dominate
                self.seconds_per_char = 0.8 * self.seconds_per_char + 0.2 * seconds / chars


class AnalysisProcess:
    """A child process that runs ``analyze`` on the texts sent to it, one at a time.

    Forked from a gunicorn worker, it shares the worker's memory copy-on-write (the model too
    when the master preloaded it). If it dies or takes over ``timeout`` seconds, it is killed
    and started again, and that analysis fails with ``AnalysisFailed``.
    """

    def __init__(self, analyze: Callable[[str], Analysis], timeout: float, nice: int) -> None:
        """``timeout``: seconds, plus ``HUNG_SECONDS_PER_CHAR`` per char of the text;
        ``nice``: the child's CPU priority (0 to 19, lowest)."""
        self._analyze = analyze
        self.timeout, self.nice = timeout, nice
        self._lock = threading.Lock()  # one analysis at a time
        self._conn: Connection | None = None
        self._stopped = False
        self._stop_at = math.inf
        self.pid = 0
        self._start()

    def _start(self) -> None:
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child; it never returns)
            code = 1
            try:
                ours.close()
                _serve(Connection(theirs.detach()), self._analyze, self.nice)
                code = 0
            finally:
                os._exit(code)
        theirs.close()
        self.pid, self._reaped, self._conn = pid, False, Connection(ours.detach())
        log.info("analysis process %d started", pid)

    def _exited(self) -> bool:
        if not self._reaped:
            self._reaped = os.waitpid(self.pid, os.WNOHANG)[0] != 0
        return self._reaped

    def _restart(self) -> None:
        if not self._reaped:  # once reaped, its pid may be another process's
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        self._conn.close()
        self._start()

    def _ask(self, text: str) -> tuple[bool, Analysis | str]:
        self._conn.send(text)
        timeout = self.timeout + len(text) * HUNG_SECONDS_PER_CHAR
        if not self._conn.poll(timeout):
            raise TimeoutError(f"no answer in {timeout:.0f} s")
        return self._conn.recv()

    def analyze(self, text: str) -> Analysis:
        """The analysis of ``text``, computed in the child process.

        A child found dead is replaced first; one that dies during the analysis is replaced
        and asked again, once; one that hangs is replaced, and the analysis fails.
        """
        with self._lock:
            for attempt in (1, 2):
                if self._stopped:
                    raise AnalysisFailed("the worker is stopping")
                if self._exited():
                    log.error("analysis process %d had exited; restarting it", self.pid)
                    self._restart()
                try:
                    ok, value = self._ask(text)
                    break
                except (OSError, EOFError) as exc:
                    if self._stopped:
                        raise AnalysisFailed("the worker is stopping") from None
                    log.error("analysis process %d failed (%s); restarting it", self.pid, exc)
                    self._restart()
                    if attempt == 2 or isinstance(exc, TimeoutError):
                        raise AnalysisFailed(str(exc)) from None
        if not ok:
            raise RuntimeError(f"analysis failed in the analysis process: {value}")
        return value

    def time_left(self) -> float:
        """Seconds before an analysis here is abandoned (infinite unless the worker stops)."""
        return self._stop_at - time.monotonic()

    def stop(self) -> None:
        """Kill the child: the analysis in flight, if any, fails at once (for a worker that
        must exit now, so that its client gets an answer rather than a closed connection)."""
        self._stopped = True
        if not self._reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def stop_before_killed(self, accepting: Callable[[], bool], grace: float) -> None:
        """Once ``accepting()`` turns false (the worker stops), ``stop`` after ``grace``
        seconds less a margin: gunicorn kills a worker still busy after its graceful_timeout
        (``grace``), and the client of an analysis still running would get no answer."""

        def watch() -> None:
            while accepting():
                time.sleep(0.5)
            self._stop_at = time.monotonic() + max(0.0, grace - STOP_MARGIN)
            time.sleep(max(0.0, self._stop_at - time.monotonic()))
            self.stop()

        threading.Thread(target=watch, name="analysis-stop", daemon=True).start()


def _serve(conn: Connection, analyze: Callable[[str], Analysis], nice: int) -> None:
    """The child's loop: analyse each text received, send back ``(ok, analysis or error)``."""
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    # Nothing of the worker's but this socket and stdio: its listening sockets and client
    # connections must close when the worker closes them.
    os.closerange(3, conn.fileno())
    os.closerange(conn.fileno() + 1, os.sysconf("SC_OPEN_MAX"))
    libc = _libc()
    with contextlib.suppress(AttributeError, OSError):
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the worker
        libc.prctl(15, b"newsfacts-nlp")  # PR_SET_NAME, as ps and top show it
    if os.getppid() == 1:
        return
    os.setpriority(os.PRIO_PROCESS, 0, nice)
    analyze("Warm-up: the model loads now, not on the first request.")
    while True:
        try:
            text = conn.recv()
        except (EOFError, OSError):
            return  # the worker has gone
        try:
            result = (True, analyze(text))
        except Exception as exc:
            log.exception("analysis failed")
            result = (False, f"{type(exc).__name__}: {exc}")
        conn.send(result)
        del result
        with contextlib.suppress(AttributeError):
            libc.malloc_trim(0)  # give the analysis' memory back to the system


def _libc():
    try:
        return ctypes.CDLL(None)
    except OSError:
        return None
