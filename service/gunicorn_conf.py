"""gunicorn settings: ``gunicorn -c service/gunicorn_conf.py 'service:create_app()'``.

The corpus is loaded once in the master and shared by the forked workers; ``gc.freeze()``
keeps the collector from touching, and so copying, those pages. Each worker runs POST
/v1/analyze's NLP in a child process that loads the spaCy model at start, unless
PRELOAD_MODEL=1 loaded it in the master before the fork.
"""

import contextlib
import gc
import json
import os
import socket
import sys
import threading
import time

from gunicorn import util
from gunicorn.glogging import Logger
from gunicorn.workers.gthread import ThreadWorker

bind = os.environ.get(
    "BIND", f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
)
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * (os.cpu_count() or 1) + 1, 8))
# More threads than cores: requests are CPU-bound, but a thread held by a slow client costs
# nothing, and with 8 a few slow clients can hardly take every thread of a worker.
threads = int(os.environ.get("THREADS") or 8)
# Seconds a client has to send a request line and headers (see HeaderTimeoutWorker).
HEADER_TIMEOUT = float(os.environ.get("HEADER_TIMEOUT") or 3)
preload_app = True
# No runtime control socket: nothing needs it, and it would write under $HOME.
control_socket_disable = True

# Hardening: small request lines and headers, bounded time per request.
limit_request_line = 4094
limit_request_fields = 64
limit_request_field_size = 8190
timeout = int(os.environ.get("TIMEOUT", "60"))
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", "30"))
keepalive = 5
max_requests = 10_000
max_requests_jitter = 1_000
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()


def write_problem(sock, status_int, reason, mesg):
    """gunicorn's own error responses (400 bad request line, 414, 431, 500) as problem+json.

    gunicorn answers these before the app sees the request, with an HTML page by default;
    every error of this API is RFC 9457 JSON, so clients parse one format.
    """
    problem = {"type": "about:blank", "title": reason, "status": status_int}
    if mesg:
        problem["detail"] = mesg
    body = json.dumps(problem).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        "Content-Type: application/problem+json\r\nX-Content-Type-Options: nosniff\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


# gunicorn has no setting for its error format; its worker calls this module-level function.
util.write_error = write_problem


def when_ready(server):
    """After the app is preloaded, before workers fork: move its objects out of the GC.

    No gc.collect() first: the corpus is loaded with the collector paused and leaves next to
    no garbage, and a full collection over its millions of objects costs most of a second.
    """
    gc.freeze()


def post_worker_init(worker):
    """Run this worker's analyses in a child process (which loads the spaCy model).

    A CPU-bound analysis in a request thread would hold the worker's GIL from the threads
    serving reads; in its own process, at a lower priority, it takes only idle CPU from them.
    """
    from service.api.analyze import serve_from_process  # noqa: PLC0415 (the preloaded app's)

    # Once the worker stops (max_requests, SIGTERM), it admits no more analyses, and the one
    # in flight is answered (a 503 if it must be abandoned) within graceful_timeout.
    serve_from_process(
        worker.wsgi,
        worker.cfg.threads,
        accepting=lambda: worker.alive,
        grace=worker.cfg.graceful_timeout,
        hold_restart=getattr(worker, "hold_restart", lambda held: None),
    )


def worker_exit(server, worker):
    """The worker is exiting: an analysis still running is abandoned with a 503 (if it was
    not already), or its thread would hold the exit until the master kills the worker and
    its client would see the connection closed."""
    from service.api.analyze import stop_analyses  # noqa: PLC0415

    stop_analyses(worker.wsgi)


class HeaderTimeoutWorker(ThreadWorker):
    """gthread, safe from slow clients (slowloris).

    gthread reads a request's head in a pool thread with no time limit, so a client sending
    it byte by byte holds that thread; and a worker accepts connections even when all its
    threads are held, so the requests it accepts then wait too. Here a head must arrive
    within HEADER_TIMEOUT (then the socket is shut down), and a worker accepts only while it
    has a free thread: meanwhile the other workers, or the kernel's backlog, take new clients.
    Request bodies are not covered: behind nginx (docker-compose.yml) they arrive buffered.
    """

    def hold_restart(self, held):
        """No restart by max_requests while held (an analysis runs here: it would be
        abandoned); the count is kept, and the next request after restarts the worker."""
        self.max_requests = sys.maxsize if held else self.restart_after

    def init_process(self):
        self.restart_after = self.max_requests  # max_requests, with this worker's jitter
        self.queued = 0  # requests handed to the pool and not finished; main thread only
        self.drained = False
        self.reading = {}  # pool thread -> (socket, deadline) while it reads a request head
        self.reading_lock = threading.Lock()
        threading.Thread(target=self.enforce_header_timeout, daemon=True).start()
        super().init_process()

    def set_accept_enabled(self, enabled):
        super().set_accept_enabled(enabled and self.queued < self.cfg.threads)
        if not self.alive and not self.drained:
            self.drained = True
            self.close_listeners()

    def close_listeners(self):
        """On stopping, serve the connections the kernel has accepted, then stop listening.

        The master closes its listening sockets at SIGTERM, but the workers' copies keep
        them open until they exit: connections made meanwhile would wait in the backlog,
        request sent, and be reset at exit. Accepted now, they are served ("Connection:
        close"); once every worker has closed, new ones are refused at once.
        """
        for listener in self.sockets:
            while True:
                before = self.nr_conns
                self.accept(listener)  # non-blocking; does nothing once the backlog is empty
                if self.nr_conns == before:
                    break
            listener.close()

    def enqueue_req(self, conn):
        self.queued += 1
        if self.queued >= self.cfg.threads:
            super().set_accept_enabled(False)
        super().enqueue_req(conn)

    def finish_request(self, conn, fs):
        self.queued -= 1
        super().finish_request(conn, fs)  # the run loop then accepts again if it may

    def handle(self, conn):
        with self.reading_lock:
            self.reading[threading.get_ident()] = (conn.sock, time.monotonic() + HEADER_TIMEOUT)
        try:
            return super().handle(conn)
        finally:
            self.head_read()

    def head_read(self):
        with self.reading_lock:
            self.reading.pop(threading.get_ident(), None)

    def enforce_header_timeout(self):
        while True:
            time.sleep(0.25)
            now = time.monotonic()
            with self.reading_lock:
                for ident, (sock, deadline) in list(self.reading.items()):
                    if deadline < now:
                        del self.reading[ident]
                        # The blocked read returns, and the connection is closed.
                        with contextlib.suppress(OSError):
                            sock.shutdown(socket.SHUT_RDWR)


worker_class = HeaderTimeoutWorker


def pre_request(worker, req):
    """The head is read: the header timeout no longer applies to this request."""
    if isinstance(worker, HeaderTimeoutWorker):
        worker.head_read()


class JsonAccessLogger(Logger):
    """One JSON object per access-log line, values properly escaped."""

    def access(self, resp, req, environ, request_time):
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return
        record = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "remote": environ.get("REMOTE_ADDR"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING") or None,
            "status": resp.status_code if hasattr(resp, "status_code") else None,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 3),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        try:
            self.access_log.info(json.dumps(record, ensure_ascii=False))
        except Exception:
            self.exception("access log failed")


logger_class = JsonAccessLogger
