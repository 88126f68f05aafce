"""The store: built when missing or stale, reused otherwise, rebuilt when damaged or foreign,
analyses content-addressed, every list query an indexed walk, search ranked exactly."""

from __future__ import annotations

import json
import os
import pickle
import random
import re
import sqlite3
import threading
from pathlib import Path

import pytest

from service import create_app
from service.corpus import Query, Store, build, load_corpus, postings, store
from service.corpus.analysis import ANALYSES_FILE
from service.corpus.search import QueryError, parse
from service.nlp.records import Analysis


class FakePipeline:
    """Stands for service.nlp.pipeline: records the texts it is asked to analyse."""

    def __init__(self) -> None:
        self.analysed: list[str] = []

    def analyze_texts(self, texts, workers=1, skip_failures=False):
        self.analysed += texts
        if not skip_failures and any("FAIL" in t for t in texts):
            raise ValueError("an extractor failed")
        return [None if "FAIL" in t else Analysis((), (), ()) for t in texts]


@pytest.fixture
def pipeline(monkeypatch) -> FakePipeline:
    fake = FakePipeline()
    monkeypatch.setattr("service.corpus.analysis._pipeline", lambda: fake)
    return fake


def article(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


def test_store_reused_when_unchanged_rebuilt_when_a_file_changes(make_corpus, tmp_path, pipeline):
    folder = make_corpus({"a.txt": article("A", "Alpha text."), "b.txt": article("B", "Beta.")})
    cache = tmp_path / "cache"
    first = load_corpus(folder, cache_dir=cache)
    again = load_corpus(folder, cache_dir=cache)
    assert again.built_at == first.built_at
    assert os.path.samefile(again.path, first.path)
    assert os.stat(again.path).st_ino == os.stat(first.path).st_ino  # not rewritten
    assert sorted(pipeline.analysed) == ["Alpha text.", "Beta."]

    (folder / "b.txt").write_text(article("B", "Beta, rewritten."))
    changed = load_corpus(folder, cache_dir=cache)
    assert changed.fingerprint != first.fingerprint
    assert changed.document("b").text == "Beta, rewritten."
    # Content-addressed: only the new text was analysed.
    assert pipeline.analysed[2:] == ["Beta, rewritten."]


def test_a_text_the_analysis_fails_on_is_served_bare_and_listed(make_corpus, tmp_path, pipeline):
    folder = make_corpus({"a.txt": article("A", "Alpha text."), "b.txt": article("B", "FAIL.")})
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert corpus.document("b").text == "FAIL."
    assert corpus.document("a").text == "Alpha text."
    (warning,) = corpus.warnings
    assert warning.file == "b.txt"
    assert "document b: analysis failed" in warning.reason
    # Not cached: once the bug is fixed, the next build analyses the text again.
    (folder / "a.txt").write_text(article("A", "Alpha, rewritten."))
    load_corpus(folder, cache_dir=tmp_path / "cache")
    assert pipeline.analysed.count("FAIL.") == 2


def test_identical_texts_are_analysed_once(make_corpus, tmp_path, pipeline):
    rows = [{"id": f"copy-{i}", "title": f"T{i}", "text": "The same body."} for i in range(5)]
    folder = make_corpus({"copies.jsonl": rows, "other.txt": article("O", "Another body.")})
    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    assert corpus.document_count == 6
    assert sorted(pipeline.analysed) == ["Another body.", "The same body."]
    # A new file with one new text and one known text: one analysis.
    (folder / "more.jsonl").write_text(
        json.dumps({"text": "The same body."}) + "\n" + json.dumps({"text": "New one."}) + "\n"
    )
    assert load_corpus(folder, cache_dir=tmp_path / "cache").document_count == 8
    assert pipeline.analysed[2:] == ["New one."]
    with sqlite3.connect(tmp_path / "cache" / ANALYSES_FILE) as db:
        assert db.execute("SELECT count(*) FROM analyses").fetchone()[0] == 3


def test_store_depends_on_settings(make_corpus, tmp_path, pipeline):
    folder = make_corpus({"a.txt": article("A", "Alpha " * 100)})
    cache = tmp_path / "cache"
    assert load_corpus(folder, cache_dir=cache).document_count == 1
    smaller = load_corpus(folder, max_file_bytes=100, cache_dir=cache)
    assert smaller.document_count == 0
    assert "too large" in smaller.skipped[0].reason


def pickle_bomb(marker: Path) -> bytes:
    class Bomb:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    return pickle.dumps(Bomb())


@pytest.mark.parametrize("damage", ["truncated", "garbage", "pickle", "foreign", "trigger"])
def test_damaged_or_foreign_store_is_rebuilt_never_executed(
    make_corpus, tmp_path, pipeline, damage
):
    folder = make_corpus({"a.txt": article("Title", "Some text about Kyiv.")})
    cache = tmp_path / "cache"
    good = load_corpus(folder, cache_dir=cache)
    path = good.path
    marker = tmp_path / "executed"
    if damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"\0garbage" * 1000)
    elif damage == "pickle":
        path.write_bytes(pickle_bomb(marker))
    elif damage == "foreign":
        path.unlink()
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
    else:  # a valid store with one more object in it
        with sqlite3.connect(path) as db:
            db.execute("CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END")
    os.utime(path, None)
    rebuilt = load_corpus(folder, cache_dir=cache)
    assert rebuilt.document("a").text == "Some text about Kyiv."
    assert rebuilt.fingerprint == good.fingerprint
    assert store.problem(rebuilt.path, build.Settings().meta(folder, cache)) is None
    assert not marker.exists()


def test_unwritable_cache_builds_a_private_store(make_corpus, tmp_path, pipeline, caplog):
    folder = make_corpus({"a.txt": article("A", "Alpha.")})
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    corpus = load_corpus(folder, cache_dir=blocker / "cache")
    assert corpus.document("a").text == "Alpha."
    assert not str(corpus.path).startswith(str(tmp_path))
    assert "not writable" in caplog.text


def test_a_rebuild_writes_a_new_file_and_running_services_keep_their_snapshot(
    make_corpus, tmp_path, pipeline
):
    folder = make_corpus({"a.txt": article("A", "First version.")})
    cache = tmp_path / "cache"
    old = load_corpus(folder, cache_dir=cache)
    (folder / "a.txt").write_text(article("A", "Second version."))
    new = load_corpus(folder, cache_dir=cache)
    assert new.path != old.path
    assert new.document("a").text == "Second version."
    # Connections opened now, in this thread or another one, read the snapshot opened first.
    found = []
    thread = threading.Thread(target=lambda: found.append(old.document("a").text))
    thread.start()
    thread.join()
    assert found == [old.document("a").text] == ["First version."]
    # The current store and the one before are kept; older ones go.
    (folder / "a.txt").write_text(article("A", "Third version."))
    third = load_corpus(folder, cache_dir=cache)
    assert [p.name for p in store.stores(cache)] == [new.path.name, third.path.name]


# --- Search ----------------------------------------------------------------------------------


def test_query_syntax():
    assert parse("central bank").expression == '"central" "bank"'
    assert parse('"interest rates" up').expression == '"interest rates" "up"'
    assert parse("econom*").expression == '"econom"*'
    assert parse('"interest ra"*').expression == '"interest ra"*'
    assert parse("Economy").term == "economy"
    assert parse("econom*").term is None
    assert parse("two words").term is None
    # FTS5 operators and column filters are only words here.
    assert parse("a OR b NOT c").expression == '"a" "OR" "b" "NOT" "c"'
    assert parse("title:x NEAR(y)").expression == '"title:x" "NEAR(y)"'
    assert parse("xu\x00\x89 b").expression == '"xu" "b"'  # controls separate words
    for empty in ('"', "***", " - ", '""'):
        with pytest.raises(QueryError):
            parse(empty)


@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    """A store where "alpha" is frequent enough to have precomputed champions."""
    folder = tmp_path_factory.mktemp("ranked")
    rows = []
    for i in range(40):
        body = " ".join(["alpha"] * (i % 7 + 1) + ["filler"] * (i % 11 + 3) + ["gamma"] * (i % 4))
        rows.append({"id": f"d{i:02d}", "title": "Beta" if i % 3 else "Alpha news", "text": body})
    rows.append({"id": "none", "title": "Nothing", "text": "No match here."})
    (folder / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return folder


def walk(corpus: Store, q: str, size: int) -> tuple[list[str], list]:
    ids, keys, after = [], [], None
    while True:
        page = corpus.page(Query("documents", q=q, after=after, size=size))
        ids += [item["id"] for item in page.items]
        keys.append(page.next_key)
        if page.next_key is None:
            return ids, keys
        after = page.next_key


def test_champions_are_the_exact_head_of_the_ranking(ranked, tmp_path, monkeypatch):
    fake = FakePipeline()
    monkeypatch.setattr("service.corpus.analysis._pipeline", lambda: fake)
    exact = load_corpus(ranked, cache_dir=tmp_path / "plain")
    monkeypatch.setattr(store, "CHAMPION_MIN_DF", 5)
    monkeypatch.setattr(store, "CHAMPIONS", 7)
    fast = load_corpus(ranked, cache_dir=tmp_path / "champions")
    assert fast.db.execute("SELECT df FROM frequent_terms WHERE term = 'alpha'").fetchone() == (40,)
    assert exact.db.execute("SELECT count(*) FROM frequent_terms").fetchone() == (0,)
    expected = [
        f"d{int(seq) - 1:02d}"
        for (seq,) in exact.db.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'alpha' ORDER BY rank, rowid"
        )
    ]
    assert len(expected) == 40
    for size in (1, 3, 5, 20):
        assert walk(fast, "alpha", size)[0] == expected
        assert walk(exact, "Alpha", size)[0] == expected
    first = fast.page(Query("documents", q="alpha", size=5))
    assert (first.total, first.total_is_estimate) == (40, False)
    # Title matches weigh more: the best hits have "Alpha" in the title.
    assert fast.page(Query("documents", q="alpha", size=1)).matches[0].field in ("text", "title")


def test_searches_of_frequent_words_rank_from_postings_as_fts5_does(ranked, tmp_path, monkeypatch):
    fake = FakePipeline()
    monkeypatch.setattr("service.corpus.analysis._pipeline", lambda: fake)
    exact = load_corpus(ranked, cache_dir=tmp_path / "plain")
    monkeypatch.setattr(store, "CHAMPION_MIN_DF", 5)
    fast = load_corpus(ranked, cache_dir=tmp_path / "postings")
    assert {t for (t,) in fast.db.execute("SELECT term FROM postings")} >= {"alpha", "gamma"}
    calls = []
    conjunction = postings.conjunction
    monkeypatch.setattr(
        postings, "conjunction", lambda lists: calls.append(1) or conjunction(lists)
    )
    for q in ("gamma alpha", "alpha gamma filler", "filler filler", "Gamma beta", "gamma nothing"):
        for size in (1, 4, 50):
            calls.clear()
            assert walk(fast, q, size) == walk(exact, q, size)  # the same ids and keys
            assert bool(calls) == (q != "gamma nothing")  # "nothing" is no frequent word
        page = fast.page(Query("documents", q=q, size=3))
        assert (page.total, page.total_is_estimate) == (
            exact.page(Query("documents", q=q)).total,
            False,
        )
    assert fast.page(Query("documents", q="gamma alpha", size=3)).total == 30


@pytest.mark.parametrize("distinct", [1, 3, 65_534, 65_535, 70_000])
def test_postings_keep_every_score_exactly_whatever_their_number(distinct):
    rng = random.Random(distinct)
    values = [-rng.random() * 10 for _ in range(distinct)]
    hits = [(row * 3 + 1, values[row % distinct]) for row in range(max(distinct, 200))]
    packed = postings.pack(hits)
    code_width = len(packed[1]) // len(hits)
    assert code_width == (2 if distinct < 65_535 else 4)
    rows, scores = postings.conjunction([packed])
    assert list(zip(rows.tolist(), scores.tolist(), strict=True)) == hits
    other = postings.pack([(row, -1.0) for row, _ in hits[::2]])
    rows, scores = postings.conjunction([packed, other])
    assert scores.tolist() == [score + -1.0 for _, score in hits[::2]]
    assert postings.champions(packed, 5) == sorted((s, r) for r, s in hits)[:5]
    with pytest.raises(ValueError, match="ascending"):
        postings.pack([(5, -1.0), (5, -2.0)])


def test_search_hits_carry_their_snippet_offsets(ranked, tmp_path, pipeline):
    corpus = load_corpus(ranked, cache_dir=tmp_path / "c")
    page = corpus.page(Query("documents", q='"alpha filler"', size=50))
    assert page.total == 40
    for item, match in zip(page.items, page.matches, strict=True):
        text = corpus.document(item["id"]).text
        assert match.field == "text"
        assert text[match.start : match.end] == match.text
        assert all(text[s:e].lower() == "alpha filler" for s, e in match.highlights)
        assert match.highlights


# --- Through the API ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_client(tmp_path_factory):
    """A corpus of 60 copies of the seed (analysed once), served by the app."""
    folder = tmp_path_factory.mktemp("copies")
    text = (Path(__file__).parent.parent / "seeds" / "000_f50a389bf049e48a.txt").read_text()
    for i in range(60):
        (folder / f"copy{i:02d}.txt").write_text(text)
    app = create_app({"CORPUS_DIR": str(folder), "TESTING": True})
    return app.test_client(), app.extensions["newsfacts"]


def all_items(client, url, size=7):
    items, token = [], None
    while True:
        sep = "&" if "?" in url else "?"
        page = client.get(
            f"{url}{sep}page_size={size}" + (f"&page_token={token}" if token else "")
        ).get_json()
        items += page["items"]
        token = page["next_page_token"]
        if not token:
            return items, page["total_size"]


LIST_URLS = [
    "/v1/documents",
    "/v1/documents?q=kremlin",
    "/v1/documents?q=%22armed%20forces%22",
    "/v1/documents?q=ukrain*",
    "/v1/documents/copy07/entities",
    "/v1/documents/copy07/entities?type=person",
    "/v1/documents/copy07/quotes",
    "/v1/documents/copy07/numeric-facts?kind=money",
    "/v1/entities",
    "/v1/entities?type=person",
    "/v1/entities?document=copy07",
    "/v1/entities?document=copy07&type=place&q=ukraine",
    "/v1/entities?q=peskov",
    "/v1/entities/person:dmitry-peskov/documents",
    "/v1/entities/person:dmitry-peskov/quotes",
    "/v1/quotes",
    "/v1/quotes?speaker=person:dmitry-peskov",
    "/v1/quotes?anonymous=true",
    "/v1/quotes?anonymous=false&document=copy03",
    "/v1/quotes?q=threat",
    "/v1/quotes?q=threat&speaker=person:dmitry-peskov",
    "/v1/quotes?speaker_gender=male",
    "/v1/quotes?speaker_gender=unknown&anonymous=true",
    "/v1/numeric-facts",
    "/v1/numeric-facts?kind=money&min_value=1e9",
    "/v1/numeric-facts?counted=troops",
    "/v1/numeric-facts?counted=tr",
    "/v1/numeric-facts?currency=USD&max_value=1e8",
    "/v1/numeric-facts?claimed_by=person:don-bacon",
    "/v1/numeric-facts?claimed_by=person:don-bacon&kind=count",
    "/v1/entities/person:don-bacon/numeric-facts",
]
RECORD_TABLES = (
    "documents",
    "entity_records",
    "occurrence_records",
    "quote_records",
    "fact_records",
)


@pytest.mark.parametrize("url", LIST_URLS)
def test_list_queries_walk_indexes_and_read_only_the_rows_they_return(big_client, url):
    client, corpus = big_client
    statements: list[str] = []
    corpus.db.set_trace_callback(statements.append)
    try:
        body = client.get(url + ("&" if "?" in url else "?") + "page_size=5").get_json()
    finally:
        corpus.db.set_trace_callback(None)
    assert body["items"], url
    scans = re.compile(rf"\bSCAN ({'|'.join(RECORD_TABLES)})\b")
    payload = re.compile(r"\b(?:seq|ord|occ) IN \(([^)]*)\)")
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        plan = " | ".join(r[3] for r in corpus.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert not scans.search(plan), (sql, plan)
        for ids in payload.findall(sql):
            # The payload of a page: by primary key, only the rows returned.
            assert "SELECT" in ids or len(ids.split(",")) <= 5, sql


@pytest.mark.parametrize("url", LIST_URLS)
def test_keyset_walk_visits_every_item_once(big_client, url):
    client, _ = big_client
    items, total = all_items(client, url)
    ids = [i.get("id") or json.dumps(i, sort_keys=True) for i in items]
    assert len(ids) == len(set(ids)) == total, url


@pytest.mark.parametrize("url", LIST_URLS)
def test_exports_stream_every_item_by_the_same_indexed_walk(big_client, url, monkeypatch):
    """An export (NDJSON) holds the walk's items, read by the list's own indexed queries,
    a batch at a time (here 7: several batches)."""
    client, corpus = big_client
    monkeypatch.setattr("service.api.export.BATCH", 7)
    statements: list[str] = []
    corpus.db.set_trace_callback(statements.append)
    try:
        response = client.get(url, headers={"Accept": "application/x-ndjson"})
        lines = response.get_data(as_text=True).splitlines()
    finally:
        corpus.db.set_trace_callback(None)
    assert [json.loads(line) for line in lines] == all_items(client, url)[0], url
    scans = re.compile(rf"\bSCAN ({'|'.join(RECORD_TABLES)})\b")
    for sql in statements:
        if sql.lstrip().upper().startswith("SELECT"):
            plan = " | ".join(r[3] for r in corpus.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
            assert not scans.search(plan), (sql, plan)
    payloads = [sql for sql in statements if " IN (" in sql and "record" in sql]
    assert len(payloads) == -(-len(lines) // 7), url  # one payload read per batch


def test_totals_past_the_exact_limit_are_estimates(big_client, monkeypatch):
    client, corpus = big_client
    n = len(all_items(client, "/v1/quotes?anonymous=false", size=100)[0])
    monkeypatch.setattr(store, "EXACT_COUNT_LIMIT", 40)
    page = corpus.page(Query("quotes", {"anonymous": False, "document": "copy30"}))
    assert page.total_is_estimate is False  # one document: few
    every_kind = ["direct", "partial", "indirect"]
    page = corpus.page(Query("quotes", {"anonymous": False, "kind": every_kind}))
    assert page.total_is_estimate
    assert 0.5 * n <= page.total <= 1.5 * n
    # A lone filter with per-value counts stays exact.
    single = corpus.page(Query("quotes", {"anonymous": False}))
    assert (single.total, single.total_is_estimate) == (n, False)


def test_entity_detail_embeds_the_first_documents_and_pages_the_rest(big_client, monkeypatch):
    client, _ = big_client
    monkeypatch.setattr(store, "ENTITY_DOCUMENTS_SHOWN", 5)
    detail = client.get("/v1/entities/person:dmitry-peskov").get_json()
    assert detail["document_count"] == 60
    assert [d["id"] for d in detail["documents"]] == [f"copy{i:02d}" for i in range(5)]
    occurrences, total = all_items(client, "/v1/entities/person:dmitry-peskov/documents")
    assert total == 60
    assert [d["id"] for d in occurrences] == [f"copy{i:02d}" for i in range(60)]
    assert occurrences[0] == detail["documents"][0]
    assert client.get("/v1/entities/person:nobody/documents").status_code == 404


def test_quote_search_offsets_point_into_the_document(big_client):
    client, _ = big_client
    hits, total = all_items(client, "/v1/quotes?q=threat")
    assert total == len(hits) == 60
    for hit in hits:
        text = client.get(f"/v1/documents/{hit['document_id']}").get_json()["text"]
        match = hit["match"]
        assert match["field"] == "text"
        assert text[match["start"] : match["end"]] == match["text"]
        assert [text[h["start"] : h["end"]].lower() for h in match["highlights"]] == ["threat"]
        assert hit["start"] <= match["start"] < match["end"] <= hit["end"]


def test_queries_without_words_match_nothing_and_operators_are_words(big_client):
    client, _ = big_client
    for url in ("/v1/documents?q=%22", "/v1/quotes?q=***", "/v1/entities?q=%20-%20"):
        body = client.get(url).get_json()
        assert (body["items"], body["total_size"]) == ([], 0), url
    assert client.get("/v1/documents?q=").status_code == 400
    for url in (
        "/v1/documents?q=a%20OR%20b",
        "/v1/quotes?q=NEAR(x)",
        "/v1/entities?q=name:x",
        "/v1/quotes?q=xu%00%C2%89",
        "/v1/documents?q=%22a%00b%22*",
    ):
        assert client.get(url).status_code == 200, url
    assert client.get("/v1/quotes?q=no%20OR%20threat").get_json()["total_size"] == 0
    assert client.get("/v1/quotes?q=no%20threat").get_json()["total_size"] == 60


def test_readyz_reports_the_store_and_tags_its_body(big_client):
    client, corpus = big_client
    response = client.get("/readyz")
    ready = response.get_json()
    assert ready["store"] == {
        "path": str(corpus.path),
        "size": corpus.path.stat().st_size,
        "built_at": corpus.built_at,
    }
    assert ready["documents"] == 60
    again = client.get("/readyz", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


def test_build_split_by_file_across_machines(make_corpus, tmp_path, pipeline, capsys):
    """Shards analysed into separate caches, merged, then one build with no NLP left."""
    from service.__main__ import main  # noqa: PLC0415

    files = {f"f{i}.txt": article(f"T{i}", f"Body number {i}.") for i in range(6)}
    folder = make_corpus(files)
    parts = [tmp_path / "part0", tmp_path / "part1"]
    for i, part in enumerate(parts):
        assert (
            main(["build", "--corpus", str(folder), "--cache", str(part), "--shard", f"{i}/2"]) == 0
        )
    shares = [len(list(_rows(part))) for part in parts]
    assert sum(shares) == 6
    assert all(shares)  # each machine did part of the work
    assert sorted(pipeline.analysed) == sorted(f"Body number {i}." for i in range(6))
    final = tmp_path / "final"
    assert main(["merge-analyses", "--cache", str(final), *map(str, parts)]) == 0
    assert main(["build", "--corpus", str(folder), "--cache", str(final)]) == 0
    assert len(pipeline.analysed) == 6  # nothing analysed again
    corpus = load_corpus(folder, cache_dir=final)
    assert corpus.document_count == 6
    assert "built" in capsys.readouterr().out


def _rows(cache: Path):
    with sqlite3.connect(cache / ANALYSES_FILE) as db:
        yield from db.execute("SELECT sha256 FROM analyses")


def test_no_q_makes_fts5_fail():
    """Random strings of quotes, stars, operators, controls and letters: always a valid query."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE f USING fts5(a, tokenize = '{store.TOKENIZER}')")
    db.execute("INSERT INTO f VALUES ('alpha beta gamma')")
    pieces = ['"', "*", " ", "\0", "\x89", "-", "(", ")", ":", "^", "OR", "NEAR", "a", "é", "ß"]
    rnd = random.Random(14)
    for _ in range(3000):
        q = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        try:
            expression = parse(q).expression
        except QueryError:
            continue
        db.execute("SELECT rowid FROM f WHERE f MATCH ?", (expression,)).fetchall()


def test_counted_with_a_nul_is_a_substring_like_any_other(big_client):
    """FTS5 ends a quoted string at a NUL: such a ``counted`` is scanned for, not a 500."""
    client, _ = big_client
    for needle in ("tro%00ops", "a%00b", "%00%00%00"):
        response = client.get(f"/v1/numeric-facts?counted={needle}&currency=USD")
        assert response.status_code == 200, needle
        assert response.get_json()["total_size"] == 0, needle
    assert client.get("/v1/numeric-facts?counted=troops").get_json()["total_size"] > 0
