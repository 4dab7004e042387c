#!/usr/bin/env bash
# Installs a build tree into a temporary prefix (cmake --install --prefix, as a package does
# with DESTDIR) and checks that every file lands where the desktop expects it; then validates
# the desktop file and the AppStream metadata. The validators are required: a missing one is a
# failure, not a skip (scripts/install-deps installs them).
#   tests/check-install.sh <cmake> <build dir> <scratch dir>
set -euo pipefail
cmake=$1
build=$2
scratch=$3
app_id=io.github.contexts_browser

fail() { echo "check-install: FAIL: $*" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/usr
"$cmake" --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install $build"

for bin in contexts-browser contexts-sandbox; do
  [ -x "$prefix/bin/$bin" ] || fail "bin/$bin is not installed (or not executable)"
done
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
[ -f "$desktop" ] || fail "share/applications/$app_id.desktop is not installed"
[ -f "$metainfo" ] || fail "share/metainfo/$app_id.metainfo.xml is not installed"
[ -f "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg" ] \
  || fail "share/icons/hicolor/scalable/apps/$app_id.svg is not installed"
for size in 16 22 24 32 48 64 128 256; do
  png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  [ -f "$png" ] || fail "share/icons/hicolor/${size}x${size}/apps/$app_id.png is not installed"
  # PNG: 8-byte signature, IHDR length and type, then width and height as 32-bit big-endian.
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  [ "$dims" = "${size}x${size}" ] || fail "${size}x${size}/apps/$app_id.png is $dims"
done

# The names must agree: the desktop file's Icon and the metainfo's launchable and id.
grep -qx "Icon=$app_id" "$desktop" || fail "$app_id.desktop: Icon is not $app_id"
grep -qx "Exec=contexts-browser" "$desktop" || fail "$app_id.desktop: Exec is not contexts-browser"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
  || fail "$app_id.metainfo.xml: launchable is not $app_id.desktop"
grep -q "<id>$app_id</id>" "$metainfo" || fail "$app_id.metainfo.xml: id is not $app_id"

command -v desktop-file-validate >/dev/null \
  || fail "desktop-file-validate is missing (apt-get install desktop-file-utils)"
command -v appstreamcli >/dev/null || fail "appstreamcli is missing (apt-get install appstream)"
desktop-file-validate "$desktop" || fail "desktop-file-validate $app_id.desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $app_id.metainfo.xml"
echo "check-install: OK ($prefix)"
