"""kg/ner/conll.py: readers of both corpus formats, tag mapping, clitic rejoining."""
import pytest

from kg.errors import InputError
from kg.ner.conll import coarse_tag, parse_conll, read_conll, rejoin_clitics

NEWSFANE = (
    "قال\tO\n"
    "محمد\tB-Politician\n"
    "علي\tI-Politician\n"
    "في\tO\n"
    "بغداد\tB-Population-Center\n"
    "\n"
    "الصينيون\tB-Group\n"
    "في\tO\n"
    "مطار\tB-Airport\n"
    "بيروت\tI-Airport\n"
    "و\tO\n"
    "شركة\tB-Commercial\n"
    "بوينج\tI-Commercial\n"
    "757\tB-Air\n"
)

AQMAR = (
    "دمشق B-LOC\n"
    "هي O\n"
    "عاصمة O\n"
    "سوريا B-LOC\n"
    "\n"
    "كأس B-MIS1\n"
    "العالم I-MIS1\n"
    "الفيفا IO\n"
    "وجامعة B-ORG\n"
    "دمشق I--ORG\n"
)


def test_coarse_tag_mapping():
    assert coarse_tag("B-Politician") == "B-PER"
    assert coarse_tag("I-Religious_PER") == "I-PER"
    assert coarse_tag("B-Non-Governmental") == "B-ORG"
    assert coarse_tag("B-Building-Grounds") == "B-LOC"
    assert coarse_tag("I-Subarea-Facility") == "I-LOC"
    assert coarse_tag("B-Group") == "O"
    assert coarse_tag("B-Land") == "O"          # vehicles
    assert coarse_tag("B-Book") == "O"
    assert coarse_tag("B-MIS0") == "O"
    assert coarse_tag("IO") == "O"
    assert coarse_tag("B-MISS1") == "O"
    assert coarse_tag("I--ORG") == "I-ORG"
    assert coarse_tag("O") == "O"


def test_parse_newsfane():
    sents = parse_conll(NEWSFANE)
    assert len(sents) == 2
    assert sents[0] == [("قال", "O"), ("محمد", "B-PER"), ("علي", "I-PER"),
                        ("في", "O"), ("بغداد", "B-LOC")]
    assert [t for _, t in sents[1]] == ["O", "O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "O"]


def test_parse_aqmar_with_stray_tags():
    sents = parse_conll(AQMAR)
    assert [t for _, t in sents[0]] == ["B-LOC", "O", "O", "B-LOC"]
    assert sents[1] == [("كأس", "O"), ("العالم", "O"), ("الفيفا", "O"),
                        ("وجامعة", "B-ORG"), ("دمشق", "I-ORG")]


def test_malformed_line_names_file_and_line(tmp_path):
    p = tmp_path / "bad.conll"
    p.write_text("دمشق\tB-LOC\nكلمة\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.conll:2"):
        read_conll(p)


def test_read_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_conll(tmp_path / "missing.conll")
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no tokens"):
        read_conll(empty)
    binary = tmp_path / "b.conll"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(InputError, match="binary"):
        read_conll(binary)
    latin = tmp_path / "l.conll"
    latin.write_bytes("caf\xe9 O\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        read_conll(latin)
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match="no .txt"):
        read_conll(tmp_path / "sub")


def test_read_folder_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("بيروت B-LOC\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("عمان B-LOC\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert read_conll(tmp_path) == [[("عمان", "B-LOC")], [("بيروت", "B-LOC")]]


def test_rejoin_conjunction_keeps_entity_tag():
    sent = [("و", "O"), ("بغداد", "B-LOC"), ("و", "O"), ("قال", "O")]
    assert rejoin_clitics(sent) == [("وبغداد", "B-LOC"), ("وقال", "O")]


def test_rejoin_pronoun_suffix_and_teh_marbuta():
    sent = [("حكومة", "B-ORG"), ("ها", "O"), ("ان", "O"), ("ه", "O"), ("قال", "O")]
    assert rejoin_clitics(sent) == [("حكومتها", "B-ORG"), ("انه", "O"), ("قال", "O")]


def test_rejoin_chained_proclitics_and_suffix_after_proclitic():
    sent = [("و", "O"), ("ب", "O"), ("الجيش", "B-ORG"), ("ل", "O"), ("هم", "O")]
    assert rejoin_clitics(sent) == [("وبالجيش", "B-ORG"), ("لهم", "O")]


def test_rejoin_leaves_raw_text_and_punctuation_alone():
    raw = [("وقالت", "O"), ("للجيش", "B-ORG"), ("و", "O"), ("(", "O"), ("ه", "O")]
    assert rejoin_clitics(raw) == [("وقالت", "O"), ("للجيش", "B-ORG"), ("و", "O"),
                                   ("(", "O"), ("ه", "O")]


def test_rejoin_hamza_quote_marks():
    sent = [("ء", "O"), ("الاردن", "B-LOC"), ("ء", "O")]
    assert rejoin_clitics(sent) == [('"', "O"), ("الاردن", "B-LOC"), ('"', "O")]


def test_rejoin_lam_before_article_is_written_lam_lam():
    sent = [("ل", "O"), ("الجيش", "B-ORG"), ("اللبناني", "I-ORG")]
    assert rejoin_clitics(sent) == [("للجيش", "B-ORG"), ("اللبناني", "I-ORG")]


def test_two_columns_without_bio_tags_are_no_conll(tmp_path):
    from click.testing import CliRunner
    from kg.cli import cli
    p = tmp_path / "words.txt"
    p.write_text("hello world\nfoo bar\n\nbaz qux\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate-ner", str(p)])
    assert res.exit_code == 1
    assert "no CoNLL tokens found" in res.output and "0.000" not in res.output
