"""What "a quotation's text comes from the article" means once interruptions are cut out.

A quotation's text is a piece of the body, except an interrupted one («Мы готовы, — сказал
он, — к диалогу»), whose words are joined without the attribution: its text is then pieces
of the body in order.
"""

from __future__ import annotations


def from_body(text: str, body: str) -> bool:
    """Whether `text` is `body`'s characters in order, with at most one piece left out."""
    if text in body:
        return True
    for k in range(1, len(text)):
        head, tail = text[:k], text[k:].lstrip()
        at = body.find(head)
        if at >= 0 and tail and body.find(tail, at + len(head)) >= 0:
            return True
    return False
