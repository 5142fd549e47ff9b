"""The lead files LeadInbox reads, by name: known without loading a reader (the window opens without them)."""

SUPPORTED = ("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xlsm", "*.xls", "*.json", "*.jsonl", "*.ndjson")
LEAD_SUFFIXES = frozenset(pattern[1:] for pattern in SUPPORTED)      # ".csv", ".xlsx", …
