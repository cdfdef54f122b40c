"""`kg remove`: take articles out of a store."""
import click


@click.command(name="remove")
@click.argument("store", type=click.Path(file_okay=False))
@click.argument("ids", nargs=-1, required=True)
@click.pass_context
def remove(ctx, store, ids):
    """Remove the articles ID... from STORE (a folder written by `kg build --store`).

    Each article's named graph and completion record go, and so does every
    corpus-level fact (an entity's label, type, sameAs ...) that no remaining
    article supports. Exit status: 0 when every ID was removed, 1 when some ID
    was not in the store (the others are removed), 2 when STORE is not a store.

    \b
    Example:
        kg remove corpus.db news-17 news-18
    """
    from kg.store import compact, open_store, remove_articles
    st = open_store(store)
    removed, unknown = remove_articles(st, ids)
    del st
    compact(store, optimize=True)      # deletions leave tombstones: compacted away
    for article_id in unknown:
        click.echo(f"{article_id}: not in {store}", err=True)
    click.echo(f"removed {len(removed)} article{'s' * (len(removed) != 1)} from {store}")
    ctx.exit(1 if unknown else 0)
