"""Reading the task register: a plan's rows as flat views in annex order (due times read,
search text folded once), refreshed after edits, listed with filters, rolled up for the
dashboard. Part of :class:`~cchc_desktop.services.register.RegisterService`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING

from ..domain import Period, Unit
from ..domain.due import DueRange, parse_due
from ..domain.register import ItemRef, RegisterFilter, RegisterRow, SectionRef, search_fold, search_phrase
from ..domain.register_view import PlanHeading, RegisterView
from ..storage import register_queries as rq
from ..storage.bulk import collector_paused
from ..text import unit_key

if TYPE_CHECKING:
    from ..domain.edits import Changed
    from ..domain.register_figures import Dashboard
    from .workspace import Workspace

# Field edits that change what a row shows without reshaping the annex: reload those rows only.
_ROW_ENTITIES = frozenset({"row", "progress", "tags"})
# Field edits that change what many rows show (an item's objective or number, a section's title,
# a unit's name): reload the whole view.
_WIDE_ENTITIES = frozenset({"section", "item", "unit", "plan"})


@dataclass(frozen=True)
class Refreshed:
    """What refreshing a view after an edit did: everything anew, or these rows."""

    full: bool
    indexes: tuple[int, ...] = ()
    # After a reshape of some sections only (the others as they were, the same objects): their
    # uuids; None: any of them may have changed.
    sections: frozenset[str] | None = None

    @property
    def nothing(self) -> bool:
        return not self.full and not self.indexes


_Extras = tuple[dict[int, "rq.RowUnits"], dict[int, int], dict[int, list[str]], "_Context"]


class _Context:
    """The sections rows sit in, the unit directory, and the caches of one load."""

    def __init__(self, ws: Workspace, plan: PlanHeading, sections: Sequence[SectionRef]) -> None:
        self.period_start = plan.period.start_date()
        self.period_end = plan.period.end_date()
        self.sections = {s.uuid: s for s in sections}
        self.unit_names = rq.unit_names(ws.db)
        self.due: dict[str, DueRange] = {}
        self.keys: dict[str, str] = {}
        self.units: dict[rq.RowUnits, tuple[frozenset[str], tuple[str, ...]]] = {}

    def due_of(self, text: str) -> DueRange:
        found = self.due.get(text)
        if found is None:
            found = self.due[text] = parse_due(text, self.period_start, self.period_end)
        return found

    def units_of(self, units: rq.RowUnits) -> tuple[frozenset[str], tuple[str, ...]]:
        """The unit keys a row is found by (as written and as the directory names them) and the
        directory's names it does not write ("Phòng VHXH" written: its full name searched too).
        Rows repeat the same units: worked out once per combination."""
        found = self.units.get(units)
        if found is None:
            keys = {self.key_of(label) for label in (*units.lead, *units.partners)}
            names: list[str] = []
            for unit_id in units.unit_ids:
                for name in self.unit_names.get(unit_id, ()):
                    if name and self.key_of(name) not in keys:
                        keys.add(self.key_of(name))
                        names.append(name)
            found = self.units[units] = (frozenset(keys), tuple(names))
        return found

    def key_of(self, label: str) -> str:
        found = self.keys.get(label)
        if found is None:
            found = self.keys[label] = unit_key(label)
        return found


def _ordered_items(
    sections: Sequence[rq.SectionRecord], items: Sequence[rq.ItemRecord], row_counts: dict[int, int]
) -> tuple[list[SectionRef], list[tuple[ItemRef, rq.ItemRecord]]]:
    """Sections and items in annex order (items depth-first), each item with its record."""
    children: dict[tuple[int, int | None], list[rq.ItemRecord]] = defaultdict(list)
    for item in items:
        children[(item.section_id, item.parent_id)].append(item)
    section_refs: list[SectionRef] = []
    ordered: list[tuple[ItemRef, rq.ItemRecord]] = []
    for section in sections:
        section_refs.append(SectionRef(section.uuid, section.code, section.title))
        stack: list[tuple[rq.ItemRecord, str | None, int]] = [
            (item, None, 1) for item in reversed(children[(section.id, None)])
        ]
        while stack:
            item, parent_uuid, depth = stack.pop()
            ordered.append(
                (
                    ItemRef(
                        item.uuid,
                        parent_uuid,
                        section.uuid,
                        item.number,
                        item.objective,
                        depth,
                        row_counts.get(item.id, 0),
                    ),
                    item,
                )
            )
            stack.extend((child, item.uuid, depth + 1) for child in reversed(children[(section.id, item.id)]))
    return section_refs, ordered


class RegisterReading:
    ws: Workspace

    # --- the view --------------------------------------------------------------------------------

    def heading(self, plan_id: int) -> PlanHeading:
        found = rq.plan_heading(self.ws.db, plan_id)  # not the plan list's summary: no counts
        if found is None:  # the plans service raises plan.not_found (its message lives there)
            summary = self.ws.plans.summary(plan_id)
            return PlanHeading(summary.id, summary.uuid, summary.title, summary.period, "per_section")
        uuid, title, kind, year, half, start_year, end_year, numbering = found
        period = Period(kind=kind, year=year, half=half, start_year=start_year, end_year=end_year)
        return PlanHeading(plan_id, uuid, title, period, numbering or "per_section")

    def view(self, plan_id: int, as_of: dt.date | None = None) -> RegisterView:
        """The plan's register, every row in annex order (load on the UI thread: sqlite)."""
        plan = self.heading(plan_id)
        # The collector waits until the view is built and what built it is gone: it then walks
        # only what the view keeps, once.
        with collector_paused():
            return RegisterView(plan, *self._load(plan), as_of or self.ws.today())

    def data_version(self) -> tuple[int, int]:
        """(ours, theirs): what this process wrote and what other processes committed, as numbers
        that move with each (storage/session.py). A view loaded when they read so is current as
        long as they read so still, or as long as every change since was one :meth:`concerns`
        says leaves it as it is (``ours``) and no other process wrote (``theirs``)."""
        return self.ws.db.data_version()

    def concerns(self, view: RegisterView, changed: Changed) -> bool:
        """Whether ``changed`` can alter what ``view`` holds (what :meth:`refresh` would have to
        read again). False for a change to another plan, its targets aside; True whenever it
        cannot tell (a unit renamed, a change naming no plan)."""
        entities = {entity for entity, _uuid, _field in changed.fields}
        if not changed.plans and (
            bool(changed.kinds & {"units", "annex"}) or bool(entities & _WIDE_ENTITIES)
        ):
            return True
        if "unit" in entities:
            return True
        return view.plan.uuid in changed.plans or view.plan.uuid in changed.structure

    def rows(self, plan_id: int, wanted: RegisterFilter | None = None, as_of: dt.date | None = None):
        """The rows a filter lets through, in annex order (the command line's listing)."""
        view = self.view(plan_id, as_of)
        return view.filtered(wanted or RegisterFilter())

    def refresh(self, view: RegisterView, changed: Changed) -> Refreshed:
        """Bring a view up to date after an edit: the rows it touched; after a reshape (or an
        item's or section's text changed) the annex's shape is read again, rows the view holds
        are kept (their place updated) and only new ones loaded; a unit renamed or merged
        reloads everything."""
        plan_uuid = view.plan.uuid
        entities = {entity for entity, _uuid, _field in changed.fields}
        touched = {
            uuid for entity, uuid, field in changed.fields if entity in _ROW_ENTITIES or field == "evidence"
        }
        if (not changed.plans and bool(changed.kinds & {"units", "annex"})) or "unit" in entities:
            view.plan = self.heading(view.plan.id)
            with collector_paused():
                view.reset(*self._load(view.plan))
            return Refreshed(True)
        if plan_uuid in changed.structure or entities & _WIDE_ENTITIES:
            return Refreshed(True, sections=self._reshape(view, touched, changed))
        if plan_uuid not in changed.plans or not touched:
            return Refreshed(False)
        ids = rq.row_ids(self.ws.db, view.plan.id, sorted(touched))
        if len(ids) != len([u for u in touched if view.index_of(u) is not None]):
            self._reshape(view, touched)
            return Refreshed(True)
        fresh = self._load_rows(view.plan, list(ids.values()), view)
        return Refreshed(False, tuple(view.replace_rows(fresh)))

    def unit_choices(self, typed: str = "") -> list[Unit]:
        """The unit directory for a cell's picker, filtered as the user types (name or short
        name, accents optional); free text stays allowed: a new name becomes a unit on save."""
        wanted = search_phrase(typed)
        units = self.ws.units.all()
        if not wanted:
            return units
        return [u for u in units if wanted in search_fold(f"{u.name} {u.short_name}")]

    # --- the dashboard ---------------------------------------------------------------------------

    def dashboard(self, plan_id: int, as_of: dt.date | None = None, within_days: int = 14) -> Dashboard:
        return self.dashboard_of(self.view(plan_id, as_of), as_of, within_days)

    def dashboard_of(
        self, view: RegisterView, as_of: dt.date | None = None, within_days: int = 14
    ) -> Dashboard:
        """Roll-ups of a loaded view (the dashboard page reuses the register's)."""
        # Loaded on first use: keeps start-up fast.
        from ..domain.register_figures import TargetFigures, roll_up

        targets = self.ws.targets.all(view.plan.id)
        figures = TargetFigures(
            total=len(targets),
            with_figure=sum(1 for t in targets if t.met is not None),
            met=sum(1 for t in targets if t.met is True),
            not_met=sum(1 for t in targets if t.met is False),
        )
        return roll_up(view.rows, view.sections, view.items, as_of or view.as_of, within_days, figures)

    # --- loading ---------------------------------------------------------------------------------

    def _load(self, plan: PlanHeading) -> tuple[list[RegisterRow], list[SectionRef], list[ItemRef]]:
        """The whole register: one read per table, the row views built in one loop (the window
        waits for this before its first paint). Call it with the collector paused."""
        db = self.ws.db
        by_item: dict[int, list[rq.RowCells]] = defaultdict(list)
        for cells in rq.row_cells(db, plan.id):
            by_item[cells[2]].append(cells)
        for item_rows in by_item.values():
            if len(item_rows) > 1:
                item_rows.sort(key=_POSITION)
        section_refs, ordered = _ordered_items(
            rq.sections(db, plan.id), rq.items(db, plan.id), {k: len(v) for k, v in by_item.items()}
        )
        context = _Context(self.ws, plan, section_refs)
        units, progress = rq.row_units(db, plan.id), rq.progress(db, plan.id)
        evidence, tags = rq.evidence_counts(db, plan.id), rq.row_tags(db, plan.id)
        sections, units_of, due_of = context.sections, context.units_of, context.due_of
        no_units, no_progress, no_section = rq.NO_UNITS, rq.NO_PROGRESS, SectionRef("", "", "")
        rows: list[RegisterRow] = []
        append, new_row = rows.append, _new_row
        for item, item_record in ordered:
            own = by_item.get(item_record.id)
            if not own:
                continue
            section = sections.get(item.section_uuid) or no_section
            for index, cells in enumerate(own):
                row_id, uuid, _item, _position, task, activity, result, due_text, budget = cells
                row_units = units.get(row_id, no_units)
                keys, names = units_of(row_units)
                status, done_on, note, reason = progress.get(row_id, no_progress)
                # In the order of RegisterRow's fields (as _row_view builds them), made by
                # tuple.__new__ directly: the named tuple's own __new__ is a Python call a row.
                append(
                    new_row(
                        (
                            uuid,
                            item.section_uuid,
                            section.code,
                            section.title,
                            item.uuid,
                            item.number,
                            item.objective,
                            item.depth,
                            index,
                            task,
                            activity,
                            result,
                            row_units.lead,
                            row_units.partners,
                            due_text,
                            budget,
                            due_of(due_text),
                            status,
                            _done_date(done_on) if done_on else None,
                            note,
                            reason,
                            evidence.get(row_id, 0),
                            tuple(tags[row_id]) if row_id in tags else (),
                            keys,
                            names,
                        )
                    )
                )
        return rows, section_refs, [item_ref for item_ref, _record in ordered]

    def _load_rows(self, plan: PlanHeading, row_ids: Sequence[int], view: RegisterView) -> list[RegisterRow]:
        """Rows the view holds, read again (their place in the annex unchanged)."""
        records = self._records(plan, row_ids, view.sections)
        out = []
        for record, (units, evidence, tags, context) in records:
            current = view.row(record.uuid)
            item_ref = view.item(current.item_uuid)
            assert item_ref is not None
            out.append(_row_view(record, current.row_index, item_ref, context, units, evidence, tags))
        return out

    def _records(
        self, plan: PlanHeading, row_ids: Sequence[int], sections: Sequence[SectionRef]
    ) -> list[tuple[rq.RowRecord, _Extras]]:
        """Some rows with what their views need besides (units, evidence counts, tags, caches)."""
        db = self.ws.db
        extras = (
            rq.row_units(db, plan.id, row_ids),
            rq.evidence_counts(db, plan.id, row_ids),
            rq.row_tags(db, plan.id, row_ids),
            _Context(self.ws, plan, sections),
        )
        return [(record, extras) for record in rq.rows(db, plan.id, row_ids)] if row_ids else []

    def _reshape(
        self, view: RegisterView, touched: set[str], changed: Changed | None = None
    ) -> frozenset[str] | None:
        """The annex's shape read again — of the sections the edit reshaped when the sections
        themselves stayed as they were (each put in place of its old self in the view, the rest
        untouched), else of all. Rows the view holds keep their objects (their place replaced
        where it moved); rows it lacks (and ``touched`` ones) are loaded. Returns the sections
        read (None: all)."""
        with collector_paused():
            db = self.ws.db
            plan = view.plan = self.heading(view.plan.id)
            section_records = rq.sections(db, plan.id)
            only = self._sections_to_read(view, section_records, changed)
            read = [s for s in section_records if only is None or s.uuid in only]
            section_refs, rows, items = self._shape(view, plan, read, only, touched)
            if only is None:
                view.reset(
                    [row for s in section_refs for row in rows.get(s.uuid, ())],
                    section_refs,
                    [item for s in section_refs for item in items.get(s.uuid, ())],
                )
                return None
            view.replace_sections(
                {s.uuid: (rows.get(s.uuid, []), items.get(s.uuid, [])) for s in section_refs}
            )
            return frozenset(only)

    def _shape(
        self,
        view: RegisterView,
        plan: PlanHeading,
        read: list[rq.SectionRecord],
        only: set[str] | None,
        touched: set[str],
    ) -> tuple[list[SectionRef], dict[str, list[RegisterRow]], dict[str, list[ItemRef]]]:
        """The sections ``read`` (all with ``only`` None): their rows and items, by section."""
        db = self.ws.db
        order = rq.row_order(db, plan.id, only)
        by_item: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for row_id, uuid, item_id in order:
            by_item[item_id].append((row_id, uuid))
        section_refs, ordered = _ordered_items(
            read, rq.items(db, plan.id, only), {k: len(v) for k, v in by_item.items()}
        )
        index_of, held_rows = view.index_of, view.rows
        wanted = [row_id for row_id, uuid, _item in order if uuid in touched or index_of(uuid) is None]
        fresh = {record.id: (record, extras) for record, extras in self._records(plan, wanted, section_refs)}
        sections = {s.uuid: s for s in section_refs}
        rows: dict[str, list[RegisterRow]] = defaultdict(list)
        items: dict[str, list[ItemRef]] = defaultdict(list)
        for item_ref, item_record in ordered:
            section = sections[item_ref.section_uuid]
            items[section.uuid].append(item_ref)
            section_rows = rows[section.uuid]
            for index, (row_id, uuid) in enumerate(by_item.get(item_record.id, ())):
                if row_id in fresh:
                    record, (units, evidence, tags, context) = fresh[row_id]
                    section_rows.append(_row_view(record, index, item_ref, context, units, evidence, tags))
                else:
                    section_rows.append(_placed(held_rows[index_of(uuid)], section, item_ref, index))  # type: ignore[index]
        return section_refs, rows, items

    @staticmethod
    def _sections_to_read(
        view: RegisterView, section_records: Sequence[rq.SectionRecord], changed: Changed | None
    ) -> set[str] | None:
        """The sections an edit reshaped or renumbered, when the sections themselves are as the
        view has them (no section added, removed, moved or retitled); None: read them all."""
        if changed is None or not changed.sections:
            return None
        current = [SectionRef(s.uuid, s.code, s.title) for s in section_records]
        if current != list(view.sections):
            return None
        only = set(changed.sections)
        for entity, uuid, _field in changed.fields:
            if entity == "item":
                item = view.item(uuid)
                if item is None:
                    return None
                only.add(item.section_uuid)
            elif entity == "section":
                return None
        return only if only <= {s.uuid for s in current} else None


def _placed(row: RegisterRow, section: SectionRef, item: ItemRef, index: int) -> RegisterRow:
    """A row the view holds, where the annex has it now (the same object when nothing moved)."""
    place = (
        section.uuid,
        section.code,
        section.title,
        item.uuid,
        item.number,
        item.objective,
        item.depth,
        index,
    )
    if row[1:9] == place:
        return row
    return row._replace(
        section_uuid=section.uuid,
        section_code=section.code,
        section_title=section.title,
        item_uuid=item.uuid,
        item_number=item.number,
        objective=item.objective,
        depth=item.depth,
        row_index=index,
    )


def _row_view(
    record: rq.RowRecord,
    index: int,
    item: ItemRef,
    context: _Context,
    units: dict[int, rq.RowUnits],
    evidence: dict[int, int],
    tags: dict[int, list[str]],
) -> RegisterRow:
    section = context.sections.get(item.section_uuid)
    row_units = units.get(record.id, rq.NO_UNITS)
    keys, names = context.units_of(row_units)
    done_on = _done_date(record.done_on) if record.done_on else None
    # Positional, in the order of RegisterRow's fields (keywords cost more than the rest).
    return RegisterRow(
        record.uuid,
        item.section_uuid,
        section.code if section else "",
        section.title if section else "",
        item.uuid,
        item.number,
        item.objective,
        item.depth,
        index,
        record.task,
        record.activity,
        record.result,
        row_units.lead,
        row_units.partners,
        record.due_text,
        record.budget,
        context.due_of(record.due_text),
        record.status,
        done_on,
        record.note,
        record.reason,
        evidence.get(record.id, 0),
        tuple(tags.get(record.id, ())),
        keys,
        names,
    )


_POSITION = itemgetter(3)


# RegisterRow from a tuple of its fields, with no Python call (the named tuple's __new__ is one).
_new_row: Callable[[tuple], RegisterRow] = partial(tuple.__new__, RegisterRow)


def _done_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None  # a damaged date costs the date, not the row
