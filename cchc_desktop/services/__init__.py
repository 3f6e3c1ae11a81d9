"""Use cases: the one place the window and the command line call."""
