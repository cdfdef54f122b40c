"""Write notebooks/seed-walkthrough.ipynb (run: python tools/make_notebook.py)."""
from pathlib import Path

import nbformat as nbf

cells = [
    nbf.v4.new_markdown_cell(
        "# The seed article, from text to a knowledge graph\n\n"
        "This notebook builds the graph of `seeds/` with `kg`, checks it against the SHACL shapes, "
        "and asks it questions in SPARQL. It runs offline; the test suite executes it "
        "(`tests/test_notebook.py`)."),
    nbf.v4.new_code_cell(
        "from pathlib import Path\n"
        "import os\n"
        "ROOT = Path.cwd() if (Path.cwd() / 'seeds').exists() else Path.cwd().parent\n"
        "OUT = Path(os.environ.get('KG_NOTEBOOK_OUT', ROOT / 'out' / 'notebook'))\n"
        "from kg.api import build\n"
        "result = build([ROOT / 'seeds'], outdir=OUT)\n"
        "print(result.summary())"),
    nbf.v4.new_markdown_cell(
        "## What the extractor found\n\nEntities with their Arabic mentions, English name and Wikidata QID."),
    nbf.v4.new_code_cell(
        "from kg.io import read_articles\n"
        "from kg.pipeline import extract\n"
        "[article] = read_articles([ROOT / 'seeds'])\n"
        "doc = extract(article)\n"
        "for e in doc.entities:\n"
        "    forms = sorted({m.text for m in e.mentions})\n"
        "    print(f'{e.type:12} {e.name_en:45} {e.wikidata or \"\":10} {\"، \".join(forms)}')"),
    nbf.v4.new_markdown_cell("## The graph conforms to the shapes"),
    nbf.v4.new_code_cell(
        "import rdflib\n"
        "from kg.validate import validate\n"
        "graph = rdflib.Graph().parse(OUT / 'graph.ttl')\n"
        "report = validate(graph)\n"
        "print(len(graph), 'triples; conforms:', report.conforms)\n"
        "assert report.conforms"),
    nbf.v4.new_markdown_cell(
        "## Who killed or attacked whom, and when\n\n"
        "`queries/killings.rq` is one of the ready queries; `kg query` runs it from the shell too."),
    nbf.v4.new_code_cell(
        "from kg.query import run_query\n"
        "print(run_query(OUT / 'graph.ttl', ROOT / 'queries' / 'killings.rq'))"),
    nbf.v4.new_markdown_cell("## The evidence behind a fact\n\nEvery relation points to the sentence it was read from, with offsets into the article."),
    nbf.v4.new_code_cell(
        "q = '''\n"
        "SELECT ?head ?prop ?tail ?conf ?start ?end ?sentence WHERE {\n"
        "  ?st a kgo:RelationStatement ; kgo:statementSubject ?h ; kgo:statementProperty ?prop ;\n"
        "      kgo:statementObject ?t ; kgo:confidence ?conf ; kgo:evidence ?ev .\n"
        "  ?h rdfs:label ?head . FILTER(lang(?head) = 'en')\n"
        "  ?t rdfs:label ?tail . FILTER(lang(?tail) = 'en')\n"
        "  ?ev kgo:startOffset ?start ; kgo:endOffset ?end ; kgo:sentenceText ?sentence .\n"
        "} ORDER BY ?start LIMIT 5'''\n"
        "print(run_query(OUT / 'graph.ttl', q))"),
    nbf.v4.new_code_cell(
        "rows = run_query(OUT / 'graph.ttl', q, fmt='json')\n"
        "import json\n"
        "first = json.loads(rows)['results']['bindings'][0]\n"
        "start, end = int(first['start']['value']), int(first['end']['value'])\n"
        "assert article.text[start:end] == first['sentence']['value']\n"
        "print(article.text[start:end])"),
    nbf.v4.new_markdown_cell(
        "## Queries in the vocabularies people know\n\n"
        "The ontology aligns its terms with schema.org, SEM, PROV-O, OWL-Time and FOAF, so with the "
        "ontology loaded and RDFS inference applied, `schema:Person` finds the people."),
    nbf.v4.new_code_cell(
        "import owlrl\n"
        "g = rdflib.Graph().parse(OUT / 'graph.ttl').parse(ROOT / 'ontology' / 'kg.ttl')\n"
        "owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)\n"
        "people = g.query('''PREFIX schema: <https://schema.org/>\n"
        "  SELECT DISTINCT ?name WHERE { ?p a schema:Person ; rdfs:label ?name . FILTER(lang(?name) = \"en\") } ORDER BY ?name''')\n"
        "print([str(r.name) for r in people])"),
]
nb = nbf.v4.new_notebook(cells=cells, metadata={
    "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
    "language_info": {"name": "python"}})
out = Path(__file__).resolve().parent.parent / "notebooks" / "seed-walkthrough.ipynb"
nbf.write(nb, out)
print("->", out)
