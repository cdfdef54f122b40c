"""Where the project's data files live (ontology, shapes, knowledge base, model)."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
ONTOLOGY_DIR = PACKAGE_DIR.parent / "ontology"

ONTOLOGY_TTL = ONTOLOGY_DIR / "kg.ttl"
ONTOLOGY_OWL = ONTOLOGY_DIR / "kg.owl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"
KB_JSON = DATA_DIR / "kb.json"
