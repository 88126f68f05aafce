"""Write service/nlp/data/first_names.tsv.gz from nomquamgender's reference data (MIT).

Kept: names given to babies of one gender at least 90% of the time and seen at least 10
times (the package's own default threshold, "p(gf)" outside (0.1, 0.9), with its count
floor). The product reads the derived file, so it needs neither the package's 22 MB of JSON
at run time nor the pandas its module imports. Run by `make lexicon` (needs the dev extra);
tests/test_nlp_people.py checks the file still equals this derivation.
"""

import gzip
import json
import re
import sys
from importlib.metadata import distribution
from pathlib import Path

MIN_NAME_COUNT = 10
MAX_UNCERTAINTY = 0.1
_NAME = re.compile(r"[a-z][a-z'-]*")
OUT = Path(__file__).resolve().parent.parent / "service" / "nlp" / "data" / "first_names.tsv.gz"


def derive() -> bytes:
    """The lexicon as sorted "name<TAB>f|m" lines, from the installed package's data."""
    path = distribution("nomquamgender").locate_file("nomquamgender/name_data.json")
    data = json.loads(Path(str(path)).read_text(encoding="utf-8"))
    lines = []
    for name, (_, count, p_female, *_) in data.items():
        confident = min(p_female, 1 - p_female) <= MAX_UNCERTAINTY
        if count >= MIN_NAME_COUNT and confident and _NAME.fullmatch(name):
            lines.append(f"{name}\t{'f' if p_female > 0.5 else 'm'}\n")
    return "".join(sorted(lines)).encode()


if __name__ == "__main__":
    payload = derive()
    # mtime=0: the same data gives the same bytes.
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"{OUT}: {len(payload.splitlines())} names", file=sys.stderr)
