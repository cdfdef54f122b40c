"""kg: Arabic news articles into a provenance-carrying RDF knowledge graph."""

__version__ = "0.1.0"
