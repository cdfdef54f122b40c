"""Build eval/dev.jsonl from the hand annotations in eval/tools/dev_data.py.

The annotations name mentions as strings; this script finds them in the text
(code points, end exclusive), fails if a mention does not occur as a whole
word (a leading proclitic cluster is allowed, and لل stands for ل + ال; such a
span covers the whole word, there being no clitic-free substring), drops spans
inside another entity's span (كركوك in مدينة كركوك), checks every id, type,
role and date, and writes one document per line.

    python eval/tools/build_dev.py            # writes eval/dev.jsonl
    python eval/tools/build_dev.py --check    # only checks; exit 1 when the file is stale
    python eval/tools/build_dev.py --show     # prints every span in context, for review
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from kg.model import ENTITY_TYPES, EVENT_TYPES, RELATION_TYPES  # noqa: E402

OUT = HERE.parent / "dev.jsonl"
_DROP = set("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0670\u0640")
_CLUSTERS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _strip(s: str):
    """Drop diacritics/tatweel, white space to ' '; keep a map to original offsets."""
    chars, offsets = [], []
    for i, ch in enumerate(s):
        if ch in _DROP:
            continue
        chars.append(" " if ch.isspace() else ch)
        offsets.append(i)
    return "".join(chars), offsets


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def _word_start(s: str, i: int) -> bool:
    return i == 0 or not _is_letter(s[i - 1])


def _left_ok(s: str, i: int) -> bool:
    if _word_start(s, i):
        return True
    return any(s[i - len(c):i] == c and _word_start(s, i - len(c)) for c in _CLUSTERS)


def find_spans(text: str, mention: str) -> list:
    """Whole-word occurrences of ``mention`` in ``text`` as [start, end] code points."""
    s, offs = _strip(text)
    m, _ = _strip(mention)
    m = " ".join(m.split())
    found = []
    forms = [(m, 0)]
    if m.startswith("ال"):
        forms.append(("ل" + m[2:], 1))   # للجيش = ل + الجيش: needs one more ل before
    for form, extra in forms:
        for hit in re.finditer(re.escape(form), s):
            i, j = hit.start(), hit.end()
            if j < len(s) and _is_letter(s[j]):
                continue
            if extra:
                if not (i >= 1 and s[i - 1] == "ل" and _left_ok(s, i - 1)):
                    continue
            elif not _left_ok(s, i):
                continue
            found.append([offs[i - extra], offs[j - 1] + 1])   # للتنظيم: the whole word
    return found


def _maximal(spans: list) -> list:
    spans = sorted({tuple(x) for x in spans})
    return [list(a) for a in spans
            if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]


def _drop_nested(entities: list, where: str, errors: list) -> None:
    """A span inside another entity's longer span is not a mention (كركوك in مدينة كركوك)."""
    owner = {}
    for e in entities:
        for sp in e["spans"]:
            if tuple(sp) in owner:
                errors.append(f"{where}: span {sp} claimed by {owner[tuple(sp)]} and {e['id']}")
            owner[tuple(sp)] = e["id"]
    for e in entities:
        outside = [sp for sp in e["spans"]
                   if not any(o != e["id"] and a <= sp[0] and sp[1] <= b and (a, b) != tuple(sp)
                              for (a, b), o in owner.items())]
        # an entity named only inside another's name (a leader in his faction's name: "حركة
        # تحرير السودان - جناح مني أركو مناوي") keeps those spans: it is named there
        e["spans"] = outside or e["spans"]


def build_doc(d: dict, errors: list) -> dict:
    text = d["text"]
    where = d["id"]
    ids = {}
    entities = []
    for e in d["entities"]:
        if e["id"] in ids:
            errors.append(f"{where}: duplicate entity id {e['id']}")
        ids[e["id"]] = e
        if e["type"] not in ENTITY_TYPES:
            errors.append(f"{where}/{e['id']}: bad type {e['type']}")
        for t in e.get("alt_types") or []:
            if t not in ENTITY_TYPES:
                errors.append(f"{where}/{e['id']}: bad alt_type {t}")
        spans = []
        for m in e["mentions"]:
            got = find_spans(text, m)
            if not got:
                errors.append(f"{where}/{e['id']}: mention {m!r} not in the text")
            spans += got
        out = {"id": e["id"], "type": e["type"], "mentions": e["mentions"],
               "name_en": e["name_en"], "wikidata": e.get("wikidata")}
        for k in ("subtype", "alt_types", "optional"):
            if e.get(k):
                out[k] = e[k]
        out["spans"] = _maximal(spans)
        entities.append(out)
    _drop_nested(entities, where, errors)
    for r in d["relations"]:
        if r["type"] not in RELATION_TYPES:
            errors.append(f"{where}: bad relation type {r['type']}")
        for k in ("head", "tail"):
            if r[k] not in ids:
                errors.append(f"{where}: relation {r} refers to unknown {r[k]}")
    for ev in d["events"]:
        if ev["type"] not in EVENT_TYPES:
            errors.append(f"{where}: bad event type {ev['type']}")
        for role in ("agent", "target", "place"):
            for v in ev.get(role, []):
                for a in v if isinstance(v, list) else [v]:
                    if a not in ids:
                        errors.append(f"{where}: event {ev['type']} {role} refers to unknown {a}")
        for v in ev.get("date", []) if isinstance(ev.get("date"), list) else [ev.get("date")]:
            if v is not None and not _DATE.match(v):
                errors.append(f"{where}: bad date {v!r}")
    doc = {"id": d["id"], "published": d["published"]}
    if d.get("title"):
        doc["title"] = d["title"]
    doc.update({"text": text, "entities": entities, "relations": d["relations"], "events": d["events"]})
    return doc


def build(doc_defs=None) -> tuple:
    """(documents, JSONL text, errors) for hand annotations (dev_data.DOCS by default)."""
    if doc_defs is None:
        from dev_data import DOCS as doc_defs
    errors = []
    docs = [build_doc(d, errors) for d in doc_defs]
    seen = set()
    for d in docs:
        if d["id"] in seen:
            errors.append(f"duplicate document id {d['id']}")
        seen.add(d["id"])
    lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    return docs, lines, errors


def show(docs: list) -> None:
    for d in docs:
        print(f"== {d['id']}")
        for e in d["entities"]:
            for a, b in e["spans"]:
                ctx = d["text"][max(0, a - 15):b + 15].replace("\n", " ")
                print(f"  {e['id']:<12} {d['text'][a:b]!r:<30} …{ctx}…")


def main(argv: list, doc_defs=None, out=OUT, script="build_dev.py") -> int:
    """Write ``out`` (or only check it, or show every span) from the annotations."""
    docs, lines, errors = build(doc_defs)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        return 1
    if "--show" in argv:
        show(docs)
        return 0
    name = f"eval/{out.name}"
    if "--check" in argv:
        same = out.exists() and out.read_text(encoding="utf-8") == lines
        print(f"{name} is up to date" if same else f"{name} is stale: run {script}")
        return 0 if same else 1
    out.write_text(lines, encoding="utf-8")
    print(f"wrote {out} ({len(docs)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
