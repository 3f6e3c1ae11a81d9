"""reportlab imports Pillow's image module when it starts (``reportlab.lib.utils``: ``from PIL
import Image``), for pictures; our documents draw none. That import is a fifth of the time
``cchc export … --format pdf`` takes to start (PIL.Image and its EXIF tables, ~25 ms), so the
module is registered as a lazy one first (the standard library's ``importlib.util.LazyLoader``):
it loads on first real use, if ever, and behaves as the ordinary module from then on."""

from __future__ import annotations

import importlib.util
import sys


def defer_pillow() -> None:
    """Make ``PIL.Image`` load on first use. Harmless when it is loaded already or missing."""
    if "PIL.Image" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("PIL.Image")
    except ImportError:
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    loader.exec_module(module)
    vars(sys.modules["PIL"])["Image"] = module  # as the import system does for a submodule
