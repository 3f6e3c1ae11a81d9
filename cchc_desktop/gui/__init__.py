"""The Qt window. Everything here calls the core in ``cchc_desktop``; nothing in the core calls back."""
