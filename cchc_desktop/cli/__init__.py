"""``cchc``: the command line over the same use cases the window calls."""

from .main import main, run

__all__ = ["main", "run"]
