"""Draw outlets batch `o`: the next 16 ABC articles of the Lee corpus's seed-2711 shuffle.

    .venv/bin/python bench/sample_outlets_o.py [--print]

The speaker batches `f` to `n` (bench/outlets.py) and the entity batch `abc` were drawn from
one list: the corpus's articles with "said", "says", "told" or a quotation mark, sorted by key,
shuffled with `random.Random(2711)` (246 articles). This script redraws that list, checks that
every earlier ABC batch's gold names exactly its slice (`f` 0-16, `g` 16-32, `h` 32-48, `i`
48-64, `j` 64-80, `k` 80-96, `l` 96-112, `m` 136-152, `n` 152-164; 112-136 went to the entity
batch), and prints batch `o`, the 165th to 180th (`speech[164:180]`); with `--print`, their
texts too, one paragraph a line, for reading (no NLP runs here).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import abc_news_texts  # noqa: E402

SEED = 2711
SPEECH = re.compile(r"\b(?:said|says|told)\b|\"")
EARLIER = {
    "f": (0, 16),
    "g": (16, 32),
    "h": (32, 48),
    "i": (48, 64),
    "j": (64, 80),
    "k": (80, 96),
    "l": (96, 112),
    "m": (136, 152),
    "n": (152, 164),
}
BATCH_O = (164, 180)


def speech_shuffle() -> list[str]:
    """The ABC articles with a speech word or a quotation mark, in the seed's order."""
    texts = abc_news_texts()
    names = sorted(name for name, text in texts.items() if SPEECH.search(text))
    random.Random(SEED).shuffle(names)
    return names


def _gold_names(batch: str) -> list[str]:
    path = ROOT / "tests" / "data" / "outlets" / f"gold_{batch}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line[2:].split(" # ")[0].strip() for line in lines if line.startswith("@ ")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the texts for reading")
    args = parser.parse_args()
    names = speech_shuffle()
    for batch, (start, end) in EARLIER.items():
        if sorted(_gold_names(batch)) != sorted(names[start:end]):
            raise SystemExit(f"batch {batch}: its gold is not speech[{start}:{end}]")
    drawn = names[slice(*BATCH_O)]
    print(f"{len(names)} articles; batch o = speech[{BATCH_O[0]}:{BATCH_O[1]}]: {' '.join(drawn)}")
    if args.print:
        texts = abc_news_texts()
        for name in drawn:
            print(f"\n@ {name}\n{texts[name]}")


if __name__ == "__main__":
    main()
