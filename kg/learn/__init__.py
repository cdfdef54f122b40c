"""The learned extractor: relations and event roles scored by logistic regression.

``candidates`` lists the pairs a model scores (two entities in a sentence; a
trigger word and an entity), ``features`` names what the model looks at,
``model`` holds the weights and scores candidates, ``train`` fits them on the
gold sets (``python -m kg.learn.train``), ``stage`` adds the model's relations
and roles to a document after the rules.
"""
