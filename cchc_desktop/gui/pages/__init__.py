"""The work areas of the window, one class each."""
