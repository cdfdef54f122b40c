"""Options shared by several commands."""
from pathlib import Path

import click


def _parse_date(ctx, param, value):
    if value is None:
        return None
    from datetime import date
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


inputs_argument = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
published_option = click.option(
    "--published", callback=_parse_date, metavar="YYYY-MM-DD",
    help="Publication date for every input (anchors relative dates); overrides metadata.")

max_chars_option = click.option(
    "--max-article-chars", "max_chars", type=click.IntRange(min=0), default=100_000, show_default=True,
    help="Leave out (and name on stderr) any article longer than this; 0: no limit.")


def refuse_to_stderr(line):
    click.echo(f"refused: {line}", err=True)


def _jobs(ctx, param, value):
    if value is None:
        from kg.parallel import default_jobs
        return default_jobs()
    return value


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, callback=_jobs,
    help="Worker processes for extraction (default: all cores); the output is the same for any number.")


# ------------------------------------------------------------------ fetching (kg build URL, kg watch)

def _web_options(f):
    for option in reversed((
        click.option("--cache", type=click.Path(file_okay=False), default=None,
                      help="Folder of fetched pages: a rerun reads them from here instead of "
                           "fetching again [default: $XDG_CACHE_HOME/kg/pages, ~/.cache/kg/pages]."),
        click.option("--no-cache", is_flag=True, help="Fetch every page, keep none."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                     help="Seconds to wait for a page (then up to 2 retries, with backoff)."),
        click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Seconds between two requests to the same site."),
    )):
        f = option(f)
    return f


web_options = _web_options


def fetcher_for(cache, no_cache, timeout, delay):
    """The Fetcher of the command's options; failures are named on stderr as they happen."""
    from kg.fetch import Fetcher, default_cache
    return Fetcher(None if no_cache else (cache or default_cache()), timeout=timeout, delay=delay,
                   report=lambda line: click.echo(f"failed: {line}", err=True))


def remote_inputs(inputs, urls_file, cache, no_cache, timeout, delay):
    """``(inputs, fetcher)``: the URLs among INPUTs and those of ``--urls`` as ``kg.fetch.Remote``
    (one Fetcher for all, so that its cache, per-site pause and failures are shared)."""
    from kg.fetch import FeedFile, Remote, is_url, read_url_list
    from kg.web import FEED_SUFFIXES
    fetcher = fetcher_for(cache, no_cache, timeout, delay)
    urls = [u for u in inputs if is_url(u)] + (read_url_list(urls_file) if urls_file else [])
    remote = {u: Remote(u, fetcher) for u in urls}
    # a feed file named on the command line: its items without full content are read from
    # their pages, fetched like the URLs (a feed inside a folder stays offline: its summaries)
    out = [remote[u] if is_url(u) else
           FeedFile(u, fetcher) if str(u).lower().endswith(FEED_SUFFIXES) and Path(u).is_file() else u
           for u in dict.fromkeys(inputs)]
    out += [remote[u] for u in remote if u not in inputs]
    return out, fetcher


def fetch_failures(fetcher, quiet=False):
    """List the pages that could not be fetched; exit with status 3 when there were any."""
    from kg.fetch import EXIT_SOME_FAILED
    if not fetcher.failures:
        return
    if not quiet:
        n = len(fetcher.failures)
        click.echo(f"{n} page{'s' * (n != 1)} could not be fetched:")
        for line in fetcher.failures:
            click.echo(f"  {line}")
    click.get_current_context().exit(EXIT_SOME_FAILED)
