"""Languages: the UI's translators, locale-aware numbers and dates, and the core's messages translated."""
