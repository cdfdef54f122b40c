"""Role mentions: an indefinite role tied to an organisation, a person not named yet (kg/mentions_roles.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_counted_role_is_not_a_person():
    doc = run('قالت الوزارة إن الجيش التركي "حيّد" 12 عنصرا من حزب العمال الكردستاني. '
              'وقال المتحدث باسم الوزارة، الأميرال كمال أوزدمير، إن العملية مستمرة.')
    assert [m.text for m in entity(doc, "كمال أوزدمير").mentions] == ["كمال أوزدمير"]
