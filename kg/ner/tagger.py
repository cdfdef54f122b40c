"""The statistical named-entity tagger: a CRF (python-crfsuite) over raw tokens.

    >>> from kg.ner import tag
    >>> tag([["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"]])
    [['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']]

Tokens are raw surface tokens as ``camel_tools``' ``simple_word_tokenize``
makes them (clitics attached); tags are coarse BIO (``B-PER``, ``I-ORG``,
``B-LOC``, ``O``). The shipped model (``model.crfsuite``, CC BY-SA 3.0, see
``LICENSE-model.txt``) is loaded once, on first use.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.ner.features import FeatureExtractor

MODEL_PATH = Path(__file__).resolve().parent / "model.crfsuite"


class Tagger:
    """A CRF tagger loaded from a crfsuite model file (the shipped one by default).

    Tags are crfsuite's Viterbi path. By default the label scores of each token
    are computed once per distinct word from the weights read out of the model
    file and decoded by a score model (see :mod:`kg.ner.crf`), several times
    faster than feeding crfsuite every feature string; a model file that
    cannot be read so, or ``decoder="crfsuite"``, gets the feature strings.
    """

    def __init__(self, model_path=None, decoder="scores"):
        import pycrfsuite

        self.model_path = Path(model_path) if model_path else MODEL_PATH
        if not self.model_path.is_file():
            raise KgError(f"{self.model_path}: NER model file missing; "
                          "run `python -m kg.ner.train` to build it")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.model_path))
        except (OSError, ValueError) as exc:
            raise KgError(f"{self.model_path}: not a crfsuite model ({exc})") from None
        self._decoder = None
        if decoder == "scores":
            from kg.ner.crf import ScoreDecoder
            from kg.ner.features import (_BOS1, _BOS2, _EOS1, _EOS2, ID_PART_SIZES,
                                         token_feature_ids, token_features)
            try:
                self._decoder = ScoreDecoder(self.model_path, token_features,
                                             (_BOS2, _BOS1, _EOS1, _EOS2),
                                             part_ids=token_feature_ids, part_sizes=ID_PART_SIZES)
            except (OSError, ValueError):
                self._decoder = None   # not a file crf.read_model knows: feature strings
            if self._decoder is not None and self._decoder.labels != self._tagger.labels():
                self._decoder = None
        self._features = None

    def tag(self, sentences: list) -> list:
        """Coarse BIO tags for each token of each sentence (lists of strings)."""
        if self._decoder is not None:
            return self._decoder.tag(sentences)
        if self._features is None:
            known = frozenset(attr for attr, _ in self._tagger.info().state_features)
            self._features = FeatureExtractor(known, encode=True)
        tagger = self._tagger
        features = self._features.sentence
        out = []
        for tokens in sentences:
            if not tokens:
                out.append([])
                continue
            out.append(list(tagger.tag(features(tokens))))
        return out


_DEFAULT = None


def default_tagger() -> Tagger:
    """The shared tagger on the shipped model (loaded once per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Tagger()
    return _DEFAULT


def tag(sentences: list) -> list:
    """Tag sentences of raw surface tokens with the shipped model.

    ``sentences`` is a list of token lists; the result has one list of coarse
    BIO tags (``"B-PER"``, ``"I-ORG"``, ``"O"`` ...) per sentence.
    """
    return default_tagger().tag(sentences)
