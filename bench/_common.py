"""Shared helpers of the benchmark scripts: corpora, gunicorn processes, readiness."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

# SIGTERM (from `timeout`, a CI runner) unwinds like Ctrl-C does: the `finally` blocks stop
# the servers a benchmark started instead of leaving them running.
signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc_news.jsonl"
SEED = ROOT / "seeds" / "000_f50a389bf049e48a.txt"
BIN = Path(sys.executable).parent


def bbc_texts(limit: int | None = None) -> list[str]:
    """Texts of the BBC articles (and the seed), as the service analyses them."""
    from service.corpus import read_corpus  # noqa: PLC0415

    folder = bench_corpus(Path("/tmp/newsfacts-bench-texts"), fresh=False)
    documents, _, _ = read_corpus(folder)
    return [d.text for d in documents][:limit]


# Real news pages as a scraper extracts them (CNN, Time, Wired, Fox 13, The Grayzone, an esports
# site): the test data of newspaper4k's source release on PyPI, MIT-licensed. The bench fetches
# it from the registry by a pinned hash instead of copying the articles into this repository.
REAL_NEWS_SDIST = "newspaper4k-0.9.6.tar.gz"
REAL_NEWS_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
REAL_NEWS = (
    "article_with_br",
    "cnn_001",
    "cnn_002",
    "cnn_article",
    "cnn_test_nlp",
    "fox13now_001",
    "time_001",
    "video_article_02",
    "wired_001",
)


def _sdist(requirement: str, sha256: str) -> tarfile.TarFile:
    """A source release from PyPI, downloaded once into the user's cache, its hash checked."""
    cache = Path.home() / ".cache" / "newsfacts-bench"
    name, version = requirement.split("==")
    archive = cache / f"{name}-{version}.tar.gz"
    if not archive.exists():
        cache.mkdir(parents=True, exist_ok=True)
        # The file itself, found by its hash on PyPI's simple index: `pip download` of an
        # sdist builds its metadata, which needs its build backend (newspaper4k's hatchling).
        with urllib.request.urlopen(f"https://pypi.org/simple/{name}/", timeout=60) as response:
            index = response.read().decode()
        url = re.search(rf'href="([^"#]+)#sha256={sha256}"', index)[1]
        with urllib.request.urlopen(url, timeout=300) as response:
            archive.write_bytes(response.read())
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != sha256:
        archive.unlink()
        raise SystemExit(f"{archive}: sha256 {digest}, expected {sha256}")
    return tarfile.open(archive)


@functools.cache
def real_news_texts() -> dict[str, str]:
    """The real English news articles of newspaper4k's test data, by name (fetched once)."""
    root = REAL_NEWS_SDIST.removesuffix(".tar.gz")
    with _sdist(root.replace("-", "=="), REAL_NEWS_SHA256) as tar:
        return {
            name: tar.extractfile(f"{root}/tests/data/txt/{name}.txt").read().decode("utf-8")
            for name in REAL_NEWS
        }


# Real Australian news: the 300 ABC articles of Lee, Pincombe & Welsh's document-similarity
# corpus (2005), one article per line, as gensim's source release on PyPI ships them in its test
# data. Fetched by a pinned hash like the pages above, never copied here.
ABC_NEWS_SHA256 = "a3f5b626da5518e79a479140361c663089fe7998df8ba52d56e1ded71ac5bdf5"


@functools.cache
def abc_news_texts() -> dict[str, str]:
    """The Lee corpus's ABC news articles, named `abc_NNN` by their line (fetched once)."""
    member = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
    with _sdist("gensim==4.4.0", ABC_NEWS_SHA256) as tar:
        lines = tar.extractfile(member).read().decode("utf-8").splitlines()
    return {f"abc_{i:03d}": line.strip() for i, line in enumerate(lines)}


def news_text(name: str) -> str:
    """A real article's text by its key: an ABC one ("abc_034") or a newspaper4k page."""
    return (abc_news_texts() if name.startswith("abc_") else real_news_texts())[name]


class MergedCorpus:
    """The BBC bench corpus's merged entities, held in memory (what the store build writes)."""

    def __init__(self, cache_dir: Path, workers: int = 2) -> None:
        from service.corpus.analysis import analyze_texts, text_key  # noqa: PLC0415
        from service.corpus.records import _merge_entities  # noqa: PLC0415

        folder = bench_corpus(Path("/tmp/newsfacts-bench-texts"), fresh=False)
        self.documents, _, _ = _read(folder)
        keys = {d.id: text_key(d.text) for d in self.documents}
        found = analyze_texts({keys[d.id]: d.text for d in self.documents}, cache_dir, workers)
        self.analyses = {d.id: found[keys[d.id]] for d in self.documents}
        self.merge = lambda: _merge_entities(self.documents, self.analyses)
        self.document_entities, self.entities, _ = self.merge()
        self.entity_by_id = {e.id: e for e in self.entities}


def _read(folder: Path):
    from service.corpus import read_corpus  # noqa: PLC0415

    return read_corpus(folder)


def bench_corpus(folder: Path, fresh: bool = True) -> Path:
    """A corpus folder with the BBC articles and the seed (linked, not copied)."""
    if fresh and folder.exists():
        subprocess.run(["rm", "-rf", str(folder)], check=True)
    folder.mkdir(parents=True, exist_ok=True)
    for src in (BBC, SEED):
        link = folder / src.name
        if link.is_symlink() and not link.exists():
            link.unlink()  # its checkout was removed: the shared folder outlives worktrees
        if not link.exists():
            link.symlink_to(src)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_gunicorn(app: str, port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    """gunicorn with the project's config serving ``app`` on ``port``."""
    full_env = {**os.environ, "PORT": str(port), "LOG_LEVEL": "WARNING", **(env or {})}
    return subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "-c",
            "service/gunicorn_conf.py",
            "--access-logfile",
            "/dev/null",
            app,
        ],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_ready(
    port: int,
    proc: subprocess.Popen | None = None,
    timeout: float = 900,
    started: float | None = None,
) -> float:
    """Seconds until ``/readyz`` answers 200, from ``started`` (a perf_counter) or from now."""
    started = time.perf_counter() if started is None else started
    while time.perf_counter() - started < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as r:
                if r.status == 200:
                    return time.perf_counter() - started
        except OSError:
            time.sleep(0.05)
    raise TimeoutError


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it has not exited within 30 s; reaped either way."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def stopped_at_exit(stack: contextlib.ExitStack, proc: subprocess.Popen) -> subprocess.Popen:
    """``proc``, stopped when ``stack`` closes: also when a later step fails."""
    stack.callback(stop, proc)
    return proc


def get_json(port: int, path: str):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
        return json.loads(r.read())


def print_violations(kinds, counts, found, examples: int, width: int = 16) -> None:
    """An audit's violations: the count of each kind, then up to ``examples`` of each."""
    for kind in kinds:
        print(f"  {kind:{width}} {counts[kind]:5}")
    for kind in kinds:
        for example in found[kind][:examples]:
            print(f"    {kind}: {example}")
