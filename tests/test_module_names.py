"""No module of kg binds a top-level name twice by accident: a second definition of a word list
below the first silently replaces it for every function of the module (two helpers' sets of the
same name merged into posts.py did so). A rebinding that extends the name itself (X = X | Y)
is deliberate and allowed."""
import ast
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"


def _rebound(path):
    seen, out = set(), []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            uses = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, uses = [node.name], set()
        else:
            continue
        for name in names:
            if name in seen and name not in uses:
                out.append((name, node.lineno))
            seen.add(name)
    return out


def test_no_top_level_name_is_defined_twice():
    found = {str(p.relative_to(KG)): r for p in sorted(KG.rglob("*.py")) if (r := _rebound(p))}
    assert found == {}


def test_the_check_sees_a_second_definition(tmp_path):
    f = tmp_path / "m.py"
    f.write_text('A = {1}\ndef g():\n    return A\nA = {2}\nB = {3}\nB = B | {4}\n', encoding="utf-8")
    assert _rebound(f) == [("A", 4)]
