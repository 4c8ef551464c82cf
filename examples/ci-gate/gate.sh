#!/usr/bin/env bash
# Release gate: checks deployment declarations with `frt check`, writes the reports into an
# artefacts directory, and fails when a declaration is non-compliant (it has violations, or a
# rule failed) or cannot be read.
#
# Usage: gate.sh [-o ARTEFACTS_DIR] [-a YYYY-MM-DD] DECLARATION...
#   -o  where the reports go (default: frt-reports)
#   -a  the day the assessment speaks for (default: each declaration's `as_of`)
# Environment: FRT, the frt binary (default: `frt` on PATH).
# For each DECLARATION it writes NAME.json (frt/report/v1), NAME.junit.xml and NAME.md.
# Exit status: 0 every declaration passes (compliant or needs review), 1 one is
# non-compliant, 2 unusable input or arguments, 3 a rule failed (frt's exit statuses; the
# worst one wins).
set -uo pipefail

frt="${FRT:-frt}"
out="frt-reports"
as_of=()
while getopts "o:a:" opt; do
  case "$opt" in
    o) out="$OPTARG" ;;
    a) as_of=(--as-of "$OPTARG") ;;
    *) echo "usage: $0 [-o ARTEFACTS_DIR] [-a YYYY-MM-DD] DECLARATION..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ "$#" -eq 0 ]; then
  echo "usage: $0 [-o ARTEFACTS_DIR] [-a YYYY-MM-DD] DECLARATION..." >&2
  exit 2
fi
mkdir -p "$out" || exit 2

# frt's exit statuses ordered by how bad they are: 2 (input) > 3 (rule) > 1 (violation) > 0.
rank() { case "$1" in 2) echo 3 ;; 3) echo 2 ;; 1) echo 1 ;; *) echo 0 ;; esac; }
worst=0
for declaration in "$@"; do
  name="$(basename "${declaration%.*}")"
  # The JSON report decides; the other formats are for people and dashboards.
  "$frt" check "${as_of[@]}" --format json "$declaration" > "$out/$name.json"
  status=$?
  # Errors were already shown by the first run.
  "$frt" check "${as_of[@]}" --format junit "$declaration" > "$out/$name.junit.xml" 2>/dev/null
  "$frt" check "${as_of[@]}" --format markdown "$declaration" > "$out/$name.md" 2>/dev/null
  case "$status" in
    0) echo "pass: $declaration" ;;
    1) echo "FAIL: $declaration is non-compliant; see $out/$name.md" ;;
    3) echo "FAIL: a rule failed on $declaration; see $out/$name.json" ;;
    *) echo "FAIL: $declaration could not be checked (exit status $status)"; rm -f "$out/$name.json" "$out/$name.junit.xml" "$out/$name.md" ;;
  esac
  if [ "$(rank "$status")" -gt "$(rank "$worst")" ]; then worst=$status; fi
done
exit "$worst"
