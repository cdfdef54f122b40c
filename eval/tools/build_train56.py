"""Build eval/train56.jsonl from the hand annotations in eval/tools/train56_data.py.

Same checks as build_dev.py (whose functions it reuses): every mention must
occur in the text as a whole word, spans are computed, ids, types, roles and
dates are checked.

    python eval/tools/build_train56.py            # writes eval/train56.jsonl
    python eval/tools/build_train56.py --check    # only checks; exit 1 when the file is stale
    python eval/tools/build_train56.py --show     # prints every span in context, for review
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_dev  # noqa: E402

OUT = HERE.parent / "train56.jsonl"


def build() -> tuple:
    from train56_data import DOCS
    return build_dev.build(DOCS)


def main(argv: list) -> int:
    from train56_data import DOCS
    return build_dev.main(argv, DOCS, OUT, "build_train56.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
