"""The lead files LeadInbox reads, by name: known without loading a reader (the window opens without them)."""

SUPPORTED = ("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xlsm", "*.xls", "*.json", "*.jsonl", "*.ndjson")
