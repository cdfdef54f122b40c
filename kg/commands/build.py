"""kg build"""
import click

from kg.commands.common import (jobs_option, max_chars_option, published_option, refuse_to_stderr,
                                web_options)


@click.command()
@click.argument("inputs", nargs=-1, metavar="[INPUT...]")
@click.option("--urls", "urls_file", type=click.Path(dir_okay=False),
              help="A file of URLs (pages or feeds), one a line; # starts a comment.")
@web_options
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and summary.txt.")
@click.option("--store", metavar="DIR|URL",
              help="Add each article as a named graph to this on-disk store (created if needed), or "
                   "PUT it into a triple store's Graph Store endpoint at this http(s) URL.")
@click.option("--store-user", metavar="USER",
              help="User for an http(s) --store; the password is read from $KG_STORE_PASSWORD.")
@published_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relations and events whose confidence is lower.")
@click.option("--no-html", is_flag=True, help="Write only the Turtle file.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=3000, show_default=True,
              help="graph.html draws the most connected nodes, at most this many (0: all).")
@click.option("--unconnected", is_flag=True, help="graph.html shows nodes with no edge from the start (else hidden, a tick away).")
@max_chars_option
@jobs_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: worker processes here, or a Dask cluster (kg[dask]).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="--engine dask: the cluster's scheduler (default: a local cluster of --jobs workers).")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress (a line per phase with rate and ETA on stderr) and no summary.")
def build(inputs, urls_file, cache, no_cache, timeout, delay, outdir, store, published, min_confidence,
          no_html, max_nodes, unconnected, max_chars, jobs, engine, scheduler, store_user, quiet):
    """Build the knowledge graph of INPUT articles.

    INPUT is a .txt article (with an optional NAME.meta.json beside it:
    published, title, source, url, author), a folder of them, a .jsonl file of
    articles (one {"id", "text", "published"} object per line), a saved web
    page (.html), an RSS/Atom feed (.xml, .rss, .atom), a web archive (.warc,
    .warc.gz), or the URL of a page or a feed (fetched, and cached: see
    --cache). A page that cannot be fetched is named on stderr and the others
    are built; the summary lists the failures.

    Exit status: 0 built; 3 built, but some pages could not be fetched;
    1 the graph failed validation; 2 bad input or usage.

    Articles stream through extraction, checking and the store 64 at a
    time, so memory does not grow with the corpus (docs/corpus-builds.md).
    Each batch is checked against the SHACL shapes before it is written; a
    failed build leaves no half-written file, and the same build run again
    after a kill extracts only what is missing.

    \b
    Examples:
        kg build seeds/ -o out/
        kg build news.jsonl --store corpus.db --min-confidence 0.5
        kg build news.jsonl.gz -o out/ --jobs 2
        kg build news.jsonl --engine dask --scheduler tcp://10.0.0.5:8786 -o out/
        kg build news.jsonl --store http://127.0.0.1:7878/store
        kg build https://example.org/feed --urls more-urls.txt -o out/
    """
    from kg.api import build as run_build
    from kg.commands.common import fetch_failures, remote_inputs
    from kg.progress import Progress
    if not outdir and not store:
        raise click.UsageError("give -o OUTDIR, --store DIR|URL or both")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    if store_user and not (store or "").lower().startswith(("http://", "https://")):
        raise click.UsageError("--store-user is for an http(s) --store")
    if not inputs and not urls_file:
        raise click.UsageError("give an INPUT (file, folder or URL) or --urls FILE")
    inputs, fetcher = remote_inputs(inputs, urls_file, cache, no_cache, timeout, delay)
    progress = Progress(enabled=not quiet)
    result = run_build(inputs, outdir=outdir, store=store, published=published,
                       min_confidence=min_confidence,
                       html=False if no_html else {"max_nodes": max_nodes, "unconnected": unconnected},
                       progress=progress,
                       max_chars=max_chars, refuse=refuse_to_stderr, jobs=jobs, engine=engine,
                       scheduler=scheduler, store_user=store_user)
    if not quiet:
        click.echo(result.summary())
        click.echo(result.timing_line(), err=True)
    fetch_failures(fetcher, quiet)
