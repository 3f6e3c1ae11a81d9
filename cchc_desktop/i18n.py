"""Text the user reads: the translation hook of the core, the message catalogue, one formatter.

No Qt here (the command line runs where Qt cannot load). The window installs a QTranslator for
its own ``tr()`` texts and calls :func:`set_language` so the core speaks the same language.

- ``QT_TRANSLATE_NOOP(context, text)`` marks a literal for ``pyside6-lupdate`` and returns it.
- ``translate(context, text)`` gives the text in the interface language (the Vietnamese source
  text unless a translation is loaded); ``pyside6-lupdate`` extracts its literal arguments too.
- ``define_messages({code: QT_TRANSLATE_NOOP("Messages", template)})`` registers the templates of
  error and warning codes, next to the code that raises them; ``message(code, params)`` renders
  one. Errors and warnings carry a code and parameters, the sentence is made at the edge.
- ``source_language()`` (a context manager, for this thread only) and ``@in_source_language``:
  the Vietnamese source texts whatever the interface language, for documents (official papers).
- ``fmt(template, **values)`` fills ``{name}`` placeholders in one pass: a value that contains
  ``{x}`` or ``%3`` comes through unchanged.
- ``number``, ``decimal_text``, ``percent_text``, ``date_text``: Vietnamese conventions
  (1.234 · 98,3 · 98,3 % · 31/12/2025).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

SOURCE_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
MESSAGES_CONTEXT = "Messages"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_translations: dict[tuple[str, str], str] = {}
_catalogue: dict[str, str] = {}
_documents = threading.local()  # .source: True while this thread renders a document
P = ParamSpec("P")
R = TypeVar("R")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def translate(context: str, text: str) -> str:
    if not _translations or getattr(_documents, "source", False):
        return text
    return _translations.get((context, text)) or text


@contextmanager
def source_language() -> Iterator[None]:
    """Texts in the source language (Vietnamese) in this thread while the block runs, whatever
    the interface language: documents (PDF, Excel, Word, package manifests, plan rows the program
    writes) are official papers. Other threads, the window's among them, keep translating."""
    before = getattr(_documents, "source", False)
    _documents.source = True
    try:
        yield
    finally:
        _documents.source = before


def in_source_language(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run inside :func:`source_language`."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with source_language():
            return function(*args, **kwargs)

    return wrapper


def language() -> str:
    return _language


def set_language(code: str, ts_file: Path | None = None) -> bool:
    """Switch the core's texts to ``code`` ("vi" or "en"); False when no translation is found.

    Translations come from the Qt Linguist file ``resources/translations/cchc_<code>.ts``,
    read here with the standard library so that the command line needs no Qt."""
    global _language
    if code == SOURCE_LANGUAGE:
        with _lock:
            _translations.clear()
            _language = code
        return True
    if ts_file is None:
        from . import paths

        ts_file = paths.resource("translations", f"cchc_{code}.ts")
    loaded = _read_ts(ts_file)
    if not loaded:
        return False
    with _lock:
        _translations.clear()
        _translations.update(loaded)
        _language = code
    return True


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    try:
        stat = path.stat()
    except OSError:
        return {}
    return dict(_parse_ts(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _parse_ts(path: Path, _mtime_ns: int, _size: int) -> tuple[tuple[tuple[str, str], str], ...]:
    """Read once per version of the file (the window and its command line both ask)."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return ()
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not (translation.text or "").strip():
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out[(name, source)] = translation.text or ""
    return tuple(out.items())


# --- the message catalogue ----------------------------------------------------------------------


def define_messages(entries: Mapping[str, str]) -> None:
    """Register message templates by code. A code names one template, everywhere."""
    with _lock:
        for code, template in entries.items():
            known = _catalogue.get(code)
            if known is not None and known != template:
                raise ValueError(f"message code {code!r} defined twice with different texts")
            _catalogue[code] = template


def message_template(code: str) -> str | None:
    return _catalogue.get(code)


def message(code: str, params: Mapping[str, Any] | None = None) -> str:
    """The sentence for ``code`` in the interface language, its placeholders filled."""
    template = _catalogue.get(code)
    if template is None:  # a bug, but the user must still see something useful
        details = ", ".join(f"{k}={v}" for k, v in (params or {}).items())
        return f"[{code}] {details}".strip()
    return fmt(translate(MESSAGES_CONTEXT, template), **dict(params or {}))


def registered_codes() -> list[str]:
    return sorted(_catalogue)


class Message:
    """A code with parameters, rendered when shown (so in the language of that moment).
    Usable as a parameter of another message: ``fmt`` renders it in place."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any):
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return message(self.code, self.params)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "params": {k: _jsonable(v) for k, v in self.params.items()},
            "message": str(self),
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


# --- formatting --------------------------------------------------------------------------------


def fmt(template: str, /, **values: Any) -> str:
    """``template`` with each ``{name}`` replaced by ``str(values[name])``, in one pass.

    An unknown name stays as written, so a template and its values can never raise."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def number(value: int) -> str:
    """12345 → "12.345": Vietnamese groups thousands with dots."""
    return f"{value:,}".replace(",", ".")


def decimal_text(value: Decimal | float, places: int | None = None) -> str:
    """Decimal comma, thousands with dots, no trailing zeros unless ``places`` is given:
    Decimal("12.50") → "12,5"; places=2 → "12,50"."""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
        text = f"{value:,.{places}f}"
    else:
        text = f"{value.normalize():,f}" if value != 0 else "0"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent_text(value: Decimal | float, places: int = 1) -> str:
    return f"{decimal_text(value, places)} %"


def date_text(value: dt.date | None) -> str:
    """31/12/2025, as Vietnamese offices write dates ("" for no date)."""
    return value.strftime("%d/%m/%Y") if value else ""


def datetime_text(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M:%S") if value else ""
