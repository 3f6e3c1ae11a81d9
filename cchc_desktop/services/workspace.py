"""The open data folder and every use case on it: what the window and the command line hold.

    ws = Workspace.open(data_dir)                # or demo="first-run" / "if-empty"
    ws.plans.all(); ws.imports.preview_file(path); ws.backups.create("manual") ...
    ws.close()

The clock is injectable (tests set "today"); every service reads it through ``ws.today()``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import QT_TRANSLATE_NOOP, Message, define_messages
from ..storage import plans as plan_store
from ..storage import settings as settings_store
from ..storage import units as unit_store
from ..storage.locks import exclusive
from ..storage.opening import open_data_folder
from ..storage.session import Database

if TYPE_CHECKING:
    from .backups import BackupService
    from .changelog import ChangeLogService
    from .edits import EditEngine
    from .plans import PlanService
    from .settings import SettingsService
    from .units import UnitService

Clock = Callable[[], dt.datetime]

define_messages(
    {
        "demo.loaded": QT_TRANSLATE_NOOP("Messages", "Đã nạp kế hoạch mẫu (ID {id})."),
        "demo.not_loaded": QT_TRANSLATE_NOOP(
            "Messages", "Cơ sở dữ liệu đã có kế hoạch, không nạp kế hoạch mẫu."
        ),
    }
)


# Services that arrive with later features, created on first use (their modules, and what those
# import, stay unloaded until then: the window starts faster). name → (module, class).
LAZY_SERVICES = {
    "register": ("register", "RegisterService"),  # annex editing, progress, filters, dashboard
    "evidence": ("evidence", "EvidenceService"),  # evidence files and documents
    "targets": ("targets", "TargetService"),  # plan targets (chỉ tiêu)
    "criteria": ("criteria", "CriteriaService"),  # criteria sets
    "scoring": ("scoring", "ScoringService"),  # assessments, scores, appraisal, lost points
    "documents": ("documents", "DocumentService"),  # PDF / Excel / Word documents
    "packages": ("packages", "PackageService"),  # upload packages and the outbox
    # The annex importers load when an annex is imported, not at every start of ``cchc``.
    "imports": ("imports", "ImportService"),
}


class Workspace:
    def __getattr__(self, name: str):
        # Only called when normal lookup fails: a lazily created service.
        if name in LAZY_SERVICES:
            import importlib

            module_name, class_name = LAZY_SERVICES[name]
            module = importlib.import_module(f"{__package__}.{module_name}")
            service = getattr(module, class_name)(self)
            setattr(self, name, service)
            return service
        raise AttributeError(name)

    def __init__(self, db: Database, *, created: bool = False, notices: list[Message] | None = None):
        self.db = db
        self.created = created
        self.notices: list[Message] = list(notices or [])
        if not db.read_only:
            with db.transaction() as tx:
                unit_store.fill_match_keys(tx)
        # Transactions committed when this process last backed the data up, or opened it (the
        # demo plan loaded at a first run is not a change of the user's): see changed_since_backup.
        self.changes_at_backup = db.changes_committed

    # The core services, made on first use too: ``cchc plans`` needs neither the edit engine
    # (its steps, the renumbering, every edit's dataclass) nor the backups.

    @cached_property
    def edits(self) -> EditEngine:
        from .edits import EditEngine

        return EditEngine(self.db)

    @cached_property
    def settings(self) -> SettingsService:
        from .settings import SettingsService

        return SettingsService(self)

    @cached_property
    def plans(self) -> PlanService:
        from .plans import PlanService

        return PlanService(self)

    @cached_property
    def backups(self) -> BackupService:
        from .backups import BackupService

        return BackupService(self)

    @cached_property
    def log(self) -> ChangeLogService:
        from .changelog import ChangeLogService

        return ChangeLogService(self)

    @cached_property
    def units(self) -> UnitService:
        from .units import UnitService

        return UnitService(self)

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock | None = None,
        demo: str | None = None,
        accept_empty: bool = False,
    ) -> Workspace:
        """Open (or create) the data folder's database. ``demo``: "first-run" loads the demo
        plan into a new database the first time only; "if-empty" into any empty database.
        ``accept_empty``: start with empty data where the folder shows a database existed."""
        opened = open_data_folder(data_dir, clock=clock, accept_empty=accept_empty)
        workspace = cls(opened.db, created=opened.created, notices=opened.notices)
        try:
            if accept_empty:
                workspace.mark_demo_offered()
            if demo and not opened.db.read_only:
                loaded = workspace.load_demo(only_first_run=demo == "first-run")
                if loaded is not None:
                    workspace.notices.append(Message("demo.loaded", id=loaded))
                elif demo == "if-empty":
                    workspace.notices.append(Message("demo.not_loaded"))
        except BaseException:
            workspace.close()
            raise
        workspace.changes_at_backup = opened.db.changes_committed
        return workspace

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def now(self) -> dt.datetime:
        return self.db.clock()

    def today(self) -> dt.date:
        return self.db.clock().date()

    def changed_since_backup(self) -> bool:
        """Whether anything was committed since this process last backed up (or opened) the
        data: the window's automatic backups ask this without loading the backups service."""
        return self.db.changes_committed != self.changes_at_backup

    def target_count(self, plan_id: int) -> int:
        """How many targets the plan has (the window's tab title), read without loading the
        targets service."""
        from ..storage import targets as target_store

        return target_store.count(self.db, plan_id)

    def packages_waiting(self) -> int:
        """Upload packages not yet marked sent (the window's reminder at start), read without
        loading the packages service and the exporters it brings."""
        from ..storage import outbox as outbox_store

        return outbox_store.waiting_count(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the demo plan -------------------------------------------------------------------------

    def mark_demo_offered(self) -> None:
        with self.db.transaction() as tx:
            settings_store.put(tx, settings_store.DEMO_OFFERED_KEY, "1")

    def load_demo(self, only_first_run: bool = False) -> int | None:
        """The demo plan into an empty database; None when not loaded. Processes opening the
        same new folder at once load it once: the check and the insert share one lock."""
        if plan_store.live_count(self.db) > 0:
            return None
        if only_first_run and settings_store.get(self.db, settings_store.DEMO_OFFERED_KEY) == "1":
            return None
        from .. import paths
        from ..interchange.plan_json import read_bundled_plan

        doc = read_bundled_plan(paths.demo_plan_path())  # without jsonschema: a first start is quicker
        with exclusive(self.data_dir, "demo"), self.db.transaction() as tx:
            if tx.execute("SELECT count(*) FROM plans WHERE deleted_at IS NULL").fetchone()[0] > 0:
                return None
            if only_first_run and settings_store.get(tx, settings_store.DEMO_OFFERED_KEY) == "1":
                return None
            doc.uuid = ""  # the demo is a fresh plan each time it is loaded
            plan_id = plan_store.insert_document(tx, doc)
            tx.log(
                "create",
                "plan",
                plan_id=plan_id,
                entity_id=plan_id,
                entity_uuid=doc.uuid,
                new=str(doc.counts().message()),
            )
            settings_store.put(tx, settings_store.DEMO_OFFERED_KEY, "1")
        return plan_id
