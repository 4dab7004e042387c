# Sourced by the scripts: `stage NAME COMMAND...` runs COMMAND and, when CTX_STAGE_LOG names a
# file (.ci/run sets it), appends a line "NAME<TAB>SECONDS<TAB>EXIT STATUS" for the table of
# where the time went. Returns COMMAND's status.
stage() {
  local name=$1 start=$SECONDS status=0
  shift
  "$@" || status=$?
  if [ -n "${CTX_STAGE_LOG:-}" ]; then
    printf '%s\t%d\t%d\n' "$name" $((SECONDS - start)) "$status" >>"$CTX_STAGE_LOG"
  fi
  return "$status"
}
