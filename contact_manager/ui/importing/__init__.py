"""The import dialog: file reading in a worker, the column mapping and the preview."""
