"""kg watch"""
import click

from kg.commands.common import fetcher_for, published_option, web_options


def _every(ctx, param, value):
    from kg.watch import parse_duration
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="FEED_OR_URL...")
@click.option("--store", required=True, type=click.Path(file_okay=False),
              help="The store the new articles go to (created if needed).")
@click.option("--every", default="15m", show_default=True, callback=_every, metavar="DURATION",
              help="Time between two polls: 30s, 15m, 2h ...")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron and tests).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relations and events whose confidence is lower.")
@published_option
@web_options
@click.option("-q", "--quiet", is_flag=True, help="No line per poll.")
def watch(sources, store, every, once, min_confidence, published, cache, no_cache, timeout, delay, quiet):
    """Poll feeds and add their new articles to a store, until Ctrl-C or SIGTERM.

    FEED_OR_URL is the URL of an RSS/Atom feed (or of a page, read once), or
    a feed file. Each poll fetches the feeds afresh and adds the items the
    store does not hold: by url (an item already stored is not fetched) and
    by content (the same text under another url is added once). Item pages
    are cached (see --cache). Ctrl-C or SIGTERM stops cleanly: a poll being
    written is finished, one being read or extracted is dropped whole (its
    items are still new at the next start), so nothing is lost and the store
    holds complete articles only (`kg verify`).

    Exit status: 0; with --once, 3 when some page or feed could not be read.

    \b
    Examples:
        kg watch https://example.org/rss.xml --store corpus/ --every 10m
        kg watch https://example.org/rss.xml --store corpus/ --once   # from cron
    """
    from kg.fetch import EXIT_SOME_FAILED
    from kg.watch import watch as run_watch
    fetcher = fetcher_for(cache, no_cache, timeout, delay)
    say = (lambda line: None) if quiet else (lambda line: click.echo(line, err=True))
    reports = run_watch(list(dict.fromkeys(sources)), store, fetcher, every=every, once=once,
                        min_confidence=min_confidence, published=published, say=say)
    if once and any(r.failed for r in reports):
        click.get_current_context().exit(EXIT_SOME_FAILED)
