"""Serving throughput and latency with wrk: newsfacts vs bare Flask vs nginx, same bytes.

    .venv/bin/python bench/serving.py [--duration 10] [--corpus DIR] [--env KEY=VALUE ...]

All three run on this machine under the same gunicorn config (nginx: 2 workers), one after
the other, against the same response bodies, so the ratios are comparable. Needs Debian's
`wrk` and `nginx` (apt-get install wrk nginx-light).
"""

from __future__ import annotations

import argparse
import contextlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (
    bench_corpus,
    free_port,
    get_json,
    start_gunicorn,
    stopped_at_exit,
    wait_ready,
)

NGINX_CONF = """
worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {dir}; proxy_temp_path {dir}; fastcgi_temp_path {dir};
  uwsgi_temp_path {dir}; scgi_temp_path {dir};
  default_type application/json;
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
"""


def wrk(url: str, connections: int, duration: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label: str) -> float:
        m = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out)
        if not m:
            return float("nan")
        return float(m[1]) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m[2]]

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "p50": ms("50%"),
        "p99": ms("99%"),
        "errors": errors + (int(non2xx[1]) if non2xx else 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--corpus", default="/tmp/newsfacts-bench-startup")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        help="KEY=VALUE for ours, e.g. RESPONSE_MEMO_BYTES=0 (no response memo)",
    )
    args = parser.parse_args()
    corpus = bench_corpus(Path(args.corpus), fresh=False)
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (apt-get install wrk nginx-light)")
    ours_port, bare_port, nginx_port = free_port(), free_port(), free_port()
    # Every process started is stopped on the way out, whatever step fails.
    with contextlib.ExitStack() as stack:
        env = {"CORPUS_DIR": str(corpus), **dict(pair.split("=", 1) for pair in args.env)}
        ours = stopped_at_exit(stack, start_gunicorn("service:create_app()", ours_port, env))
        wait_ready(ours_port, ours)
        top_doc = get_json(ours_port, "/v1/documents?page_size=1")["items"][0]["id"]
        top_entity = get_json(ours_port, "/v1/entities?page_size=1")["items"][0]["id"]
        paths = {
            "quotes": "/v1/quotes?page_size=20",
            "document": f"/v1/documents/{top_doc}",
            "entity": f"/v1/entities/{top_entity}",
        }
        static = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsfacts-static-")))
        for name, path in paths.items():
            with urllib.request.urlopen(f"http://127.0.0.1:{ours_port}{path}") as r:
                (static / name).write_bytes(r.read())
        bare_env = {"BARE_DIR": str(static)}
        bare_app = "bench.bare_app:create_app()"
        bare = stopped_at_exit(stack, start_gunicorn(bare_app, bare_port, bare_env))
        wait_ready(bare_port, bare)
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="newsfacts-nginx-")))
        conf = work / "nginx.conf"
        conf.write_text(NGINX_CONF.format(dir=work, port=nginx_port, root=static))
        stopped_at_exit(stack, subprocess.Popen(["nginx", "-c", str(conf), "-g", "daemon off;"]))
        print(f"wrk -t2 -d{args.duration}s; corpus {corpus}; ours with {args.env or 'defaults'}")
        print(
            f"{'endpoint':9} {'conns':>5} | {'ours rps':>9} {'bare rps':>9} {'nginx rps':>9} | "
            f"{'ours/bare':>9} | {'ours p99':>9} {'bare p99':>9} | errors"
        )
        for name, path in paths.items():
            for conns in (16, 64):
                o = wrk(f"http://127.0.0.1:{ours_port}{path}", conns, args.duration)
                b = wrk(f"http://127.0.0.1:{bare_port}/{name}", conns, args.duration)
                n = wrk(f"http://127.0.0.1:{nginx_port}/{name}", conns, args.duration)
                print(
                    f"{name:9} {conns:5} | {o['rps']:9.0f} {b['rps']:9.0f} {n['rps']:9.0f} | "
                    f"{o['rps'] / b['rps']:9.2f} | {o['p99']:7.1f}ms {b['p99']:7.1f}ms | "
                    f"{int(o['errors'])}"
                )


if __name__ == "__main__":
    main()
