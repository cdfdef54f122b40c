"""The licence files: MIT for the code, NOTICE naming every shipped data file's licence."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_licence_and_notice_name_every_shipped_data_file():
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8")
    shipped = ["kg/ner/model.crfsuite", "kg/data/common_words.txt"] + \
        sorted(f"kg/ner/data/{p.name}" for p in (ROOT / "kg/ner/data").iterdir()
               if p.is_file() and p.name != "LICENSE.txt")
    for path in shipped:
        assert path in notice, f"{path} is shipped but NOTICE does not name its licence"
