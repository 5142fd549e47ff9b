"""Size limits that keep a hostile or broken file from exhausting memory or time."""

MAX_FILE_BYTES = 2 * 1024**3          # a 1M-row Partner Center export is ~500 MB
MAX_JSON_BYTES = 256 * 1024**2        # JSON is parsed whole
MAX_FIELD_CHARS = 1024**2             # one cell; csv's own default is 128 KiB
MAX_LINE_CHARS = 4 * MAX_FIELD_CHARS  # one physical line of a CSV, read before csv sees it
MAX_ROWS = 5_000_000
MAX_COLUMNS = 1_000
HEADER_SCAN_ROWS = 30                 # a header row may sit below a title block
# XLSX is a zip: checked before anything is unpacked (zip bombs, see reliability.md).
MAX_ZIP_ENTRIES = 10_000
MAX_ZIP_MEMBER_BYTES = 1024**3
MAX_ZIP_TOTAL_BYTES = 2 * 1024**3
MAX_ZIP_RATIO = 100                   # for members over 1 MiB
MAX_SHEET_CELLS = 200_000_000
