"""What every feature of the window shares: the context, the one dialog seam, undo, icons,
the look and the small widget helpers. It imports no feature."""
