"""Articles to stories (clusters of articles about one event)."""
