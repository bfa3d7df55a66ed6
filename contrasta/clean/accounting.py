"""Every line of a source is accounted for: in the title, in the text, or removed with a rule.

Cleaning takes things out of what a user gave us, so it must be able to show where each
line went; a line in none of the three places was lost silently. A line may be split (a
credit cut from the end of a paragraph, a header glued to a headline): its pieces, put
together, must give the line back. Compared with whitespace folded, since readers collapse
runs of spaces and join hand-wrapped lines into one paragraph.
"""

from __future__ import annotations

from contrasta.model import Article, RawDocument


def _fold(text: str) -> str:
    return " ".join(text.split())


def unaccounted(raw: RawDocument, article: Article) -> list[str]:
    """The non-blank lines of `raw.text` found in neither the title, the text, nor the
    removed lines of `article` (an empty list when nothing was lost)."""
    paragraphs = [_fold(p) for p in article.paragraphs]
    removed = [_fold(r.text) for r in article.removed]
    title = _fold(article.title)

    def placed(piece: str) -> bool:
        return piece == title or any(piece in p for p in paragraphs)

    missing = []
    for line in (_fold(line) for line in raw.text.splitlines()):
        if not line or placed(line) or any(line in r for r in removed):
            continue
        pieces = [line]
        for cut in removed:
            if not cut:
                continue
            pieces = [part for piece in pieces for part in _cut(piece, cut)]
        if pieces == [line] or not all(map(placed, pieces)):
            missing.append(line)
    return missing


def _cut(piece: str, cut: str) -> list[str]:
    """`piece` without `cut` (once), as the folded parts left on either side."""
    before, found, after = piece.partition(cut)
    if not found:
        return [piece]
    return [part for part in (_fold(before), _fold(after)) if part]
