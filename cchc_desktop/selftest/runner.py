"""Running the self-test: the steps in order, a failed step's dependents reported as skipped,
one :class:`CheckResult` per step (✓ / ✗ and what was found or what failed), the temporary folder
removed afterwards. The steps themselves: :mod:`.steps`; reading files back: :mod:`.files`."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import CchcError
from ..i18n import QT_TRANSLATE_NOOP, Message, decimal_text, define_messages
from .files import ReadBackError

if TYPE_CHECKING:
    from ..services.workspace import Workspace

define_messages(
    {
        "selftest.skipped": QT_TRANSLATE_NOOP("Messages", "bỏ qua vì bước «{step}» không đạt"),
        "selftest.error": QT_TRANSLATE_NOOP("Messages", "lỗi không mong đợi {kind}: {detail}"),
        "selftest.header": QT_TRANSLATE_NOOP("Messages", "Tự kiểm tra CCHC Desktop {version} ({where})"),
        "selftest.where_bundle": QT_TRANSLATE_NOOP("Messages", "bản đóng gói"),
        "selftest.where_source": QT_TRANSLATE_NOOP("Messages", "chạy từ mã nguồn"),
        "selftest.all_ok": QT_TRANSLATE_NOOP("Messages", "Kết quả: cả {count} mục đều đạt ({seconds} giây)."),
        "selftest.some_failed": QT_TRANSLATE_NOOP(
            "Messages",
            "Kết quả: {failed}/{count} mục KHÔNG đạt ({seconds} giây). Hãy gửi các dòng trên cho bộ phận hỗ trợ.",
        ),
        "selftest.kept": QT_TRANSLATE_NOOP("Messages", "Các tệp của lần kiểm tra được giữ lại ở: {folder}"),
    }
)


class CheckFailed(Exception):
    """A check that found something wrong (not a bug): its message is the ✗ line's detail."""

    def __init__(self, message: Message | str):
        super().__init__(str(message))
        self.message = message


@dataclass
class SelfTestContext:
    """What the steps share: the temporary folder, the workspace and what was made so far."""

    folder: Path
    ws: Workspace | None = None
    plan_id: int = 0
    row_uuid: str = ""
    assessment_id: int = 0
    files: dict[tuple[str, str], Path] = field(default_factory=dict)  # (kind, format) → file

    @property
    def workspace(self) -> Workspace:
        if self.ws is None:
            raise CheckFailed(Message("selftest.skipped", step=Message("selftest.database")))
        return self.ws


@dataclass(frozen=True)
class Step:
    key: str
    label: Message | str
    run: Callable[[SelfTestContext], Message | str]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    key: str
    label: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.label}: {self.detail}"


@dataclass
class SelfTestReport:
    results: list[CheckResult]
    seconds: float
    folder: Path | None = None  # kept for a look, else None

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if not r.ok]

    def summary(self) -> str:
        seconds = decimal_text(self.seconds, 1)
        if self.ok:
            return str(Message("selftest.all_ok", count=len(self.results), seconds=seconds))
        return str(
            Message("selftest.some_failed", failed=len(self.failed), count=len(self.results), seconds=seconds)
        )


# --- running -----------------------------------------------------------------------------------


def _failure_text(error: BaseException) -> str:
    if isinstance(error, CheckFailed):
        return str(error.message)
    if isinstance(error, ReadBackError):
        return str(error.message)
    if isinstance(error, CchcError):
        return error.message
    detail = str(error) or repr(error)
    return str(Message("selftest.error", kind=type(error).__name__, detail=detail))


def _remove(folder: Path) -> None:
    """The temporary folder, read-only files (the evidence store's) included."""
    import os
    import stat

    def retry(function: Callable[..., Any], path: str, *_error: Any) -> None:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
        function(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=retry)
    else:
        shutil.rmtree(folder, onerror=retry)


class SelfTest:
    """The steps, run in order; :meth:`add` appends the window's own checks."""

    def __init__(self, steps: Iterable[Step] | None = None):
        if steps is None:
            from .steps import core_steps

            steps = core_steps()
        self.steps: list[Step] = list(steps)

    def add(self, step: Step) -> None:
        self.steps.append(step)

    def run(
        self, on_result: Callable[[CheckResult], None] | None = None, *, keep: bool = False
    ) -> SelfTestReport:
        started = time.perf_counter()
        folder = Path(tempfile.mkdtemp(prefix="cchc-tu-kiem-tra-"))
        ctx = SelfTestContext(folder)
        results: list[CheckResult] = []
        passed: set[str] = set()
        labels = {step.key: str(step.label) for step in self.steps}
        try:
            for step in self.steps:
                result = self._run_step(step, ctx, passed, labels)
                if result.ok:
                    passed.add(step.key)
                results.append(result)
                if on_result is not None:
                    on_result(result)
        finally:
            if ctx.ws is not None:
                ctx.ws.close()
            if not keep:
                _remove(folder)
        return SelfTestReport(results, time.perf_counter() - started, folder if keep else None)

    @staticmethod
    def _run_step(step: Step, ctx: SelfTestContext, passed: set[str], labels: dict[str, str]) -> CheckResult:
        label = str(step.label)
        blocked = [key for key in step.needs if key not in passed]
        if blocked:
            detail = str(Message("selftest.skipped", step=labels.get(blocked[0], blocked[0])))
            return CheckResult(step.key, label, False, detail, 0.0)
        started = time.perf_counter()
        try:
            detail = str(step.run(ctx))
            ok = True
        except Exception as error:  # every failure becomes a ✗ line; the next checks still run
            detail, ok = _failure_text(error), False
        return CheckResult(step.key, label, ok, detail, time.perf_counter() - started)


def header() -> str:
    from .. import __version__

    where = Message("selftest.where_bundle" if getattr(sys, "frozen", False) else "selftest.where_source")
    return str(Message("selftest.header", version=__version__, where=where))


def run_and_print(
    out: TextIO | None = None, *, extra: Iterable[Step] = (), keep: bool = False
) -> SelfTestReport:
    """The whole self-test, each line printed as its check ends (a hang shows where it is)."""
    stream = out if out is not None else sys.stdout

    def say(text: str) -> None:
        if stream is not None:
            print(text, file=stream, flush=True)

    test = SelfTest()
    for step in extra:
        test.add(step)
    say(header())
    report = test.run(lambda result: say(result.line()), keep=keep)
    say(report.summary())
    if report.folder is not None:
        say(str(Message("selftest.kept", folder=report.folder)))
    return report
