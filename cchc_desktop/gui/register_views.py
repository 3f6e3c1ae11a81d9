"""The register views the window's pages show, shared: the Kế hoạch page's annex tree and the
Nhiệm vụ page's table and dashboard over the same plan hold one view, loaded once and refreshed
once per change (the first page told of a change refreshes it; the others get the same answer).

A page takes a view with ``use(owner, plan_id)`` and lets it go with ``release(owner)``.
``sync(changed)`` in each page's ``on_changed`` brings every held view up to date and says, per
plan, what refreshing did (None: the plan is gone, the view dropped).

The last view nobody uses is kept aside (one: a view of 10,000 rows holds some 12 MB), so that
a plan shown again (the plan list clicked back and forth, the other page opening it) is not
read again, as long as it is what the database holds: each view carries the data version it is
current at (``ws.register.data_version()``: what this process wrote, what other processes
committed). Every change notice moves a view's own part along when the change leaves the view
as it was, and drops the view kept aside when it does not; a view kept aside is used again
only when both parts still read as they do now (nothing written since without a notice, no
other process, such as the command line, wrote meanwhile) and on the same day (due times are
judged against it). A held view whose data another process changed is read anew at the next
change notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.register_view import RegisterView
from ..errors import CchcError
from ..services.register import Refreshed

if TYPE_CHECKING:
    from ..domain.edits import Changed
    from .main_window import MainWindow


class RegisterViews:
    def __init__(self, window: MainWindow):
        self._ws = window.ws
        self._views: dict[int, RegisterView] = {}
        self._users: dict[int, int] = {}  # id(owner) → plan id
        self._versions: dict[int, tuple[int, int]] = {}  # plan id → the data version its view is current at
        self._spare: tuple[int, RegisterView, tuple[int, int]] | None = None  # nobody's, kept aside
        self._last: Changed | None = None
        self._last_result: dict[int, Refreshed | None] = {}

    def use(self, owner: object, plan_id: int) -> RegisterView:
        """The plan's view for ``owner`` (loaded on the UI thread when nobody holds it yet and
        the one kept aside is not it, or no longer current)."""
        view = self._views.get(plan_id)
        if view is None:
            view = self._take_spare(plan_id)
        if view is None:
            version = self._ws.register.data_version()
            view = self._ws.register.view(plan_id)
            self._versions[plan_id] = version
        self._views[plan_id] = view
        self._users[id(owner)] = plan_id
        self._drop_unused()
        return view

    def _take_spare(self, plan_id: int) -> RegisterView | None:
        spare, self._spare = self._spare, None
        if spare is None or spare[0] != plan_id:
            self._spare = spare
            return None
        _plan_id, view, version = spare
        if version != self._ws.register.data_version() or view.as_of != self._ws.today():
            return None
        self._versions[plan_id] = version
        return view

    def held(self, plan_id: int) -> RegisterView | None:
        return self._views.get(plan_id)

    def release(self, owner: object) -> None:
        self._users.pop(id(owner), None)
        self._drop_unused()

    def _drop_unused(self) -> None:
        used = set(self._users.values())
        for plan_id in [p for p in self._views if p not in used]:
            view = self._views.pop(plan_id)
            version = self._versions.pop(plan_id, None)
            if version is not None:
                self._spare = (plan_id, view, version)

    def sync(self, changed: Changed) -> dict[int, Refreshed | None]:
        """Every held view brought up to date after ``changed`` (once per change notice)."""
        from ..domain.edits import Changed  # loaded on first use: keeps start-up fast

        if changed is self._last:
            return self._last_result
        register = self._ws.register
        ours, theirs = register.data_version()
        result: dict[int, Refreshed | None] = {}
        for plan_id, view in list(self._views.items()):
            try:
                if self._versions.get(plan_id, (0, theirs))[1] != theirs:
                    # Another process wrote since the view was read: all of it anew.
                    result[plan_id] = register.refresh(view, Changed(frozenset({"annex"})))
                else:
                    result[plan_id] = register.refresh(view, changed)
            except CchcError:  # the plan is gone (deleted, its creation undone)
                del self._views[plan_id]
                self._versions.pop(plan_id, None)
                result[plan_id] = None
            else:
                self._versions[plan_id] = (ours, theirs)
        spare = self._spare
        if spare is not None:
            plan_id, view, (_ours, spare_theirs) = spare
            kept = spare_theirs == theirs and not register.concerns(view, changed)
            self._spare = (plan_id, view, (ours, theirs)) if kept else None
        self._last, self._last_result = changed, result
        return result

    def reload(self, plan_id: int) -> Refreshed | None:
        """The view read anew, in place (every holder keeps its object): after the clock moved
        on, or when a page cannot tell what changed."""
        from ..domain.edits import Changed  # loaded on first use: keeps start-up fast

        view = self._views.get(plan_id)
        if view is None:
            return None
        version = self._ws.register.data_version()
        # A change naming no plan but the annex: the core reads the whole view again.
        refreshed = self._ws.register.refresh(view, Changed(frozenset({"annex"})))
        self._versions[plan_id] = version
        return refreshed


def shared_views(window: MainWindow) -> RegisterViews:
    """The window's holder of register views (made on first use: the shell needs no part in it)."""
    views = getattr(window, "_register_views", None)
    if views is None:
        views = RegisterViews(window)
        window._register_views = views  # type: ignore[attr-defined]
    return views
