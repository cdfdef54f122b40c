"""`kg evaluate`: score extraction against gold annotations."""
import click


@click.command(name="evaluate")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--pred", "pred", type=click.Path(dir_okay=False), default=None,
              help="Annotated documents (JSONL) to score; default: run the extractor on the gold articles.")
@click.option("--part", type=click.Choice(["all", "dev", "blind"]), default="all", show_default=True,
              help="Score one part of the set: the blind third (fixed by a hash of the ids) or the rest.")
@click.option("--extractor", type=click.Choice(["both", "rules", "learned"]), default="both",
              show_default=True,
              help="Who finds relations and events: the rules, the learned models, or both.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON instead of a table.")
def evaluate(gold, pred, part, as_json, extractor):
    """Score extraction (entities, relations, events, linking) against GOLD.jsonl.

    \b
    Example, the extractor on the development set:
        kg evaluate eval/dev.jsonl
    or a saved prediction file, as JSON:
        kg evaluate eval/dev.jsonl --pred out/dev.pred.jsonl --json
    or the development part of real news (its blind part: --part blind):
        kg evaluate ../shared/data/news/real-dev.jsonl --part dev
    """
    from kg.evaluate import evaluate_files
    click.echo(evaluate_files(gold, pred, as_json=as_json, part=part, extractor=extractor))
