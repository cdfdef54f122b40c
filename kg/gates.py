"""Which rules can fire in a sentence: each rule's cue words, read once from its code.

Nearly every relation rule, and many of the event trigger finders, start by looking for
their cue words and do nothing in a sentence without them::

    def lead_relations(view, kb, out):
        for i in view.positions(LEAD_CUES):
            ...

    def toppling_triggers(view):
        out = []
        for i in view.positions(TOPPLING):
            ...
        return out

Called for every sentence, the fifty relation rules cost two Python calls each only to find
that their words are not there (about 420,000 calls per 1,000 news articles, 1,200 of which
add a relation). :func:`cue_words` reads, once, the words a function of one of those shapes
starts from (the arguments of its ``view.positions`` loops, evaluated in its module);
:func:`gated` pairs each rule with them (once per process: ``kg.pipeline._resources`` reads
them before workers fork), and :func:`applicable` leaves out, for ``extract_relations`` and
``find_triggers``, a rule whose words the sentence lacks (a skipped finder finds nothing):
one intersection of the sentence's words with an index of every rule's words
(:class:`Gated`), and the rules of that set of words kept, rather than one set test per rule.
A function of any other shape (other code before its loops than naming a view attribute or
an empty list, other code after them, cue words held in a local) gets None and always runs:
a new rule never goes missing, it only stays ungated.
"""
from __future__ import annotations

import ast
import builtins
import linecache
import textwrap
from functools import lru_cache


def cue_words(rule):
    """The words ``rule(view, kb, out)`` starts from, as a frozenset, or None when it may
    act in a sentence without any of them."""
    while hasattr(rule, "__wrapped__"):      # functools.wraps: the function wrapped is read
        rule = rule.__wrapped__
    fn = _definition(rule)
    if fn is None or not fn.args.args:
        return None
    view = fn.args.args[0].arg
    body = list(fn.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
        body = body[1:]                       # the docstring
    lists = set()
    while body and (_names_a_view_attribute(body[0], view) or _empty_list(body[0])):
        if _empty_list(body[0]):
            lists.add(body[0].targets[0].id)  # out = []
        body = body[1:]                       # toks = view.tokens
    if body and isinstance(body[-1], ast.Return):
        returned = body[-1].value             # return out: an empty list when no loop runs
        if not (isinstance(returned, ast.Name) and returned.id in lists):
            return None
        body = body[:-1]
    if not body or not all(isinstance(stmt, ast.For) and not stmt.orelse for stmt in body):
        return None
    words = set()
    for loop in body:
        it = loop.iter
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr == "positions"
                and isinstance(it.func.value, ast.Name) and it.func.value.id == view
                and len(it.args) == 1 and not it.keywords):
            return None
        names = {n.id for n in ast.walk(it.args[0]) if isinstance(n, ast.Name)}
        if not names <= set(rule.__globals__) | set(dir(builtins)):
            return None
        words |= set(eval(compile(ast.Expression(it.args[0]), "<cue words>", "eval"), dict(rule.__globals__)))
    return frozenset(words)


def _definition(function):
    """The ``def`` of ``function``, parsed from its own lines of source, or None."""
    code = getattr(function, "__code__", None)
    if code is None:
        return None
    last = max((end for _, end, _, _ in code.co_positions() if end is not None), default=0)
    lines = linecache.getlines(code.co_filename)[code.co_firstlineno - 1:last]
    try:
        tree = ast.parse(textwrap.dedent("".join(lines)))
    except SyntaxError:
        return None
    node = tree.body[0] if tree.body else None
    return node if isinstance(node, ast.FunctionDef) and node.name == code.co_name else None


def _empty_list(stmt) -> bool:
    return (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.List) and not stmt.value.elts)


def _names_a_view_attribute(stmt, view) -> bool:
    return (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.Attribute) and isinstance(stmt.value.value, ast.Name)
            and stmt.value.value.id == view)


class Gated(tuple):
    """(rule, its cue words or None) for each rule, in order, with an index of the words:
    ``masks`` maps a cue word to the rules starting from it (bit k: the k-th rule),
    ``always`` the rules with none, ``cues`` every cue word. :func:`applicable` reads a
    sentence's rules from them with one set intersection, instead of one set test per rule."""

    #: the rule lists kept per set of rules found (a few thousand in a large corpus: the cache
    #: starts over past this many, so that memory does not grow with the corpus)
    KEPT = 4096

    def __new__(cls, pairs):
        self = super().__new__(cls, pairs)
        self.masks = {}
        self.always = 0
        for k, (_, cues) in enumerate(self):
            if cues is None:
                self.always |= 1 << k
            else:
                for w in cues:
                    self.masks[w] = self.masks.get(w, 0) | 1 << k
        self.cues = frozenset(self.masks)
        self.by_mask = {}
        return self

    def rules(self, mask) -> tuple:
        """The rules of the bits of ``mask``, in order (worked out once per mask)."""
        rules = self.by_mask.get(mask)
        if rules is None:
            if len(self.by_mask) >= self.KEPT:
                self.by_mask.clear()
            rules = self.by_mask[mask] = tuple(rule for k, (rule, _) in enumerate(self) if mask >> k & 1)
        return rules


@lru_cache(maxsize=8)
def gated(rules: tuple) -> Gated:
    """(rule, its cue words or None) for each rule, in order (a :class:`Gated`)."""
    return Gated((rule, cue_words(rule)) for rule in rules)


def applicable(pairs, view) -> tuple:
    """The rules of ``pairs`` (:func:`gated`) that can fire in ``view``'s sentence, in order:
    those whose cue words it holds, and those with none."""
    if not isinstance(pairs, Gated):
        vocab = view._vocab
        return tuple(rule for rule, cues in pairs if cues is None or not vocab.isdisjoint(cues))
    mask = pairs.always
    masks = pairs.masks
    for w in pairs.cues.intersection(view._vocab):
        mask |= masks[w]
    return pairs.rules(mask)
