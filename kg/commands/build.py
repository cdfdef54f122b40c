"""kg build"""
import click

from kg.commands.common import (inputs_argument, jobs_option, max_chars_option, published_option,
                                refuse_to_stderr)


@click.command()
@inputs_argument
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and summary.txt.")
@click.option("--store", type=click.Path(file_okay=False),
              help="Add each article as a named graph to this on-disk store (created if needed).")
@published_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relations and events whose confidence is lower.")
@click.option("--no-html", is_flag=True, help="Write only the Turtle file.")
@click.option("--max-nodes", type=click.IntRange(min=0), default=3000, show_default=True,
              help="graph.html draws the most connected nodes, at most this many (0: all).")
@click.option("--unconnected", is_flag=True, help="graph.html also draws nodes with no edge.")
@max_chars_option
@jobs_option
@click.option("-q", "--quiet", is_flag=True,
              help="No progress (a line per phase with rate and ETA on stderr) and no summary.")
def build(inputs, outdir, store, published, min_confidence, no_html, max_nodes, unconnected, max_chars,
          jobs, quiet):
    """Build the knowledge graph of INPUT articles.

    INPUT is a .txt article (with an optional NAME.meta.json beside it:
    published, title, source, url), a folder of them, or a .jsonl file of
    articles (one {"id", "text", "published"} object per line).

    Articles stream through extraction, checking and the store 200 at a
    time, so memory does not grow with the corpus (docs/corpus-builds.md).
    Each group is checked against the SHACL shapes before it is written; a
    failed build leaves no half-written file, and the same build run again
    after a kill extracts only what is missing.

    \b
    Examples:
        kg build seeds/ -o out/
        kg build news.jsonl --store corpus.db --min-confidence 0.5
        kg build news.jsonl.gz -o out/ --jobs 2
    """
    from kg.api import build as run_build
    from kg.progress import Progress
    if not outdir and not store:
        raise click.UsageError("give -o OUTDIR, --store DIR or both")
    progress = Progress(enabled=not quiet)
    result = run_build(inputs, outdir=outdir, store=store, published=published,
                       min_confidence=min_confidence,
                       html=False if no_html else {"max_nodes": max_nodes, "unconnected": unconnected},
                       progress=progress,
                       max_chars=max_chars, refuse=refuse_to_stderr, jobs=jobs)
    if not quiet:
        click.echo(result.summary())
        click.echo(result.timing_line(), err=True)
