"""The Users tab: its table model and filter, the user dialog, and moving roles between people."""
