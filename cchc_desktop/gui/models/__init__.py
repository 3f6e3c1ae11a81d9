"""Qt item models over the services' results (never a widget per row)."""
