"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a store."""
import click


@click.command(name="serve")
@click.argument("store", type=click.Path(exists=True, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (HTTP 503).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes (queries answered at once).")
@click.option("--allow-service", is_flag=True,
              help="Let queries call SERVICE (the server then sends requests to other addresses).")
@click.option("--cors", "cors", metavar="ORIGIN", default=None,
              help="Send Access-Control-Allow-Origin: ORIGIN (e.g. https://example.org, or '*').")
@click.option("--base", metavar="URL", default=None,
              help="Public base URL pages link under (e.g. https://kg.example.org/); "
                   "default: the served host. The store's IRIs keep their minted base.")
@click.option("--index-cache", metavar="DIR", default="~/.cache/kg/serve", show_default=True,
              help="Where the explorer's search index is kept per store version ('' for nowhere).")
def serve(store, host, port, timeout, workers, allow_service, cors, base, index_cache):
    """Serve STORE (made by `kg build --store`) over the SPARQL 1.1 Protocol.

    The endpoint is /sparql (GET ?query=..., or POST); / is the explorer
    (search, details, expand: loaded from the store on demand); every minted
    IRI resolves at /resource/<type>/<slug> (HTML, or Turtle, JSON-LD,
    N-Triples by the Accept header); /graph draws the whole store. Read-only: SPARQL Update is refused, and so is SERVICE unless
    --allow-service. No CORS header unless --cors. Stop with Ctrl-C.

    \b
    Example:
        kg serve out/store --port 8000
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a kgo:Person }' http://127.0.0.1:8000/sparql
    """
    from kg.serve import serve as run
    run(store, host=host, port=port, timeout=timeout, announce=click.echo, workers=workers,
        allow_service=allow_service, cors=cors, base=base,
        index_cache=index_cache or None)
