"""Read NER corpora in CoNLL-like formats and make them look like run-time text.

Two formats are read, detected per file:

* NewsFANE Gold: ``token<TAB>tag`` lines with 45 fine-grained types in BIO;
* AQMAR: ``token tag`` lines (one space) with PER/LOC/ORG and MIS0-3.

Blank lines separate sentences. Tags are mapped to three coarse types
(PER, ORG, LOC); everything else (groups, vehicles, works, MIS...) becomes
``O``, as do stray tags such as ``IO`` or ``B-MISS1``.

NewsFANE splits the conjunction و, some prepositions and the pronoun suffixes
off as their own tokens; raw news text, tokenised by camel-tools'
``simple_word_tokenize``, does not. :func:`rejoin_clitics` glues them back on.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

COARSE_TYPES = ("PER", "ORG", "LOC")

_PER = ("Politician Other_PER Businessperson Artist Athlete Engineer Lawyer "
        "Scientist Religious_PER Police")
_ORG = ("Government Non-Governmental Commercial Educational Media Religious_ORG "
        "Sports Entertainment Medical-Science")
_LOC = ("Nation Population-Center State-or-Province County-or-District GPE-Cluster "
        "Continent Water-Body Land-Region-Natural Celestial Building-Grounds Airport "
        "Path Subarea-Facility")

#: fine-grained (NewsFANE) or coarse type -> coarse type; absent types map to O
TYPE_MAP = {t: "PER" for t in _PER.split()}
TYPE_MAP.update({t: "ORG" for t in _ORG.split()})
TYPE_MAP.update({t: "LOC" for t in _LOC.split()})
TYPE_MAP.update({t: t for t in COARSE_TYPES})


def coarse_tag(tag: str) -> str:
    """Map a BIO tag of either corpus to ``B-PER``/``I-ORG``/... or ``O``.

    ``I--ORG`` is read as ``I-ORG``; ``IO``, ``OO``, ``B-MIS1``, ``B-Group``,
    ``B-Land`` (vehicles) and any other unknown type give ``O``.
    """
    tag = tag.strip()
    if len(tag) < 3 or tag[0] not in "BI" or tag[1] != "-":
        return "O"
    coarse = TYPE_MAP.get(tag[2:].lstrip("-").strip("`'"))
    return f"{tag[0]}-{coarse}" if coarse else "O"


class NoTokensError(InputError):
    """A file of two-column lines none of which carries a BIO tag: nothing to score."""

    exit_code = 1


def parse_conll(text: str, source="<string>") -> list:
    """Sentences of ``(token, coarse_tag)`` pairs from CoNLL-like text.

    Each non-blank line is a token and its tag separated by a tab or spaces
    (the tag is the last field). Raises :class:`InputError` on a line without
    a tag.
    """
    sentences, current = [], []
    bio_tags = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip("\r\n\ufeff")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        parts = [p for p in parts if p.strip()]
        if len(parts) != 2:
            raise InputError(source, f"expected 'token<TAB>tag' or 'token tag', got {line[:60]!r}", lineno)
        tag = parts[1].strip()
        bio_tags += tag in ("O", "IO", "OO") or (len(tag) > 2 and tag[0] in "BI" and tag[1] == "-")
        current.append((parts[0].strip(), coarse_tag(tag)))
    if current:
        sentences.append(current)
    if sentences and not bio_tags:
        raise NoTokensError(source, "no CoNLL tokens found: no line ends in a BIO tag (O, B-PER, I-LOC ...)")
    return sentences


def read_conll(path) -> list:
    """Read a CoNLL file, or a folder of them (``*.txt``, ``*.conll``, sorted).

    Returns sentences of ``(token, coarse_tag)``; raises :class:`InputError`
    for a missing, empty, binary or malformed input.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir()
                       if p.is_file() and p.suffix in (".txt", ".conll"))
        if not files:
            raise InputError(path, "folder holds no .txt or .conll file")
        out = []
        for f in files:
            out.extend(read_conll(f))
        return out
    if not path.is_file():
        raise InputError(path, "no such file or folder")
    data = path.read_bytes()
    if b"\0" in data:
        raise InputError(path, "binary file, expected CoNLL text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    sentences = parse_conll(text, path)
    if not sentences:
        raise InputError(path, "no tokens found")
    return sentences


# --- making NewsFANE tokens look like raw text --------------------------------

#: one-letter proclitics split off by the corpus (ا is a split-off hamza alef: ا سرائيل)
PROCLITICS = frozenset("وفبلكا")
#: pronoun suffixes split off by the corpus
SUFFIXES = frozenset(["ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي", "ك"])


def _is_arabic_word(tok: str) -> bool:
    return bool(tok) and "\u0621" <= tok[0] <= "\u064a"


def _merge_tag(content: str, clitic: str) -> str:
    return content if content != "O" else clitic


def rejoin_clitics(sentence: list) -> list:
    """Glue split-off proclitics and pronoun suffixes back onto their word.

    ``[("و","O"), ("بغداد","B-LOC")]`` becomes ``[("وبغداد","B-LOC")]`` and
    ``[("حكومت","B-ORG"), ("ها","O")]`` becomes ``[("حكومتها","B-ORG")]``: the
    joined token keeps the tag of the content word. Tokens that are already
    whole (raw text) pass unchanged.
    """
    # the corpus writes quotation marks as a lone hamza: ملتقى ء كلنا الاردن ء
    sentence = [('"', tag) if tok == "ء" else (tok, tag) for tok, tag in sentence]
    out = []
    pending = []          # proclitic (token, tag) pairs waiting for their word
    n = len(sentence)
    for i, (tok, tag) in enumerate(sentence):
        nxt = sentence[i + 1][0] if i + 1 < n else ""
        if tok in SUFFIXES and not pending and out and _is_arabic_word(out[-1][0]) \
                and out[-1][0] not in PROCLITICS \
                and not (tok == "ك" and (nxt == "ما" or nxt.startswith("ال"))):
            prev_tok, prev_tag = out[-1]
            if prev_tok.endswith("ة"):        # مدينة + هم -> مدينتهم, as written
                prev_tok = prev_tok[:-1] + "ت"
            out[-1] = (prev_tok + tok, _merge_tag(prev_tag, tag))
            continue
        if tok in PROCLITICS and _is_arabic_word(nxt):
            pending.append((tok, tag))
            continue
        if pending:
            prefix = "".join(t for t, _ in pending)
            if prefix.endswith("ل") and tok.startswith("ال"):    # ل + الجيش -> للجيش
                tok = tok[1:]
            for _, ptag in pending:
                tag = _merge_tag(tag, ptag)
            tok = prefix + tok
            pending = []
        out.append((tok, tag))
    out.extend(pending)
    return out
