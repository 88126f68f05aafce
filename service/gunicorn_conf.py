"""gunicorn settings: ``gunicorn -c service/gunicorn_conf.py 'service:create_app()'``.

The corpus is loaded once in the master and shared by the forked workers; ``gc.freeze()``
keeps the collector from touching, and so copying, those pages. Each worker loads the spaCy
model (needed only by POST /v1/analyze) in the background, unless PRELOAD_MODEL=1 loaded it
in the master before the fork.
"""

import gc
import json
import os
import threading
import time

from gunicorn import util
from gunicorn.glogging import Logger

bind = os.environ.get(
    "BIND", f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
)
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * (os.cpu_count() or 1) + 1, 8))
threads = int(os.environ.get("THREADS", "4"))
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
    """Serve at once; load the model meanwhile so the first POST /v1/analyze need not wait."""
    from service.corpus import load_analyzer  # noqa: PLC0415  (the app's code, after preload)

    threading.Thread(target=load_analyzer, name="load-model", daemon=True).start()


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
