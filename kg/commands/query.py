"""`kg query`: run SPARQL on a graph file or a store."""
import click


@click.command(name="query")
@click.argument("source", type=click.Path(exists=True))
@click.argument("query")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True,
              help="SELECT/ASK result format (CONSTRUCT/DESCRIBE always give Turtle).")
def query(source, query, fmt):
    """Run QUERY (SPARQL text or a .rq file) on SOURCE (a graph file or a store folder).

    The prefixes kgo: res: rdf: rdfs: owl: skos: xsd: wd: schema: prov: are
    predeclared; queries see the union of all the store's named graphs.

    \b
    Examples:
        kg query out/graph.ttl queries/killings.rq
        kg query out/store 'SELECT ?p WHERE { ?p a kgo:Person }' --format csv
    """
    from kg.query import run_query
    out = run_query(source, query, fmt)
    click.echo(out, nl=not out.endswith("\n"))   # every format ends with one newline
