"""Real gunicorn processes with the project's config, on free loopback ports, for tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from tests.conftest import ROOT

GUNICORN = Path(sys.executable).with_name("gunicorn")


def start_gunicorn(
    corpus: Path,
    port: int = 0,
    *,
    cache: Path | None = None,
    env: dict[str, str | None] | None = None,
    stderr: IO | None = None,
) -> subprocess.Popen:
    """``gunicorn -c service/gunicorn_conf.py 'service:create_app()'`` over ``corpus``.

    Listens on ``port`` (0: a free one), ``proc.port``. One worker unless ``env`` says
    otherwise; a ``None`` in ``env`` unsets that variable.
    """
    # Bound here and handed over (fd://): no other process can take the port meanwhile.
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    full_env = {
        **os.environ,
        "CORPUS_DIR": str(corpus),
        "BIND": f"fd://{listener.fileno()}",
        "WEB_CONCURRENCY": "1",
        "ANALYZE_WORKERS": "1",
        "LOG_LEVEL": "WARNING",
        **({"CACHE_DIR": str(cache)} if cache else {}),
        **(env or {}),
    }
    full_env = {k: v for k, v in full_env.items() if v is not None}
    # Its log (stderr) goes to a temporary file unless given: wait_ready shows it on failure.
    log = stderr or tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the process)
    with listener:
        proc = subprocess.Popen(
            [str(GUNICORN), "-c", "service/gunicorn_conf.py", "service:create_app()"],
            cwd=ROOT,
            env=full_env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            pass_fds=(listener.fileno(),),
        )
        proc.port = listener.getsockname()[1]
    proc.log = log
    return proc


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            proc.log.seek(0)
            tail = proc.log.read()[-3000:].decode(errors="replace")
            raise RuntimeError(f"gunicorn exited with {proc.returncode}:\n{tail}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"port {port} not ready")


def stop(proc: subprocess.Popen, timeout: float = 30) -> int:
    """SIGTERM, then wait for a graceful exit (SIGKILL if it does not come)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


@contextmanager
def gunicorn(corpus: Path, **env: str) -> Iterator[int]:
    """Serve ``corpus`` with two workers until the block ends; yields the port."""
    proc = start_gunicorn(corpus, env={"WEB_CONCURRENCY": "2", **env})
    try:
        wait_ready(proc.port, proc)
        yield proc.port
    finally:
        stop(proc, timeout=40)


def raw_request(port: int, data: bytes, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; the status, headers and body of the one response."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        # The server may answer and close before the whole body is sent.
        with suppress(OSError):
            sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
            head, sep, body = b"".join(chunks).partition(b"\r\n\r\n")
            if sep and b"content-length:" in head.lower():
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                if len(body) >= length:
                    break
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body


def fetch(port: int, path: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return r.read(), r.headers["ETag"]
