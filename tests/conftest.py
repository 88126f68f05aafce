from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ID = "000-f50a389bf049e48a"
SEED_TITLE = "The United States is pushing with allies for a possible Russian invasion of Ukraine"


@pytest.fixture(scope="session")
def app():
    """The app over the project's own seed corpus (pytest-flask's ``client`` uses it)."""
    return create_app({"CORPUS_DIR": str(SEEDS), "TESTING": True})


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Write files into a fresh corpus folder: ``make_corpus({"a.txt": "..."})``."""

    def make(files: dict[str, str | bytes | list[dict]]) -> Path:
        for name, content in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, list):
                content = "\n".join(json.dumps(r) for r in content) + "\n"  # noqa: PLW2901
            path.write_bytes(content.encode() if isinstance(content, str) else content)
        return tmp_path

    return make


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once per test session."""
    from service.nlp.pipeline import load_pipeline  # noqa: PLC0415

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The body text of the seed article, exactly as the corpus serves it."""
    from service.corpus import load_corpus  # noqa: PLC0415

    return next(load_corpus(SEEDS).documents()).text


def pytest_collection_modifyitems(config, items):
    """Skip tests marked ``slow`` unless RUN_SLOW=1."""
    if os.environ.get("RUN_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set RUN_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
