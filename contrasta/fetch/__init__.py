"""Pages from the web: a careful HTTP client, RSS/Atom feeds and what they remember.

What a fetch produces (`model.Captured`, a raw document with its fetch time) belongs to
the model, and the readers it hands pages to live in `contrasta.ingest`: fetch uses ingest,
never the other way round.
"""
