"""Rule-based grammars over raw text: numeric figures and dates (no spaCy)."""
