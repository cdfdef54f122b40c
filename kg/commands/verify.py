"""`kg verify`: is a store complete, or did a build stop half-way?"""
import click


@click.command(name="verify")
@click.argument("store", type=click.Path(file_okay=False))
@click.pass_context
def verify(ctx, store):
    """Check STORE (a folder written by `kg build --store`) for an interrupted build.

    Reports the articles complete, the named graphs, the triples, any article
    graph without a completion record (an incomplete batch) and the articles
    the last build planned but did not write. Exit status: 0 when complete,
    1 when something is incomplete (run the same build again to finish it),
    2 when STORE is not a store.

    \b
    Example:
        kg verify out/store
    """
    from kg.store import verify_store
    status = verify_store(store)
    click.echo(status.render(), nl=False)
    ctx.exit(0 if status.ok else 1)
