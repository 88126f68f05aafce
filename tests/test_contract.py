"""The served API keeps its contract under 5,000+ schemathesis cases (`make fuzz`: 50,000)."""

import shutil

from tests.conftest import SEEDS
from tests.contract.fuzz import run
from tests.servers import gunicorn

CASES = 5_000


def test_schemathesis_finds_nothing(tmp_path):
    shutil.copytree(SEEDS, tmp_path, dirs_exist_ok=True)
    with gunicorn(tmp_path) as port:
        code, generated, output = run(port, CASES, seed=20261125)
    assert code == 0, output[-6000:]
    assert generated >= CASES, output[-2000:]
