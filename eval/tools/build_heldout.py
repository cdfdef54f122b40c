"""Build eval/heldout.jsonl from the hand annotations in eval/tools/heldout_data.py.

Same checks as build_dev.py (whose functions it reuses): every mention must
occur in the text as a whole word, spans are computed, ids, types, roles and
dates are checked.

    python eval/tools/build_heldout.py            # writes eval/heldout.jsonl
    python eval/tools/build_heldout.py --check    # only checks; exit 1 when the file is stale
    python eval/tools/build_heldout.py --show     # prints every span in context, for review
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_dev import build_doc, show  # noqa: E402

OUT = HERE.parent / "heldout.jsonl"


def build() -> tuple:
    from heldout_data import DOCS
    errors = []
    docs = [build_doc(d, errors) for d in DOCS]
    seen = set()
    for d in docs:
        if d["id"] in seen:
            errors.append(f"duplicate document id {d['id']}")
        seen.add(d["id"])
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    return docs, lines, errors


def main(argv: list) -> int:
    docs, lines, errors = build()
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        return 1
    if "--show" in argv:
        show(docs)
        return 0
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == lines
        print("eval/heldout.jsonl is up to date" if same else "eval/heldout.jsonl is stale: run build_heldout.py")
        return 0 if same else 1
    OUT.write_text(lines, encoding="utf-8")
    print(f"wrote {OUT} ({len(docs)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
