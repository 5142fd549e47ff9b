#!/usr/bin/env bash
# Proves a built bundle runs without Python: version, a CLI import of the samples, and the window started
# offscreen, each with an empty environment (no PATH to a Python, no PYTHONPATH, a fresh HOME).
# Usage: packaging/check_bundle.sh [dist/leadinbox/leadinbox]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exe="$(cd "$(dirname "${1:-$root/dist/leadinbox/leadinbox}")" && pwd)/$(basename "${1:-leadinbox}")"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
run() { env -i HOME="$home" PATH=/usr/bin:/bin LEADINBOX_DATA_DIR="$home/data" XDG_CONFIG_HOME="$home/config" \
            QT_QPA_PLATFORM=offscreen LANG="${RUN_LANG:-C.UTF-8}" "$exe" "$@"; }
want="LeadInbox $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/leadinbox/__init__.py")"
got="$(run --version)"
[ "$got" = "$want" ] || { echo "FAIL: --version says '$got', the package '$want'" >&2; exit 1; }
echo "ok: $got"
run import "$root"/leadinbox/assets/samples/* --db "$home/leads.sqlite" --json > "$home/import.json" \
    || { echo "FAIL: importing the samples" >&2; cat "$home/import.json" >&2; exit 1; }
echo "ok: imported $(grep -c '"status": "imported"' "$home/import.json") sample files"
# A file big enough to be read by a second process (core/read_ahead.py: the bundle runs itself with
# --read-ahead): the sample's rows again and again, each with an id of its own.
sample="$root/leadinbox/assets/samples/partner-center-leads-export.csv"
awk 'NR == 1 { print; next } { rows[NR] = $0 } END { for (n = 1; n <= 3000; n++) for (i = 2; i <= NR; i++)
     print "big-" n "-" rows[i] }' "$sample" > "$home/big.csv"
run import "$home/big.csv" --db "$home/big.sqlite" --json > "$home/big.json" 2> "$home/big.err" \
    || { echo "FAIL: importing a big file" >&2; cat "$home/big.json" "$home/big.err" >&2; exit 1; }
# The reader that could not read says so (and the import reads the file itself): not in the bundle.
! grep -q "in the importing process" "$home/big.err" \
    || { echo "FAIL: the bundle's second process did not read the big file" >&2; cat "$home/big.err" >&2; exit 1; }
grep -q '"new_leads": 54000' "$home/big.json" \
    || { echo "FAIL: the big file's leads" >&2; head -c 2000 "$home/big.json" >&2; exit 1; }
echo "ok: imported $(du -h "$home/big.csv" | cut -f1) of CSV, read by a second process"
started="$(run open --smoke --db "$home/leads.sqlite" 2>"$home/stderr")" \
    || { echo "FAIL: the window did not start" >&2; cat "$home/stderr" >&2; exit 1; }
case "$started" in
    *"started, bundled: offscreen, "*" customers, icon set, language en (leadinbox_en)"*) echo "ok: $started" ;;
    *) echo "FAIL: unexpected start: $started" >&2; cat "$home/stderr" >&2; exit 1 ;;
esac
# In Dutch: LeadInbox's and Qt's own translations are in the bundle and found there.
started="$(RUN_LANG=nl_NL.UTF-8 run open --smoke --db "$home/leads.sqlite" 2>"$home/stderr")"
case "$started" in
    *"language nl (leadinbox_nl, qtbase_nl)"*) echo "ok: $started" ;;
    *) echo "FAIL: Dutch start: $started" >&2; cat "$home/stderr" >&2; exit 1 ;;
esac
echo "bundle: $(du -sh "$(dirname "$exe")" | cut -f1) in $(dirname "$exe")"
