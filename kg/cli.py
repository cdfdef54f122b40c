"""The `kg` command line: a thin layer over the library.

Sub-commands live in ``kg/commands/<name>.py`` and are imported only when run,
so ``kg --help`` stays instant. Every project error (``kg.errors.KgError``)
becomes one line on stderr and a non-zero exit status, never a traceback.
"""
import importlib
import sys

import click

# name -> (module, attribute, one-line help shown by `kg --help`)
COMMANDS = {
    "build": ("kg.commands.build", "build", "Build the knowledge graph of articles (Turtle + HTML, or a store)."),
    "extract": ("kg.commands.extract", "extract", "Print annotated documents (JSONL) for articles."),
    "validate": ("kg.commands.validate", "validate", "Check a graph against the SHACL shapes."),
    "evaluate": ("kg.commands.evaluate", "evaluate", "Score extraction against gold annotations."),
    "evaluate-ner": ("kg.commands.evaluate_ner", "evaluate_ner", "Score the NER tagger on a CoNLL file."),
    "query": ("kg.commands.query", "query", "Run a SPARQL query on a graph file or store."),
    "export": ("kg.commands.export", "export", "Write a graph file or store in another format."),
    "serve": ("kg.commands.serve", "serve", "Serve a store over the SPARQL 1.1 Protocol."),
    "remove": ("kg.commands.remove", "remove", "Remove articles (and the facts only they support) from a store."),
    "verify": ("kg.commands.verify", "verify", "Check that a store holds complete builds only."),
    "watch": ("kg.commands.watch", "watch", "Poll news feeds and add their new articles to a store."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx, formatter):
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx):
        from kg.errors import KgError
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=LazyGroup)
@click.version_option(package_name="kg")
def cli():
    """kg: Arabic news articles into an RDF knowledge graph.

    \b
    Example, the whole job on the seed article:
        kg build seeds/ -o out/
    then open out/graph.html, or query out/graph.ttl:
        kg query out/graph.ttl queries/killings.rq
    """


def main(argv=None):
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover
        click.echo("Interrupted.", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
