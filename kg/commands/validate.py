"""`kg validate`: check a graph file against the SHACL shapes."""
import click


@click.command(name="validate")
@click.argument("graph", metavar="GRAPH")
@click.option("--shapes", type=click.Path(dir_okay=False), default=None,
              help="A SHACL shapes file instead of ontology/shapes.ttl.")
@click.pass_context
def validate(ctx, graph, shapes):
    """Check GRAPH (Turtle, N-Triples, RDF/XML ...) against the SHACL shapes.

    Prints each violation (focus node, path, message). Exit status: 0 when the
    graph conforms, 1 when it does not, 2 when the file cannot be read.

    \b
    Example:
        kg validate out/graph.ttl
    """
    from kg.validate import render, validate_file
    result = validate_file(graph, shapes)
    click.echo(render(result), nl=False)
    ctx.exit(0 if result.conforms else 1)
