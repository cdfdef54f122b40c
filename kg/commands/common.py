"""Options shared by several commands."""
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
