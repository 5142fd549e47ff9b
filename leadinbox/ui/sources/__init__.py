"""Lead sources in the window: the Settings page, pulling in the background, and what the status bar says."""
