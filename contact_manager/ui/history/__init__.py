"""The History tab and its paged model."""
