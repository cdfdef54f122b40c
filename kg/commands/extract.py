"""kg extract"""
import click

from kg.commands.common import (inputs_argument, jobs_option, max_chars_option, published_option,
                                refuse_to_stderr)


@click.command()
@inputs_argument
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: annotated documents, one JSON object per line "
                   "(../shared/specs/annotation-format.md).")
@published_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out relations and events whose confidence is lower.")
@max_chars_option
@jobs_option
def extract(inputs, fmt, published, min_confidence, max_chars, jobs):
    """Print the annotated document of every INPUT article on standard output.

    Each line holds the article (id, published, text) with its entities
    (mentions, spans, English name, Wikidata QID, IRI), relations and events
    (dates resolved against the publication date).

    \b
    Example:
        kg extract seeds/000_ee0fa6b5f76be4e0.txt --format jsonl > seed.jsonl
    """
    from kg.api import extract_documents
    from kg.jsonl import document_to_record, dumps
    for doc in extract_documents(inputs, published, min_confidence, max_chars=max_chars,
                                 refuse=refuse_to_stderr, jobs=jobs):
        click.echo(dumps(document_to_record(doc)))
