#!/usr/bin/env bash
# Runs last in ctest: scans what the whole suite left behind for a secret.
#   scan-secrets.sh SOURCE_DIR LOG_DIR CONFIG_DIR
# The secrets are every access token, SDK key and mobile key the tests and the sandbox use
# (string literals "api-…", "sdk-…", "mob-…" in tests/ and sandbox/; a literal ending in "-" is a
# prefix of generated tokens). The places: every test's log (messages, warnings and the error
# sentences the tests check, see verifyNoToken) and every settings file the tests wrote.
set -euo pipefail
src=$1 logs=$2 config=$3

mapfile -t literals < <(grep -rhoE '"(api|sdk|mob)-[A-Za-z0-9_-]{4,}"' "$src/tests" "$src/sandbox" \
  --include='*.cpp' --include='*.h' | tr -d '"' | sort -u)
[ ${#literals[@]} -ge 5 ] || { echo "scan-secrets: found only ${#literals[@]} secrets in the sources" >&2; exit 1; }
patterns=()
for s in "${literals[@]}"; do
  if [[ $s == *- ]]; then patterns+=("${s}[A-Za-z0-9]{8,}"); else patterns+=("$(printf '%s' "$s" | sed 's/[.[\*^$]/\\&/g')"); fi
done
regex=$(IFS='|'; echo "${patterns[*]}")

# The scan must see the suite's output, or it proves nothing.
mapfile -t logfiles < <(find "$logs" -type f -name '*.txt' 2>/dev/null)
[ ${#logfiles[@]} -ge 20 ] || { echo "scan-secrets: only ${#logfiles[@]} test logs in $logs; run the whole suite" >&2; exit 1; }
mapfile -t settings < <(find "$config" -type f 2>/dev/null)

# Self-check: the pattern must catch a secret in a sample line.
printf 'error: 401 for %s\n' "${literals[0]}" | grep -qE "$regex" \
  || { echo "scan-secrets: the pattern misses ${literals[0]}" >&2; exit 1; }

found=0
for f in "${logfiles[@]}" "${settings[@]}"; do
  if grep -nE "$regex" "$f" >/tmp/scan-secrets.$$ 2>/dev/null; then
    echo "scan-secrets: secret in $f:" >&2
    sed 's/^/  /' /tmp/scan-secrets.$$ >&2
    found=1
  fi
done
rm -f /tmp/scan-secrets.$$
echo "scan-secrets: ${#literals[@]} secrets, ${#logfiles[@]} logs, ${#settings[@]} settings files scanned"
exit $found
