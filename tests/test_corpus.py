import json
import logging
import os

import pytest

from service.corpus import load_corpus, slugify

GOOD = "Title\n\nSome text about Ukraine.\n"


def reasons(corpus):
    return {s.file: s.reason for s in corpus.skipped}


def test_seed_article(app):
    corpus = app.extensions["newsfacts"]
    (doc,) = list(corpus.documents())
    assert (
        doc.title
        == "The United States is pushing with allies for a possible Russian invasion of Ukraine"
    )
    assert doc.contributors == ("Erin Banco", "Alexander Ward")
    assert "Give a Comment" not in doc.text
    assert doc.boilerplate == ("Give a Comment",)


def test_jsonl_and_json_records(make_corpus):
    folder = make_corpus(
        {
            "news.jsonl": [
                {"id": "business/001", "title": "T1", "text": "Body one."},
                {"title": "T2", "text": "Body two.", "authors": ["A B"], "published": "2020-01-02"},
            ],
            "one.json": json.dumps({"text": "Single.", "url": "https://example.org/x"}),
        }
    )
    corpus = load_corpus(folder)
    assert [d.id for d in corpus.documents()] == ["business-001", "news-2", "one"]
    assert corpus.document("news-2").authors == ("A B",)
    assert corpus.document("news-2").published == "2020-01-02"
    assert corpus.document("news-2").source.line == 2
    assert corpus.skipped == ()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("trunc.json", b'{"text": "abc', "invalid JSON"),
        ("notext.json", b'{"title": "x"}', "'text'"),
        ("array.json", b"[1, 2]", "JSON object"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "invalid JSON"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_file_is_skipped_and_good_ones_kept(make_corpus, caplog, name, content, reason):
    folder = make_corpus({"good.txt": GOOD, name: content})
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(folder)
    assert [d.id for d in corpus.documents()] == ["good"]
    assert reason in reasons(corpus)[name]
    assert name in caplog.text


def test_oversized_file(make_corpus):
    folder = make_corpus({"good.txt": GOOD, "big.txt": "T\n\n" + "word " * 400})
    corpus = load_corpus(folder, max_file_bytes=1000)
    assert "too large" in reasons(corpus)["big.txt"]
    assert len(list(corpus.documents())) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(make_corpus):
    folder = make_corpus({"good.txt": GOOD, "secret.txt": GOOD})
    (folder / "secret.txt").chmod(0)
    assert "unreadable" in reasons(load_corpus(folder))["secret.txt"]


def test_unreadable_file_as_root(make_corpus, monkeypatch):
    folder = make_corpus({"good.txt": GOOD, "secret.txt": GOOD})
    real = os.open

    def os_open(path, *args, **kwargs):
        if os.fspath(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", os_open)
    corpus = load_corpus(folder)
    assert reasons(corpus)["secret.txt"] == "unreadable: Permission denied"
    assert [d.id for d in corpus.documents()] == ["good"]


def test_latin1_fallback_warns_and_keeps_text(make_corpus):
    folder = make_corpus({"latin.txt": "Título\n\nCafé in São Paulo.\n".encode("latin-1")})
    corpus = load_corpus(folder)
    assert next(corpus.documents()).text == "Café in São Paulo."
    assert "latin-1" in corpus.warnings[0].reason


def test_bad_jsonl_lines_skipped_others_kept(make_corpus):
    folder = make_corpus(
        {"n.jsonl": '{"text": "ok one"}\nnot json\n{"id": 5}\n{"text": "ok two"}\n'}
    )
    corpus = load_corpus(folder)
    assert [d.text for d in corpus.documents()] == ["ok one", "ok two"]
    assert sorted(s.reason.split(":")[0] for s in corpus.skipped) == ["line 2", "line 3"]


def test_duplicate_ids_reported(make_corpus):
    folder = make_corpus(
        {
            "a.jsonl": [{"id": "x", "text": "first"}, {"id": "X", "text": "second"}],
            "x.txt": GOOD,
        }
    )
    corpus = load_corpus(folder)
    assert [d.text for d in corpus.documents()] == ["first"]
    assert len(corpus.skipped) == 2
    assert all("duplicate id 'x'" in s.reason for s in corpus.skipped)


def test_hidden_files_ignored_and_missing_folder(make_corpus, tmp_path):
    folder = make_corpus({"good.txt": GOOD, ".cache/x.bin": b"\0"})
    assert load_corpus(folder).skipped == ()
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "missing")


def test_fingerprint_deterministic_and_content_sensitive(make_corpus, tmp_path):
    one = load_corpus(make_corpus({"a.txt": GOOD}))
    assert one.fingerprint == load_corpus(tmp_path).fingerprint
    (tmp_path / "a.txt").write_text(GOOD + "\nMore.\n")
    assert load_corpus(tmp_path).fingerprint != one.fingerprint


def test_slugify():
    assert slugify("Business/001") == "business-001"
    assert slugify("000_f50a389bf049e48a") == "000-f50a389bf049e48a"


def test_jsonl_limit_applies_per_article(make_corpus):
    rows = [{"id": f"a{i}", "text": "word " * 100} for i in range(5)] + [
        {"id": "big", "text": "word " * 400}
    ]
    corpus = load_corpus(make_corpus({"many.jsonl": rows}), max_file_bytes=1000, analyze=False)
    assert [d.id for d in corpus.documents()] == [f"a{i}" for i in range(5)]
    assert "line 6: too large" in corpus.skipped[0].reason
