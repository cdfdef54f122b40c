"""kg evaluate-ner"""
import click


@click.command()
@click.argument("path", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--model", "model_path", type=click.Path(dir_okay=False),
              help="A crfsuite model file instead of the shipped one.")
def evaluate_ner(path, as_json, model_path):
    """Score the NER tagger on a CoNLL file (exact span match, PER/ORG/LOC).

    PATH is a NewsFANE-style file (token<TAB>tag, 45 fine-grained types), an
    AQMAR-style file (token tag), or a folder of such .txt/.conll files; the
    format is detected per line. Split-off clitics are glued back before
    tagging, as in raw text. Prints precision, recall and F1 per type and
    micro-averaged.

    \b
    Examples:
        kg evaluate-ner ../shared/data/ner/newsfane-gold/newsfane-gold.dev.conll
        kg evaluate-ner ../shared/data/ner/aqmar/articles/ --json
    """
    from kg.ner.evaluate import report
    click.echo(report(path, as_json=as_json, model_path=model_path))
