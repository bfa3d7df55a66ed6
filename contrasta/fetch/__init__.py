"""Pages from the web: a careful HTTP client, RSS/Atom feeds and what they remember.

Nothing is imported here, so that the readers in `contrasta.ingest` can use
`contrasta.fetch.captured` without pulling in the HTTP client (and without import cycles).
"""
