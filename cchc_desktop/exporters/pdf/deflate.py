"""Page streams deflated on the second core while the next pages are laid out.

reportlab deflates every page's content stream when the document is saved, all at the end: a
tenth of the time of a long annex. zlib lets go of the interpreter lock while it works, so each
finished page goes to a worker thread at once, and when reportlab deflates that same text at
save time the bytes are ready. They are exactly what reportlab would make (the same zlib call
on the same input); any other stream (fonts) is deflated by reportlab itself as before.

reportlab has no hook for this: its one deflate filter (``pdfdoc.PDFZCompress``) is given an
``encode`` of ours while any document is rendered, and its own again after the last.
"""

from __future__ import annotations

import queue
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab.pdfbase import pdfdoc


class _Job:
    __slots__ = ("done", "result", "text")

    def __init__(self, text: str):
        self.text = text
        self.result = b""
        self.done = threading.Event()


class PageDeflater:
    """Deflates the page streams of one document, in a worker thread, as they are finished."""

    def __init__(self) -> None:
        self._jobs: dict[int, _Job] = {}  # by id() of the page's text, which reportlab keeps
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="cchc-pdf-deflate", daemon=True)
        self._thread.start()

    def submit(self, text: str) -> None:
        job = _Job(text)
        self._jobs[id(text)] = job
        self._queue.put(job)

    def take(self, text: str) -> bytes | None:
        """The deflated bytes of a text submitted before (None for any other)."""
        job = self._jobs.pop(id(text), None)
        if job is None or job.text is not text:
            return None
        job.done.wait()
        return job.result

    def close(self) -> None:
        self._queue.put(None)
        self._jobs.clear()

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                job.result = zlib.compress(job.text.encode("utf8"))  # as reportlab's filter does
            finally:
                job.done.set()


_lock = threading.Lock()
_active: list[PageDeflater] = []
_reportlab_encode: Callable[[object], bytes] | None = None


def _encode(text: object) -> bytes:
    if isinstance(text, str):
        for deflater in list(_active):
            found = deflater.take(text)
            if found is not None:
                return found
    assert _reportlab_encode is not None
    return _reportlab_encode(text)


@contextmanager
def page_deflater() -> Iterator[PageDeflater]:
    """A deflater for one document, reportlab's filter answering from it while it is open."""
    global _reportlab_encode
    deflater = PageDeflater()
    with _lock:
        if not _active:
            _reportlab_encode = pdfdoc.PDFZCompress.encode
            pdfdoc.PDFZCompress.encode = _encode
        _active.append(deflater)
    try:
        yield deflater
    finally:
        deflater.close()
        with _lock:
            _active.remove(deflater)
            if not _active:
                del pdfdoc.PDFZCompress.encode  # the class's own method again
                _reportlab_encode = None
