"""Real gunicorn processes with the project's config, on free loopback ports, for tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO

from tests.conftest import ROOT

GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(
    corpus: Path,
    port: int,
    *,
    cache: Path | None = None,
    env: dict[str, str | None] | None = None,
    stderr: IO | int = subprocess.DEVNULL,
) -> subprocess.Popen:
    """``gunicorn -c service/gunicorn_conf.py 'service:create_app()'`` over ``corpus``.

    One worker unless ``env`` says otherwise; a ``None`` in ``env`` unsets that variable.
    """
    full_env = {
        **os.environ,
        "CORPUS_DIR": str(corpus),
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "ANALYZE_WORKERS": "1",
        "LOG_LEVEL": "WARNING",
        **({"CACHE_DIR": str(cache)} if cache else {}),
        **(env or {}),
    }
    full_env = {k: v for k, v in full_env.items() if v is not None}
    return subprocess.Popen(
        [str(GUNICORN), "-c", "service/gunicorn_conf.py", "service:create_app()"],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {proc.returncode}")
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


def fetch(port: int, path: str) -> tuple[bytes, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as r:
        return r.read(), r.headers["ETag"]
