"""The users' world as plain data: plans and their annex, progress, criteria, assessments.
No database, no files, no Qt."""

from .changes import *
from .changes import __all__ as _changes_all
from .plan import *
from .plan import __all__ as _plan_all
from .progress import *
from .progress import __all__ as _progress_all

__all__ = list(_plan_all) + list(_changes_all) + list(_progress_all)
