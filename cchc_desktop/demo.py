"""The demo plan (xã Cửa Tùng, 6 tháng cuối năm 2025), loaded into an empty database."""

from __future__ import annotations

from . import paths
from .interchange import read_plan_file
from .store import Store

DEMO_OFFERED_KEY = "demo_offered"


def load_demo_if_empty(store: Store) -> int | None:
    """Add the demo plan when the database holds no plan; return its id, or None if not loaded."""
    if store.plan_count() > 0:
        return None
    plan_id = store.insert_plan(read_plan_file(paths.demo_plan_path()))
    store.set_setting(DEMO_OFFERED_KEY, "1")
    return plan_id


def load_demo_on_first_run(store: Store) -> int | None:
    """The first start of the window shows a real plan; later, an emptied database stays empty."""
    if store.get_setting(DEMO_OFFERED_KEY) == "1":
        return None
    return load_demo_if_empty(store)
