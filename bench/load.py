"""Sustained load on a mix of endpoints with wrk, analyses posted beside it, then SIGTERM
under load and a restart.

    .venv/bin/python bench/load.py [--duration 60] [--connections 64] [--corpus DIR]
        [--analyze-clients 32] [--analyze-duration 60] [--analyze-connections 16]
        [--max-bytes N] [--body-bytes N] [--honor-retry-after] [--only-analyze]

Serves seeds/ plus ../shared/corpora/bbc_news.jsonl (when present), copied into a temporary
corpus folder, with the project's gunicorn config and its default worker count, after
building the analysis cache (``python -m service build``; kept in --cache between runs) so
the start is warm. Phases:

1. wrk on the mix of GET endpoints alone;
2. the same mix (``--analyze-connections``) while ``--analyze-clients`` clients post
   maximum-size bodies (BBC articles, JSON, ``ANALYZE_MAX_BYTES``; ``--max-bytes`` raises
   the limit and the bodies) to ``POST /v1/analyze`` as fast as they are answered, with the
   memory of the master, workers and analysis processes read from /proc four times a second;
3. SIGTERM under load; 4. a restart.

Exits non-zero on any non-2xx GET, socket error, answer to a POST other than 200, 413 or 503
with Retry-After, a worker or analysis process that died, total RSS over --ceiling-mib,
in-flight request lost at SIGTERM, or response that differs after the restart. Needs
Debian's ``wrk``.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BBC, ROOT
from service.app import DEFAULT_ANALYZE_MAX_BYTES
from tests.load_client import (
    CEILING_MIB,
    DEATHS,
    NOT_HANDLED,
    USER_AGENT,
    Client,
    MemorySampler,
    analysis_body,
    cpu_seconds,
    descendants,
    endpoint_mix,
    start_load,
    start_posting,
)
from tests.servers import fetch, start_gunicorn, stop, wait_ready

DEFAULT_WORKERS = {"WEB_CONCURRENCY": None}  # gunicorn_conf.py sizes the pool
CPU = ("ru_utime", "ru_stime")

LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[i %% #paths + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, ' ..
    '"non2xx": %%d, "connect": %%d, "read": %%d, "write": %%d, "timeout": %%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
end
"""


def wrk(port: int, paths: list[str], connections: int, seconds: int, script: Path):
    """Start wrk on the mix; its Lua ``done()`` prints one RESULT line of JSON."""
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths))
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    return subprocess.Popen(
        [*command, "-s", str(script), f"http://127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        text=True,
    )


def wrk_result(proc: subprocess.Popen) -> dict:
    out = proc.communicate()[0]
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result = json.loads(line.removeprefix("RESULT "))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["socket_errors"] = sum(result[k] for k in ("connect", "read", "write", "timeout"))
    return result


def analyze_under_load(port: int, proc, paths: list[str], tmp: Path, args) -> list[str]:
    """Phase 2: wrk on the GET mix while clients post maximum-size analyses; the failures."""
    texts = [json.loads(line)["text"] for line in BBC.open()] if BBC.exists() else []
    texts = texts or [(ROOT / "seeds" / "000_f50a389bf049e48a.txt").read_text()]
    body = analysis_body(texts, args.body_bytes or args.max_bytes or DEFAULT_ANALYZE_MAX_BYTES)
    before = set(descendants(proc.pid))
    log_start = proc.log.seek(0, 2)
    cpu_before = cpu_seconds(proc.pid), resource.getrusage(resource.RUSAGE_SELF)
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    sampler = MemorySampler(proc.pid)
    idle_rss, idle_pss = sampler.sample()
    sampler.start()
    stop_posting, posters, tally = start_posting(
        port, body, args.analyze_clients, honor_retry=args.honor_retry_after
    )
    time.sleep(1)  # the posters are busy before wrk starts
    gets = wrk(port, paths, args.analyze_connections, args.analyze_duration, tmp / "beside.lua")
    try:
        result = wrk_result(gets)
    finally:  # stopped whatever happens, as is everything this script starts
        stop_posting.set()
        sampler.stop.set()
        stop(gets)
    for poster in posters:
        poster.join()
    server_cpu = cpu_seconds(proc.pid) - cpu_before[0]
    clients = resource.getrusage(resource.RUSAGE_SELF)
    clients_cpu = sum(getattr(clients, f) - getattr(cpu_before[1], f) for f in CPU)
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    wrk_cpu = sum(getattr(wrk_after, f) - getattr(wrk_before, f) for f in CPU)
    gone = before - set(descendants(proc.pid))  # max_requests restarts a worker, too
    proc.log.seek(log_start)
    died = DEATHS.findall(proc.log.read().decode(errors="replace"))
    statuses = dict(sorted(tally.statuses.items(), key=str))
    print(
        f"analyses under load: {args.analyze_clients} clients posting {len(body):,}-byte bodies "
        f"for {args.analyze_duration}s beside wrk -c{args.analyze_connections} on the GET mix, "
        + ("waiting Retry-After after a 503" if args.honor_retry_after else "again at once")
    )
    latency = ", ".join(
        f"{code} p50 {tally.percentile(code, 50):.3f} s p99 {tally.percentile(code, 99):.3f} s"
        for code in sorted(tally.latencies)
    )
    print(
        f"  POST answers {statuses}; 503 without Retry-After: {tally.without_retry_after}; "
        f"latency {latency}"
    )
    print(
        f"  GETs: {result['rps']:.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
        f"p99 {result['p99_us'] / 1000:.1f} ms, non-2xx {result['non2xx']}, "
        f"socket errors {result['socket_errors']}"
    )
    print(
        f"  memory, master + workers + analysis processes: idle RSS {idle_rss / 1024:.0f} MiB "
        f"(PSS {idle_pss / 1024:.0f}), peak RSS {sampler.max_rss_kib / 1024:.0f} MiB "
        f"(PSS {sampler.max_pss_kib / 1024:.0f}); ceiling {args.ceiling_mib} MiB"
    )
    print(
        f"  CPU seconds over the {args.analyze_duration}s: the service {server_cpu:.0f}, "
        f"the posting clients {clients_cpu:.0f}, wrk {wrk_cpu:.0f} (of {2 * args.analyze_duration}"
        " on 2 cores, with anything else running)"
    )
    print(
        f"  processes died (gunicorn's log: killed, timed out, exited with an error, "
        f"analysis process restarted): {len(died)}; processes replaced in all: {len(gone)}"
    )
    for line in died[:10]:
        print(f"    {line}")
    failures = []
    if set(tally.statuses) - {200, 413, 503, "stale"} or tally.without_retry_after:
        failures.append("analyses: an answer other than 200, 413 or 503 with Retry-After")
    if result["non2xx"] or result["socket_errors"]:
        failures.append("analyses: GETs beside them failed")
    if sampler.max_rss_kib > args.ceiling_mib * 1024:
        failures.append("analyses: total RSS over the ceiling")
    if died:
        failures.append(f"analyses: {len(died)} processes died")
    return failures


def sigterm_under_load(port: int, proc, paths: list[str], tmp: Path, connections: int) -> dict:
    """SIGTERM the master while wrk, keep-alive clients and slow POSTs are running."""
    text = (ROOT / "seeds" / "000_f50a389bf049e48a.txt").read_bytes()
    posts: list[tuple[str, int | None, str | None]] = []

    def analyze() -> None:
        outcome, response, _ = Client(port).request(
            "POST", "/v1/analyze", text, {"Content-Type": "text/plain"}
        )
        status = response.status if response else None
        posts.append((outcome, status, response.getheader("Retry-After") if response else None))

    background = wrk(port, paths, connections, 6, tmp / "sigterm.lua")
    load_stop, load_workers, tally = start_load(port, paths, threads=16)
    try:
        time.sleep(2)
        analyses = [threading.Thread(target=analyze) for _ in range(8)]
        for t in analyses:
            t.start()
        time.sleep(0.2)
        signalled = time.perf_counter()
        proc.send_signal(signal.SIGTERM)
        exit_code = proc.wait(timeout=60)
        stopped = time.perf_counter() - signalled
        for t in analyses:
            t.join()
        background.communicate()
    finally:
        load_stop.set()
        stop(background)
    for t in load_workers:
        t.join()
    return {
        "exit_code": exit_code,
        "stop_seconds": stopped,
        "outcomes": dict(tally.outcomes),
        "posts_ok": sum(p[:2] == ("ok", 200) for p in posts),
        # 503 + Retry-After: no analysis slot came free in time, or the worker was stopping
        "posts_refused": sum(p[1] == 503 and (p[2] or "").isdigit() for p in posts),
        "posts": len(posts),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--corpus", help="serve this folder instead of seeds/ + BBC")
    parser.add_argument("--cache", default="/tmp/newsfacts-bench-load-cache")
    parser.add_argument(
        "--gunicorn-args", default="", help="extra settings, e.g. '--worker-class gthread'"
    )
    parser.add_argument("--analyze-clients", type=int, default=32)
    parser.add_argument("--analyze-duration", type=int, default=60)
    parser.add_argument("--analyze-connections", type=int, default=16, help="wrk's, beside")
    parser.add_argument("--max-bytes", type=int, help="ANALYZE_MAX_BYTES for the server")
    parser.add_argument("--body-bytes", type=int, help="size of the bodies (default: the limit)")
    parser.add_argument(
        "--honor-retry-after",
        action="store_true",
        help="posting clients wait Retry-After after a 503 (by default they post again at once)",
    )
    parser.add_argument("--ceiling-mib", type=int, default=CEILING_MIB)
    parser.add_argument(
        "--only-analyze", action="store_true", help="phases 1 (as phase 2's GETs) and 2 only"
    )
    args = parser.parse_args()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="newsfacts-load-") as tmp_name:
        tmp = Path(tmp_name)
        corpus = Path(args.corpus) if args.corpus else tmp / "corpus"
        if not args.corpus:
            shutil.copytree(ROOT / "seeds", corpus)
            if BBC.exists():
                shutil.copy(BBC, corpus / BBC.name)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "service",
                "build",
                "--corpus",
                str(corpus),
                "--cache",
                args.cache,
            ],
            cwd=ROOT,
            check=True,
        )
        access = tmp / "access.log"
        extra = f"--access-logfile {access} {args.gunicorn_args}"
        env = {**DEFAULT_WORKERS, "GUNICORN_CMD_ARGS": extra}
        if args.max_bytes:
            env["ANALYZE_MAX_BYTES"] = str(args.max_bytes)
        proc = start_gunicorn(corpus, cache=Path(args.cache), env=env)
        port = proc.port
        try:
            started = time.perf_counter()
            wait_ready(port, proc)
            print(f"ready in {time.perf_counter() - started:.1f}s on port {port}")
            paths = endpoint_mix(port)
            before = {path: fetch(port, path) for path in paths}

            if args.only_analyze:  # the baseline: the GET mix of phase 2 alone
                args.connections, args.duration = args.analyze_connections, args.analyze_duration
            result = wrk_result(wrk(port, paths, args.connections, args.duration, tmp / "mix.lua"))
            print(
                f"GETs alone: wrk -t2 -c{args.connections} -d{args.duration}s, "
                f"{len(paths)} endpoints: "
                f"{result['rps']:.0f} req/s, p50 {result['p50_us'] / 1000:.1f} ms, "
                f"p99 {result['p99_us'] / 1000:.1f} ms, {result['requests']} requests, "
                f"non-2xx {result['non2xx']}, socket errors {result['socket_errors']} "
                f"(connect {result['connect']}, read {result['read']}, "
                f"write {result['write']}, timeout {result['timeout']})"
            )
            if result["non2xx"] or result["socket_errors"]:
                failures.append("wrk: non-2xx responses or socket errors")
            failures += analyze_under_load(port, proc, paths, tmp, args)
            if args.only_analyze:
                return report(failures)

            access.write_text("")  # from here on, count what the server answered
            term = sigterm_under_load(port, proc, paths, tmp, args.connections)
            handled = sum(
                json.loads(line)["user_agent"] == USER_AGENT
                for line in access.read_text().splitlines()
            )
            outcomes = term["outcomes"]
            answered = term["posts_ok"] + term["posts_refused"]
            received = outcomes.get("ok", 0) + answered
            print(
                f"SIGTERM under load: master exited {term['exit_code']} after "
                f"{term['stop_seconds']:.1f}s; keep-alive clients {outcomes}; "
                f"POST /v1/analyze in flight: {answered}/{term['posts']} answered whole "
                f"({term['posts_ok']} 200, {term['posts_refused']} 503 + Retry-After); "
                f"server answered {handled} client requests, clients received {received} whole"
            )
            if term["exit_code"] != 0 or answered != term["posts"] or not term["posts_ok"]:
                failures.append("SIGTERM: unclean exit or an in-flight POST lost")
            if set(outcomes) - {"ok", *NOT_HANDLED} or handled != received:
                failures.append("SIGTERM: an in-flight request failed")
        finally:
            stop(proc)

        env = {**DEFAULT_WORKERS, "GUNICORN_CMD_ARGS": args.gunicorn_args}
        proc = start_gunicorn(corpus, port, cache=Path(args.cache), env=env)
        try:
            wait_ready(port, proc)
            after = {path: fetch(port, path) for path in paths}
        finally:
            stop(proc)
        same = sum(after[p] == before[p] for p in paths)
        print(f"restart: {same}/{len(paths)} responses byte-identical (bodies and ETags)")
        if same != len(paths):
            failures.append("restart: responses differ")
    return report(failures)


def report(failures: list[str]) -> int:
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
