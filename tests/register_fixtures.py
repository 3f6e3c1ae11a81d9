"""Shared pieces of the register tests: a workspace on a fixed clock with the demo plan, a
whole-state snapshot (every identity, progress, evidence link, tag, target) to compare after
undo and redo, and small builders."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from cchc_desktop.services.workspace import Workspace

TODAY = dt.datetime(2025, 10, 15, 9, 30)  # inside the demo plan's period (7–12/2025)


def fixed_clock(when: dt.datetime = TODAY):
    return lambda: when


def open_with_demo(data_dir: Path, demo_doc, when: dt.datetime = TODAY) -> tuple[Workspace, int]:
    """A workspace on a fixed clock holding a copy of the demo plan (Cửa Tùng, 6 tháng cuối 2025)."""
    from cchc_desktop.services.plans import fresh_identities

    ws = Workspace.open(data_dir, clock=fixed_clock(when))
    applied = ws.plans.create(fresh_identities(copy.deepcopy(demo_doc)))
    return ws, applied.edit.steps[0].doc.id


def state(ws: Workspace, plan_id: int) -> dict:
    """Everything the user could see of a plan, identities included."""
    exported = json.loads(ws.plans.export_json(plan_id, None) or "{}")
    exported.pop("exported_at", None)
    exported.get("plan", {}).pop("updated_at", None)
    links = {}
    view = ws.register.view(plan_id)
    for row in view.rows:
        links[row.uuid] = [d.uuid for d in ws.evidence.documents(row.uuid)]
    targets = [t.__dict__ for t in ws.targets.all(plan_id)]
    documents = sorted((u.document.uuid, u.document.describe(), u.rows) for u in ws.evidence.all())
    return {"plan": exported, "links": links, "targets": targets, "documents": documents}


def row_uuids(ws: Workspace, plan_id: int) -> list[str]:
    return [row.uuid for row in ws.register.view(plan_id).rows]


def numbers(ws: Workspace, plan_id: int) -> list[tuple[str, str]]:
    """(section code, item number) of every item, in annex order."""
    view = ws.register.view(plan_id)
    codes = {s.uuid: s.code for s in view.sections}
    return [(codes[i.section_uuid], i.number) for i in view.items]


def undo_redo_exact(ws: Workspace, plan_id: int, applied, before: dict) -> None:
    """Undo (the inverse replayed) gives back exactly ``before``, redo exactly the state after
    the edit, twice over, identities included."""
    after = state(ws, plan_id)
    ws.edits.replay(applied.edit.inverse())
    assert state(ws, plan_id) == before
    redone = ws.edits.replay(applied.edit)
    assert state(ws, plan_id) == after
    ws.edits.replay(redone.edit.inverse())
    assert state(ws, plan_id) == before
    ws.edits.replay(redone.edit)
    assert state(ws, plan_id) == after
