"""Numbering of an annex, recomputed after the user moves things around: sections I, II …;
items 1, 2 … restarting in each section or running on across sections; sub-items 1.1, 1.2 …
(or a), b) … where the plan letters them)."""

from __future__ import annotations

from collections.abc import Iterable

from ..text import from_roman, to_roman
from .plan import AnnexItem, AnnexSection

NUMBERING_MODES = ("per_section", "continuous")
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _letter(index: int) -> str:
    return _LETTERS[index] if index < len(_LETTERS) else f"{_LETTERS[-1]}{index - len(_LETTERS) + 2}"


def _is_lettered(items: list[AnnexItem]) -> bool:
    return bool(items) and all(len(i.number) == 1 and i.number.isalpha() for i in items)


def _number_children(parent: AnnexItem, out: dict[str, str]) -> None:
    lettered = _is_lettered(parent.children)
    for index, child in enumerate(parent.children):
        out[child.uuid] = _letter(index) if lettered else f"{out.get(parent.uuid, parent.number)}.{index + 1}"
        _number_children(child, out)


def compute_numbers(
    sections: list[AnnexSection],
    mode: str = "per_section",
    only_sections: Iterable[str] | None = None,
    renumber_sections: bool = False,
) -> dict[str, str]:
    """New numbers by uuid: section codes (when ``renumber_sections``) and item numbers (of the
    sections in ``only_sections``, all when None; in continuous mode every section after the
    first one named as well, since their numbers follow on)."""
    wanted = None if only_sections is None else set(only_sections)
    out: dict[str, str] = {}
    roman = 0
    running = 0
    touched = wanted is None
    for section in sections:
        # Sections with a Roman code are renumbered; an untitled one ("") keeps having none.
        if renumber_sections and section.code and from_roman(section.code) is not None:
            roman += 1
            out[section.uuid] = to_roman(roman)
        if mode == "per_section":
            running = 0
        touched = touched or (wanted is not None and section.uuid in wanted)
        renumber_here = wanted is None or section.uuid in wanted or (mode == "continuous" and touched)
        for item in section.items:
            running += 1
            if renumber_here:
                out[item.uuid] = str(running)
                _number_children(item, out)
    return out
