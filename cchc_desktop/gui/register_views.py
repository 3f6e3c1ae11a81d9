"""The register views the window's pages show, shared: the Kế hoạch page's annex tree and the
Nhiệm vụ page's table and dashboard over the same plan hold one view, loaded once and refreshed
once per change (the first page told of a change refreshes it; the others get the same answer).

A page takes a view with ``use(owner, plan_id)`` and lets it go with ``release(owner)``; a view
nobody uses is dropped. ``sync(changed)`` in each page's ``on_changed`` brings every held view up
to date and says, per plan, what refreshing did (None: the plan is gone, the view dropped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.edits import Changed
from ..domain.register_view import RegisterView
from ..errors import CchcError
from ..services.register import Refreshed

if TYPE_CHECKING:
    from .main_window import MainWindow


class RegisterViews:
    def __init__(self, window: MainWindow):
        self._ws = window.ws
        self._views: dict[int, RegisterView] = {}
        self._users: dict[int, int] = {}  # id(owner) → plan id
        self._last: Changed | None = None
        self._last_result: dict[int, Refreshed | None] = {}

    def use(self, owner: object, plan_id: int) -> RegisterView:
        """The plan's view for ``owner`` (loaded on the UI thread when nobody holds it yet)."""
        view = self._views.get(plan_id)
        if view is None:
            view = self._views[plan_id] = self._ws.register.view(plan_id)
        self._users[id(owner)] = plan_id
        self._drop_unused()
        return view

    def held(self, plan_id: int) -> RegisterView | None:
        return self._views.get(plan_id)

    def release(self, owner: object) -> None:
        self._users.pop(id(owner), None)
        self._drop_unused()

    def _drop_unused(self) -> None:
        used = set(self._users.values())
        for plan_id in [p for p in self._views if p not in used]:
            del self._views[plan_id]

    def sync(self, changed: Changed) -> dict[int, Refreshed | None]:
        """Every held view brought up to date after ``changed`` (once per change notice)."""
        if changed is self._last:
            return self._last_result
        result: dict[int, Refreshed | None] = {}
        for plan_id, view in list(self._views.items()):
            try:
                result[plan_id] = self._ws.register.refresh(view, changed)
            except CchcError:  # the plan is gone (deleted, its creation undone)
                del self._views[plan_id]
                result[plan_id] = None
        self._last, self._last_result = changed, result
        return result

    def reload(self, plan_id: int) -> Refreshed | None:
        """The view read anew, in place (every holder keeps its object): after the clock moved
        on, or when a page cannot tell what changed."""
        view = self._views.get(plan_id)
        if view is None:
            return None
        # A change naming no plan but the annex: the core reads the whole view again.
        return self._ws.register.refresh(view, Changed(frozenset({"annex"})))


def shared_views(window: MainWindow) -> RegisterViews:
    """The window's holder of register views (made on first use: the shell needs no part in it)."""
    views = getattr(window, "_register_views", None)
    if views is None:
        views = RegisterViews(window)
        window._register_views = views  # type: ignore[attr-defined]
    return views
