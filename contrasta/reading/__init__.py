"""Reading an article: sentences, words, names. Shared by grouping and the dossier."""
