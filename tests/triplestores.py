"""Triple store servers the tests start on 127.0.0.1 (Oxigraph server, Virtuoso), and what
the tests ask them over HTTP: SPARQL 1.1 Protocol queries and Graph Store requests."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "decimal", "double", "float",
                             "nonNegativeInteger", "positiveInteger")}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, proc, seconds=60, log=None):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}): {_tail(log)}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return                       # it answers
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not answer in {seconds} s: {_tail(log)}")


def _tail(log):
    if log and Path(log).exists():
        return " | ".join(Path(log).read_text(errors="replace").splitlines()[-5:])
    return ""


def stop(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# ------------------------------------------------------------------ Oxigraph server

def oxigraph_binary():
    """The ``oxigraph`` CLI of the PyPI package ``oxigraph`` (beside this Python, or on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


class Oxigraph:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT`` (or ``serve-read-only``)."""

    def __init__(self, location, read_only=False):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = Path(str(location) + ".log")
        cmd = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{self.port}"]
        self.proc = subprocess.Popen(cmd, stdout=open(self.log, "wb"), stderr=subprocess.STDOUT)
        wait_for(self.base + "/query?query=ASK%7B%7D", self.proc, log=self.log)
        self.gsp = self.base + "/store"
        self.sparql = self.base + "/query"

    def close(self):
        stop(self.proc)


def oxigraph_load(location, path):
    """Bulk load: ``oxigraph load --location DIR --file PATH``."""
    subprocess.run([oxigraph_binary(), "load", "--location", str(location), "--file", str(path)],
                   check=True, capture_output=True)


# ------------------------------------------------------------------ Virtuoso

VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
MaxClientConnections = 4
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {dir}, {data}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 4
ServerThreads        = 4
EnabledDavVSP        = 0
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 120
"""


def virtuoso_missing():
    """Why Virtuoso cannot run here (None when it can)."""
    for tool in ("virtuoso-t", "isql-vt"):
        if shutil.which(tool) is None:
            return (f"{tool} not found: Virtuoso is not installed (Debian: apt-get install "
                    f"virtuoso-opensource; `make system-deps` does it)")
    return None


class Virtuoso:
    """``virtuoso-t +foreground`` with a fresh database in ``folder`` on loopback ports; ``data``
    is a folder the bulk loader may read."""

    def __init__(self, folder, data):
        self.dir = Path(folder)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        (self.dir / "virtuoso.ini").write_text(VIRTUOSO_INI.format(
            dir=self.dir, data=data, sql_port=self.sql_port, http_port=self.http_port))
        self.log = self.dir / "virtuoso.log"
        self.proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", "virtuoso.ini"],
                                     cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.http_port}"
        wait_for(self.base + "/sparql?query=ASK%7B%7D", self.proc, seconds=120, log=self.log)
        self.sparql = self.base + "/sparql"
        self.gsp = self.base + "/sparql-graph-crud-auth"

    def isql(self, *statements):
        """Run SQL statements as dba through ``isql-vt``; the output."""
        script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
        r = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba"], input=script,
                           capture_output=True, text=True, timeout=300)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            raise RuntimeError(f"isql failed: {r.stdout[-800:]} {r.stderr[-400:]}")
        return r.stdout

    def close(self):
        stop(self.proc)


# ------------------------------------------------------------------ SPARQL over HTTP

def select(endpoint, query, default_graph=None, opener=None):
    """SPARQL 1.1 Protocol: the JSON results of ``query`` (POSTed as a form)."""
    form = {"query": query}
    if default_graph:
        form["default-graph-uri"] = default_graph
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with (opener or urllib.request.build_opener()).open(req, timeout=120) as resp:
        return json.loads(resp.read().decode("utf-8"))


def count_triples(endpoint, graph=None):
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    rows = select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")["results"]["bindings"]
    return int(rows[0]["n"]["value"])


def _term(b):
    """A result term in a form both engines agree on: xsd:string literals are plain, numbers are
    compared by value (an engine may answer COUNT as xsd:int or xsd:integer)."""
    kind = "literal" if b["type"] in ("literal", "typed-literal") else b["type"]
    dt = b.get("datatype")
    if kind == "literal" and dt in NUMERIC:
        try:
            return ("number", Decimal(b["value"]).normalize())
        except InvalidOperation:
            pass
    if dt == XSD + "string":
        dt = None
    return (kind, b["value"], dt or "", (b.get("xml:lang") or "").lower())


def rows(results, concatenated=None):
    """Rows of SPARQL JSON results as sorted tuples of (variable, term), unbound left out.
    ``concatenated``: variable -> separator of a GROUP_CONCAT, whose parts come in an order
    SPARQL 1.1 leaves to the engine: they are compared sorted."""
    concatenated = concatenated or {}

    def term(v, t):
        if v in concatenated and t.get("type") in ("literal", "typed-literal"):
            sep = concatenated[v]
            t = dict(t, value=sep.join(sorted(t["value"].split(sep))))
        return _term(t)
    return [tuple(sorted((v, term(v, t)) for v, t in r.items())) for r in results["results"]["bindings"]]


def group_concat_variables(query):
    """Variable -> separator of each ``(GROUP_CONCAT(...; separator="S") AS ?v)`` of the query."""
    found = {}
    for m in re.finditer(r"GROUP_CONCAT\s*\((.*?)\bAS\s+\?(\w+)", query, re.I | re.S):
        sep = re.search(r'separator\s*=\s*"([^"]*)"', m.group(1), re.I)
        found[m.group(2)] = sep.group(1) if sep else " "
    return found


def order_variables(query):
    """The variables named in the query's last ORDER BY (``STR(?date)`` counts as ``?date``)."""
    m = list(re.finditer(r"ORDER\s+BY\s+(.*)", query, re.I | re.S))
    if not m:
        return []
    clause = re.split(r"\b(LIMIT|OFFSET)\b", m[-1].group(1), flags=re.I)[0]
    return re.findall(r"\?(\w+)", clause)


def same_results(query, expected, got):
    """``expected`` and ``got`` (SPARQL JSON) hold the same rows; with ORDER BY, the ordered
    variables also come in the same sequence (rows tied on them may come in any order)."""
    concatenated = group_concat_variables(query)
    a, b = rows(expected, concatenated), rows(got, concatenated)
    if sorted(a) != sorted(b):
        return False
    keys = order_variables(query)
    if keys:
        def key_seq(rs):
            return [tuple(dict(r).get(k) for k in keys) for r in rs]
        return key_seq(a) == key_seq(b)
    return True


def env_without_password():
    env = dict(os.environ)
    env.pop("KG_STORE_PASSWORD", None)
    return env
