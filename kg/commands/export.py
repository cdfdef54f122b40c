"""`kg export`: write a graph file or a store in another format."""
import click

from kg.export import names


@click.command(name="export")
@click.argument("source", type=click.Path(exists=True))
@click.option("--format", "-f", "fmt", type=click.Choice(names()), required=True,
              help="Output format.")
@click.option("--output", "-o", "output", type=click.Path(), default=None,
              help="File to write (a folder for neo4j). Required unless neo4j with --uri.")
@click.option("--uri", default=None, metavar="bolt://HOST:PORT",
              help="neo4j only: also load the graph into this running Neo4j server.")
@click.option("--user", default=None, help="neo4j only: user name for --uri.")
@click.option("--password", default=None, help="neo4j only: password for --uri.")
def export(source, fmt, output, uri, user, password):
    """Write SOURCE (a graph file or a store folder) to OUTPUT in another format.

    \b
    Examples:
        kg export out/graph.ttl --format graphml -o out/graph.graphml
        kg export out/store --format trig -o out/all.trig
        kg export out/graph.ttl --format neo4j -o out/neo4j --uri bolt://localhost:7687 --user neo4j --password secret
    """
    from kg.store import export_source
    export_source(source, output, fmt, uri=uri, user=user, password=password)
    click.echo(f"wrote {output}" if output else f"loaded into {uri}")
