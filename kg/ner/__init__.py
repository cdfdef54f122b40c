"""Statistical named-entity recognition (PER / ORG / LOC) for Arabic news.

``tag(sentences)`` tags lists of raw tokens with the shipped CRF model;
``Tagger(model_path)`` loads another model. Training: ``python -m kg.ner.train``;
scoring: ``kg evaluate-ner FILE``. See docs/ner.md.
"""
from kg.ner.tagger import Tagger, tag

__all__ = ["Tagger", "tag"]
