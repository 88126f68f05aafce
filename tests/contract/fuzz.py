"""Fuzz the API, served by gunicorn on loopback, against openapi.yaml with schemathesis.

    .venv/bin/python -m tests.contract.fuzz [--cases 50000] [--seed N]

Runs every check (server errors, schema and status conformance, invalid requests accepted,
valid ones refused) and exits non-zero on any failure. ``make fuzz`` runs 50,000 cases.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import ROOT
from tests.servers import gunicorn

CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# Cases generated per operation and per --max-examples, measured on this API: the generated
# total grows with it, so --cases is turned into a --max-examples that reaches it.
CASES_PER_EXAMPLE = 15


def run(port: int, cases: int, seed: int) -> tuple[int, int, str]:
    """Exit code, number of generated test cases, and the output of one schemathesis run."""
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(CONFIG),
        "run",
        "openapi.yaml",
        "--url",
        f"http://127.0.0.1:{port}",
        "--checks",
        "all",
        "--continue-on-failure",
        "--seed",
        str(seed),
        "--max-examples",
        str(max(1, -(-cases // CASES_PER_EXAMPLE))),
        "--no-color",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    output = done.stdout + done.stderr
    generated = re.search(r"(\d+) generated", output)
    return done.returncode, int(generated[1]) if generated else 0, output


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=50_000, help="test cases to generate")
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as corpus:
        shutil.copytree(ROOT / "seeds", corpus, dirs_exist_ok=True)
        with gunicorn(Path(corpus)) as port:
            code, generated, output = run(port, args.cases, args.seed)
    print(output)
    print(f"{generated} test cases generated (asked for {args.cases})")
    sys.exit(code or (generated < args.cases))


if __name__ == "__main__":
    main()
