"""Operation names: a military operation's name is no entity (kg/mentions_operations.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402


def test_an_operations_name_is_no_entity():
    for text in ("وأطلق الجيش التشادي عملية «حسكنيت» ضد جماعة بوكو حرام.",
                 "وتأتي الضربات في إطار عملية حسكنيت التي أطلقها الجيش."):
        doc = run(text)
        assert not any("حسكنيت" in m.text for e in doc.entities for m in e.mentions), text
