#!/bin/sh
# Captures every page of the wizard on the demo server, as a user would see it at 1024x768.
#
#   scripts/screenshots-basic.sh [BUILD_DIR] [OUT_DIR] [-- extra kbwizard options, e.g. --lang de]
#
# Uses the hook documented in app/kbwizard.cpp: KBWIZARD_SCREENSHOT_DIR saves each settled page
# as <nn>-<page>.png; KBWIZARD_AUTOPILOT=1 presses Next through the pages (article
# update-failure, fixes applied) and quits after the report. The demo sandbox goes to a
# temporary folder, so nothing of the user's is touched.
set -eu

BUILD_DIR=${1:-/work/build-gui}
OUT_DIR=${2:-/tmp/kbw-shots}
[ $# -ge 2 ] && shift 2 || shift $#
[ "${1:-}" = "--" ] && shift

SANDBOX=$(mktemp -d /tmp/kbw-demo.XXXXXX)
trap 'rm -rf "$SANDBOX"' EXIT
rm -f "$OUT_DIR"/*.png
mkdir -p "$OUT_DIR"

KBWIZARD_SCREENSHOT_DIR="$OUT_DIR" KBWIZARD_AUTOPILOT=1 XDG_DATA_HOME="$SANDBOX/xdg" \
    timeout 120 xvfb-run -a -s "-screen 0 1024x768x24" \
    "$BUILD_DIR/app/kbwizard" --demo "$SANDBOX/demo" "$@"

ls -1 "$OUT_DIR"/*.png
