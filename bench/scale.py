"""How start-up, memory and query latency grow with the corpus: x1, x10, x100 and 1,000,000.

    .venv/bin/python bench/scale.py [--scales 1,10,100] [--million [--reuse-million]] [--urls 30]

A seeded sample of 200 BBC articles (spread over the five categories) is served 1, 10 and
100 times over, each copy a .jsonl file of the 200 texts under new ids ("c0042-business-001"),
the analyses reused (content-addressed: the 200 texts are analysed once, into a shared cache).
For each scale: the build (``python -m service build``, no NLP left to do), the store size, the
warm start of gunicorn (project config, 2 workers) to /readyz 200 (median of --warm-runs),
the master's RSS and each worker's private memory, and per endpoint the median latency of
--urls distinct URLs (a page walk, other ids, other words or thresholds: no URL is asked twice,
so no cache answers), one client, one request at a time.

``--million`` adds a corpus of 1,000,000 documents (5,000 copies): its 5,000 files are written
for real (start-up lists them), but its store is replicated from the x1 store with SQL rather
than built document by document (``replicate_store``: the same rows a build would write, ids and
counts rewritten; ``--verify`` checks that against a real build at x10), then indexed as a build
does (``finish_store``); ``--reuse-million`` measures the store a former run of the same code
left instead of writing it again (30 min). Work files live in --work (default
/tmp/newsfacts-scale; ~40 GB with --million).
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import math
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
from contextlib import closing
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BBC, BIN, ROOT, free_port, start_gunicorn, stop, wait_ready
from bench.memory import children, rollup

SAMPLE = 200
MILLION = 1_000_000
SEED = 14
COPY_FILE = "copy-{:04d}.jsonl"
STOPWORDS = frozenset(
    {"the", "and", "for", "with", "that", "this", "from", "have", "will", "been", "were",
     "their", "said", "says", "about", "after", "over", "into", "more", "than", "they", "what",
     "when", "which", "would", "could", "should", "there", "other", "also", "some"}
)  # fmt: skip


def sample_articles(n: int = SAMPLE) -> list[dict]:
    """``n`` BBC articles, the same each run: an equal share of each category, seeded."""
    rows = [json.loads(line) for line in BBC.read_text().splitlines() if line.strip()]
    by_category: dict[str, list[dict]] = {}
    for row in rows:
        by_category.setdefault(row["id"].split("/")[0], []).append(row)
    rnd = random.Random(SEED)
    picked = []
    categories = sorted(by_category)
    for i, category in enumerate(categories):
        share = n // len(categories) + (i < n % len(categories))
        picked += rnd.sample(by_category[category], share)
    return sorted(picked, key=lambda r: r["id"])


def copy_lines(articles: list[dict], copy: int) -> bytes:
    lines = [
        json.dumps(
            {"id": f"c{copy:04d}/{a['id']}", "title": a["title"], "text": a["text"]},
            ensure_ascii=False,
        )
        for a in articles
    ]
    return ("\n".join(lines) + "\n").encode()


def write_corpus(folder: Path, articles: list[dict], copies: int) -> None:
    """``copies`` files of the sample, unless already there (mtimes kept: the store stays)."""
    folder.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        path = folder / COPY_FILE.format(copy)
        if not path.exists():
            path.write_bytes(copy_lines(articles, copy))


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


def build(corpus: Path, cache: Path, fresh: bool) -> float:
    """Seconds of ``python -m service build`` (fresh: the old store removed first)."""
    if fresh:
        for old in cache.glob("store-*.sqlite"):
            old.unlink()
    started = time.perf_counter()
    run([str(BIN / "python"), "-m", "service", "build", "--corpus", str(corpus), "--cache",
         str(cache)])  # fmt: skip
    return time.perf_counter() - started


def current_store(folder: Path) -> Path:
    """The store file a scale's folder serves (the newest in its cache)."""
    return max((folder / "cache").glob("store-*.sqlite"))


def serve(corpus: Path, cache: Path, workers: int = 2):
    port = free_port()
    env = {
        "CORPUS_DIR": str(corpus),
        "CACHE_DIR": str(cache),
        "WEB_CONCURRENCY": str(workers),
        "ANALYZE_WORKERS": "1",
        "SERVER_TIMING": "1",
    }
    started = time.perf_counter()
    proc = start_gunicorn("service:create_app()", port, env)
    ready = wait_ready(port, proc, timeout=3600, started=started)
    return proc, port, ready


def warm_start(corpus: Path, cache: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        proc, _, ready = serve(corpus, cache)
        stop(proc)
        times.append(ready)
    return statistics.median(times)


# --- Distinct URLs per endpoint ---------------------------------------------------------------


PAGE = 10  # items per page of every measured list


def _words(texts: list[str], rnd: random.Random) -> list[str]:
    found = {w for t in texts for w in re.findall(r"[a-z]{4,}", t.lower()) if w not in STOPWORDS}
    return rnd.sample(sorted(found), len(found))


def _full(db: sqlite3.Connection, candidates: list[str], sql: str, n: int) -> list[str]:
    """The first ``n`` candidates for which ``sql`` counts at least a page of items."""
    found = []
    for value in candidates:
        if db.execute(sql, (value,)).fetchone()[0] >= PAGE:
            found.append(value)
            if len(found) == n:
                break
    return found


def endpoint_urls(x1_store: Path, articles: list[dict], n: int) -> dict[str, list[str]]:
    """The URLs measured on every server, chosen on the x1 store so that every page is full
    at x1 already (the same words, speakers and thresholds give full pages at every scale,
    and the documents of copy 0 exist in every corpus): a page then costs the same work
    whatever the scale, except for what the corpus size adds."""
    rnd = random.Random(SEED)
    db = sqlite3.connect(f"file:{x1_store}?mode=ro", uri=True)
    docs = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY seq")]
    entities = [r[0] for r in db.execute("SELECT id FROM entity_records ORDER BY ord LIMIT ?", [n])]
    speakers = [
        r[0]
        for r in db.execute(
            "SELECT value FROM facets WHERE listing = 'quotes' AND col = 'speaker' AND n >= ? "
            "ORDER BY n DESC, value LIMIT ?",
            (PAGE, n),
        )
    ]
    quote_texts = [r[0] for r in db.execute("SELECT text FROM quote_records")]
    names = [r[0] for r in db.execute("SELECT name FROM entity_records")]
    counted = [r[0] for r in db.execute("SELECT text FROM counted_values")]
    money = sorted(
        r[0] for r in db.execute("SELECT value FROM facts WHERE kind = 'money' AND value > 0")
    )
    pick_docs = rnd.sample(docs, min(n, len(docs)))
    count = "SELECT count(*) FROM {} WHERE {} MATCH ?"
    title_words = _full(
        db,
        _words([a["title"] for a in articles], rnd),
        count.format("documents_fts", "documents_fts"),
        n,
    )
    # Two words of one article: the pairs found together in a page of articles at x1.
    pairs = _full(
        db,
        [" ".join(rnd.sample(_words([a["text"]], rnd), 2)) for a in articles * 5],
        count.format("documents_fts", "documents_fts"),
        n,
    )
    quote_words = _full(db, _words(quote_texts, rnd), count.format("quotes_fts", "quotes_fts"), n)
    name_words = _words(names, rnd)[:n]
    counted_words = _full(
        db,
        _words(counted, rnd),
        "SELECT count(*) FROM facts WHERE counted IN "
        "(SELECT id FROM counted_values WHERE instr(text, ?))",
        n,
    )
    top = money[-PAGE] if len(money) >= PAGE else 1
    thresholds = [10 ** (3 + (math.log10(max(top, 1e3)) - 3) * i / max(n - 1, 1)) for i in range(n)]
    db.close()
    q = urllib.parse.quote
    size = f"page_size={PAGE}"
    return {
        "documents (page walk)": [f"WALK /v1/documents?{size}"],
        "documents?q=word": [f"/v1/documents?q={w}&{size}" for w in title_words],
        "documents?q=two words": [f"/v1/documents?q={q(p)}&{size}" for p in pairs],
        "documents/{id}": [f"/v1/documents/{d}" for d in pick_docs],
        "entities (page walk)": [f"WALK /v1/entities?{size}"],
        "entities?type=person (walk)": [f"WALK /v1/entities?type=person&{size}"],
        "entities?q=word": [f"/v1/entities?q={w}&{size}" for w in name_words],
        "entities/{id}": [f"/v1/entities/{q(e)}" for e in entities],
        "entities/{id}/documents": [f"/v1/entities/{q(e)}/documents?{size}" for e in entities],
        "documents/{id}/entities": [f"/v1/documents/{d}/entities?{size}" for d in pick_docs],
        "quotes (page walk)": [f"WALK /v1/quotes?{size}"],
        "quotes?speaker=": [f"/v1/quotes?speaker={q(s)}&{size}" for s in speakers],
        "quotes?q=word": [f"/v1/quotes?q={w}&{size}" for w in quote_words],
        "quotes?anonymous=true (walk)": [f"WALK /v1/quotes?anonymous=true&{size}"],
        "entities/{id}/quotes": [f"/v1/entities/{q(s)}/quotes?{size}" for s in speakers],
        "documents/{id}/quotes": [f"/v1/documents/{d}/quotes?{size}" for d in pick_docs],
        "numeric-facts (page walk)": [f"WALK /v1/numeric-facts?{size}"],
        "numeric-facts?kind=money&min_value=": [
            f"/v1/numeric-facts?kind=money&min_value={v:.0f}&{size}" for v in thresholds
        ],
        "numeric-facts?counted=": [f"/v1/numeric-facts?counted={w}&{size}" for w in counted_words],
        "documents/{id}/numeric-facts": [
            f"/v1/documents/{d}/numeric-facts?{size}" for d in pick_docs
        ],
    }


class Client:
    """One keep-alive HTTP connection; times each request to its last body byte."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path: str) -> tuple[float, float, dict]:
        """(wall seconds, server CPU seconds, JSON body) of one GET."""
        started = time.perf_counter()
        self.conn.request("GET", path)
        response = self.conn.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status} {body[:300]!r}")
        timing = re.search(r"cpu;dur=([\d.]+)", response.headers.get("Server-Timing", ""))
        cpu = float(timing[1]) / 1000 if timing else float("nan")
        return elapsed, cpu, json.loads(body)


def latencies(ports: list[int], urls: list[dict[str, list[str]]], n: int) -> list[dict]:
    """Median ms per endpoint for each server, requests interleaved across the servers:
    (wall time at the client, CPU time of the request in its worker thread).

    One request at a time, to one server then the next with the same kind of URL, so a
    slow spell of this shared machine hits every scale alike. A WALK follows
    next_page_token for ``n`` pages.
    """
    clients = [Client(port) for port in ports]
    for client in clients:
        client.get("/readyz")
    results: list[dict[str, tuple[float, float, float]]] = [{} for _ in ports]
    for name in urls[0]:
        times: list[list[tuple[float, float, int]]] = [[] for _ in ports]
        tokens: list[str | None] = [None] * len(ports)
        done = [False] * len(ports)
        for i in range(n):
            for k, client in enumerate(clients):
                paths = urls[k][name]
                if paths and paths[0].startswith("WALK "):
                    if done[k]:
                        continue
                    path = paths[0].removeprefix("WALK ")
                    url = path + (f"&page_token={tokens[k]}" if tokens[k] else "")
                    elapsed, cpu, body = client.get(url)
                    tokens[k] = body["next_page_token"]
                    done[k] = not tokens[k]
                elif i < len(paths):
                    elapsed, cpu, body = client.get(paths[i])
                else:
                    continue
                times[k].append((elapsed, cpu, len(body.get("items", body.get("documents", [])))))
        for k in range(len(ports)):
            wall = [t[0] * 1000 for t in times[k]]
            cpu = [t[1] * 1000 for t in times[k]]
            if not times[k]:
                results[k][name] = (math.nan, math.nan, math.nan)
                continue
            items = statistics.mean(t[2] for t in times[k])
            results[k][name] = (statistics.median(wall), statistics.median(cpu), items)
    return results


def memory(proc) -> tuple[float, float, float]:
    """Master RSS, mean worker private and PSS (MiB)."""
    master = rollup(proc.pid)
    workers = [rollup(pid) for pid in children(proc.pid)]
    mean = {k: statistics.mean(w[k] for w in workers) for k in ("private", "pss")}
    return master["rss"], mean["private"], mean["pss"]


# --- A million documents: rows replicated with SQL ---------------------------------------------


def replicate_store(base: Path, target: Path, corpus: Path, articles: list[dict], copies: int):
    """The store a build of ``copies`` copies of the sample would write, from the x1 store.

    Every row of each table is copied ``copies`` times with SQL, its ids, document numbers,
    file names and digests rewritten for the copy; entity counts are multiplied. Then the
    indexes are made as the build makes them (full text, champions, facets, statistics).
    """
    from service.corpus import build as corpus_build  # noqa: PLC0415
    from service.corpus import reader, store  # noqa: PLC0415

    write_corpus(corpus, articles, copies)
    per_copy = len(articles)
    fingerprints, files = [], []
    for copy in range(copies):
        data = (corpus / COPY_FILE.format(copy)).read_bytes()
        files.append((copy, COPY_FILE.format(copy), hashlib.sha256(data).hexdigest()))
    target.unlink(missing_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -1048576")
    db.execute("ATTACH DATABASE ? AS base", (str(base),))
    db.execute("CREATE TEMP TABLE copies(c INTEGER PRIMARY KEY, file TEXT, sha TEXT)")
    db.executemany("INSERT INTO temp.copies VALUES (?, ?, ?)", files)
    indexes = corpus_build.create_tables(db)
    counts = {
        t: db.execute(f"SELECT count(*) FROM base.{t}").fetchone()[0]
        for t in ("quotes", "facts", "occurrences")
    }
    new_id = "'c' || printf('%04d', c.c) || substr({col}, 6)"

    def narrow(columns) -> str:
        """The columns of a copy's row: its document moved to the copy, the others as they are."""
        return ", ".join(
            f"b.doc + c.c * {per_copy}" if col.name == "doc" else f"b.{col.name}" for col in columns
        )

    did = new_id.format(col="b.id")
    started = time.perf_counter()
    db.execute(
        f"INSERT INTO documents SELECT b.seq + c.c * {per_copy}, {did}, b.word_count, "
        f"json_set(b.record, '$.id', {did}, '$.source.file', c.file, '$.source.sha256', c.sha), "
        "b.title, b.text FROM temp.copies c, base.documents b ORDER BY c.c, b.seq"
    )
    db.execute("INSERT INTO entities SELECT * FROM base.entities")
    db.execute(
        "INSERT INTO entity_records SELECT ord, id, name, aliases, json_set(record, "
        f"'$.document_count', json_extract(record, '$.document_count') * {copies}, "
        f"'$.mention_count', json_extract(record, '$.mention_count') * {copies}) "
        "FROM base.entity_records"
    )
    occ = counts["occurrences"]
    db.execute(
        f"INSERT INTO occurrences SELECT b.occ + c.c * {occ}, "
        f"{narrow(store.OCCURRENCE_COLUMNS)} FROM temp.copies c, base.occurrences b "
        "ORDER BY c.c, b.occ"
    )
    db.execute(
        f"INSERT INTO occurrence_records SELECT b.occ + c.c * {occ}, b.record "
        "FROM temp.copies c, base.occurrence_records b ORDER BY c.c, b.occ"
    )
    nq = counts["quotes"]
    doc_of = new_id.format(col="json_extract(b.record, '$.document_id')")
    qid = new_id.format(col="b.id")
    db.execute(
        f"INSERT INTO quotes SELECT b.seq + c.c * {nq}, {narrow(store.QUOTE_COLUMNS)} "
        "FROM temp.copies c, base.quotes b ORDER BY c.c, b.seq"
    )
    db.execute(
        f"INSERT INTO quote_records SELECT b.seq + c.c * {nq}, {qid}, b.text, json_set(b.record, "
        f"'$.id', {qid}, '$.document_id', {doc_of}) "
        "FROM temp.copies c, base.quote_records b ORDER BY c.c, b.seq"
    )
    nf = counts["facts"]
    fid = new_id.format(col="b.id")
    end0 = new_id.format(col="json_extract(b.record, '$.range.ends[0]')")
    end1 = new_id.format(col="json_extract(b.record, '$.range.ends[1]')")
    db.execute(
        f"INSERT INTO facts SELECT b.seq + c.c * {nf}, {narrow(store.FACT_COLUMNS)} "
        "FROM temp.copies c, base.facts b ORDER BY c.c, b.seq"
    )
    db.execute(
        f"INSERT INTO fact_records SELECT b.seq + c.c * {nf}, {fid}, CASE "
        "WHEN json_extract(b.record, '$.range') IS NULL THEN "
        f"json_set(b.record, '$.id', {fid}, '$.document_id', {doc_of}) ELSE "
        f"json_set(b.record, '$.id', {fid}, '$.document_id', {doc_of}, "
        f"'$.range.ends[0]', {end0}, '$.range.ends[1]', {end1}) END "
        "FROM temp.copies c, base.fact_records b ORDER BY c.c, b.seq"
    )
    db.execute("INSERT INTO counted_values SELECT * FROM base.counted_values")
    print(f"  rows copied in {time.perf_counter() - started:.0f} s", flush=True)
    for s in indexes:
        db.execute(s)
    totals = {
        "documents": per_copy * copies,
        "entities": db.execute("SELECT count(*) FROM entities").fetchone()[0],
        "quotes": nq * copies,
        "facts": nf * copies,
    }
    started = time.perf_counter()
    corpus_build.finish_store(db, totals)
    print(f"  indexed in {time.perf_counter() - started:.0f} s", flush=True)
    meta = dict(db.execute("SELECT key, value FROM base.meta").fetchall())
    parsed = [_parsed(a) for a in articles]
    for copy in range(copies):
        for doc in parsed:
            copied = replace(doc, id=f"c{copy:04d}{doc.id[5:]}")
            fingerprints.append((copied.id, copied.content_sha256))
    digest = hashlib.sha256()
    for doc_id, content in sorted(fingerprints):
        digest.update(f"{doc_id}\0{content}\n".encode())
    meta.update(
        manifest=reader.manifest(corpus),
        fingerprint=digest.hexdigest(),
        documents=str(per_copy * copies),
        built_at=corpus_build._now(),
        totals=json.dumps(totals),
    )
    db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    db.execute("COMMIT")
    db.execute("DETACH DATABASE base")
    db.close()
    os.replace(tmp, target)


def _parsed(article: dict):
    """The document the reader makes of an article of the sample (copy 0)."""
    from service.corpus.reader import Source, _from_record, slugify  # noqa: PLC0415

    record = {"id": f"c0000/{article['id']}", "title": article["title"], "text": article["text"]}
    return _from_record(record, slugify(record["id"]), Source("", ""))


# --- Main ---------------------------------------------------------------------------------------


def measure(folders: dict[str, Path], articles, args, build_seconds: dict) -> list[dict]:
    """Every figure of every scale; start-ups and requests interleaved across the scales."""
    warm: dict[str, list[float]] = {name: [] for name in folders}
    for _ in range(args.warm_runs):
        for name, folder in folders.items():
            warm[name].append(warm_start(folder / "corpus", folder / "cache", 1))
    servers = {name: serve(folder / "corpus", folder / "cache") for name, folder in folders.items()}
    try:
        master = {name: rollup(proc.pid)["rss"] for name, (proc, _, _) in servers.items()}
        # Each worker loads the spaCy model in a background thread after it starts, holding
        # the GIL for seconds: measure the steady state, once it is done.
        time.sleep(args.model_wait)
        chosen = endpoint_urls(current_store(args.work / "x1"), articles, args.urls)
        urls = [chosen] * len(folders)
        ports = [port for _, port, _ in servers.values()]
        lat = latencies(ports, urls, args.urls)
        mem = {name: memory(proc) for name, (proc, _, _) in servers.items()}
    finally:
        for proc, _, _ in servers.values():
            stop(proc)
    rows = []
    for (name, folder), latency in zip(folders.items(), lat, strict=True):
        store_path = current_store(folder)
        with closing(sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)) as db:
            docs = int(db.execute("SELECT value FROM meta WHERE key = 'documents'").fetchone()[0])
        row = {
            "name": name,
            "documents": docs,
            "build_s": build_seconds[name],
            "store_mb": store_path.stat().st_size / 1e6,
            "warm_s": statistics.median(warm[name]),
            "master_rss": master[name],
            "worker_private": mem[name][1],
            "worker_pss": mem[name][2],
            "latency_ms": latency,
        }
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def print_table(rows: list[dict]) -> None:
    names = [r["name"] for r in rows]
    first = rows[0]
    print()
    print(f"{'':38}" + "".join(f"{n:>11}" for n in names) + f"{'last/first':>12}")

    def line(label: str, values: list[float], fmt: str) -> None:
        ratio = values[-1] / values[0] if values[0] else float("nan")
        print(f"{label:38}" + "".join(f"{v:>11{fmt}}" for v in values) + f"{ratio:>12.2f}")

    line("documents", [r["documents"] for r in rows], ",.0f")
    line("build (s, analyses cached)", [r["build_s"] for r in rows], ".1f")
    line("store (MB)", [r["store_mb"] for r in rows], ",.1f")
    line("warm start (s, median)", [r["warm_s"] for r in rows], ".2f")
    line("master RSS (MiB)", [r["master_rss"] for r in rows], ".0f")
    line("worker private (MiB, model incl.)", [r["worker_private"] for r in rows], ".0f")
    line("worker PSS (MiB)", [r["worker_pss"] for r in rows], ".0f")
    for i, what in enumerate(("wall time at the client", "CPU time in the worker")):
        print(f"median ms per request, {what} ({len(rows)} servers, interleaved, 1 client):")
        for endpoint in first["latency_ms"]:
            line(f"  {endpoint}", [r["latency_ms"][endpoint][i] for r in rows], ".2f")
    print("items per response (mean):")
    for endpoint in first["latency_ms"]:
        line(f"  {endpoint}", [r["latency_ms"][endpoint][2] for r in rows], ".1f")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 documents")
    parser.add_argument("--urls", type=int, default=30, help="distinct URLs per endpoint")
    parser.add_argument("--warm-runs", type=int, default=3)
    parser.add_argument("--model-wait", type=float, default=8.0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsfacts-scale"))
    parser.add_argument("--verify", action="store_true", help="check replicate_store at x10")
    parser.add_argument(
        "--reuse-million", action="store_true", help="measure the million store of a former run"
    )
    args = parser.parse_args()
    articles = sample_articles()
    args.work.mkdir(parents=True, exist_ok=True)
    analyses = args.work / "analyses"
    base_corpus = args.work / "sample"
    write_corpus(base_corpus, articles, 1)
    started = time.perf_counter()
    build(base_corpus, analyses, fresh=False)  # analyses the 200 texts once (cached after)
    print(f"sample: {len(articles)} articles, analysed (or found cached) in "
          f"{time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
    folders, seconds = {}, {}
    for scale in (int(s) for s in args.scales.split(",")):
        name, folder = f"x{scale}", args.work / f"x{scale}"
        corpus, cache = folder / "corpus", folder / "cache"
        write_corpus(corpus, articles, scale)
        cache.mkdir(parents=True, exist_ok=True)
        shutil.copy(analyses / "analyses.sqlite", cache / "analyses.sqlite")
        seconds[name] = build(corpus, cache, fresh=True)
        folders[name] = folder
        print(f"{name}: built in {seconds[name]:.1f} s", flush=True)
    if args.verify:
        verify(args.work, articles)
    if args.million:
        folder = args.work / "m1"
        (folder / "cache").mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        target = folder / "cache" / "store-000001.sqlite"
        if args.reuse_million and target.exists():
            seconds["1M"] = math.nan  # not built by this run
        else:
            for old in (folder / "cache").glob("store-*.sqlite"):
                old.unlink()
            replicate_store(
                current_store(args.work / "x1"),
                target,
                folder / "corpus",
                articles,
                MILLION // SAMPLE,
            )
            seconds["1M"] = time.perf_counter() - started
            print(f"1M: replicated and indexed in {seconds['1M']:.0f} s", flush=True)
        folders["1M"] = folder
    rows = measure(folders, articles, args, seconds)
    print_table(rows)


def verify(work: Path, articles: list[dict]) -> None:
    """How far replicate_store at x10 is from a real build of the x10 corpus, table by table.

    Rows are the same but where the build decides over the whole corpus: an entity's name,
    type and titles are voted over every document that mentions it (a title given in four
    documents of x10 can be kept where one document of x1 is not enough), so a few entity
    rows differ. The sizes, and so the costs measured, are those of a build.
    """
    built = current_store(work / "x10")
    copy = work / "verify" / "store-000001.sqlite"
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.unlink(missing_ok=True)
    replicate_store(current_store(work / "x1"), copy, work / "x10" / "corpus", articles, 10)
    skip = {"meta", "sqlite_stat1"}
    report = []
    with closing(sqlite3.connect(built)) as a, closing(sqlite3.connect(copy)) as b:
        tables = [
            r[0]
            for r in a.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if r[0] not in skip and not r[0].endswith(("_data", "_idx", "_docsize", "_config"))
        ]
        for table in tables:
            left = set(a.execute(f"SELECT * FROM {table}"))
            right = set(b.execute(f"SELECT * FROM {table}"))
            if left != right:
                report.append(f"{table}: {len(left - right)} of {len(left)} rows differ")
        ma = dict(a.execute("SELECT key, value FROM meta"))
        mb = dict(b.execute("SELECT key, value FROM meta"))
        report += [
            f"meta {k} differs" for k in ("fingerprint", "manifest", "totals") if ma[k] != mb[k]
        ]
    print(
        f"verify: replicate_store at x10 against a real build, {len(tables)} tables: "
        + ("; ".join(report) or "identical"),
        flush=True,
    )
    copy.unlink()


if __name__ == "__main__":
    main()
