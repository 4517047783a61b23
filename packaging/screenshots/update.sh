#!/bin/sh
# Regenerates the README screenshots: the main window with the imported Shifeng district draft plan,
# in Chinese and English. Usage: packaging/screenshots/update.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../build"}
QT_QPA_PLATFORM=offscreen PLANWRIGHT_SCREENSHOT_DIR="$here" \
    "$build/tests/ui/test_ui" --gtest_filter='Screenshots.*'
ls -l "$here"/*.png
