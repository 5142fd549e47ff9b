"""Edit › Settings: one dialog, a page per subject."""
