"""kg/commands/evaluate_ner.py: `kg evaluate-ner` through click's CliRunner."""
import json

from click.testing import CliRunner

from kg.cli import cli

# one sentence the tagger gets right, in NewsFANE format (split و, fine types)
SAMPLE = (
    "و\tO\n"
    "قال\tO\n"
    "الرئيس\tO\n"
    "الفرنسي\tO\n"
    "جاك\tB-Politician\n"
    "شيراك\tI-Politician\n"
    "في\tO\n"
    "باريس\tB-Population-Center\n"
    ".\tO\n"
)


def test_table(tmp_path):
    p = tmp_path / "s.conll"
    p.write_text(SAMPLE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate-ner", str(p)])
    assert res.exit_code == 0, res.output
    rows = {line.split()[0]: line.split() for line in res.output.splitlines()}
    assert rows["PER"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["LOC"][1:4] == ["1.000", "1.000", "1.000"]
    assert rows["ORG"][4:6] == ["0", "0"]
    assert rows["micro"][3] == "1.000"
    assert "(1 sentences, 8 tokens)" in res.output      # و joined to قال


def test_json(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("باريس B-LOC\nجميلة O\n\nفي O\nلندن B-ORG\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate-ner", str(p), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["LOC"]["gold"] == 1 and data["ORG"]["gold"] == 1
    assert data["micro"]["gold"] == 2
    assert data["sentences"] == 2 and data["tokens"] == 4
    # لندن is a place: the ORG gold span cannot be matched
    assert data["ORG"]["tp"] == 0


def test_bad_input_is_one_line_error(tmp_path):
    p = tmp_path / "bad.conll"
    p.write_text("كلمة\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["evaluate-ner", str(p)])
    assert res.exit_code == 2
    assert "bad.conll:1" in res.output
    assert "Traceback" not in res.output
    res = CliRunner().invoke(cli, ["evaluate-ner", str(tmp_path / "missing.conll")])
    assert res.exit_code == 2
    assert "no such file" in res.output
