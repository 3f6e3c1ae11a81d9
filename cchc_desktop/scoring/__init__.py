"""Scoring rules of a criteria set and the roll-up of an assessment, in exact decimals."""
