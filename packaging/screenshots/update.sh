#!/bin/sh
# Regenerates the README screenshots: the main window, the Tables and Charts dock (every chart docked and
# floating) and the review workspace from the imported seed plans, the views of the Xiangtan plan, the Library's
# Catalogues tab, and pages of the printed Xiangtan plan (notice, body, annexes) and of the review report
# (Shifeng against Zhuzhou).
# Needs poppler-utils. Usage: packaging/screenshots/update.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../build"}
seeds="$here/../../tests/data/seeds"
QT_QPA_PLATFORM=offscreen PLANWRIGHT_SCREENSHOT_DIR="$here" \
    "$build/tests/ui/test_ui" --gtest_filter='Screenshots.*'
QT_QPA_PLATFORM=offscreen PLANWRIGHT_SCREENSHOT_DIR="$here" \
    "$build/tests/views/test_views" --gtest_filter='*SeedPlan*'
QT_QPA_PLATFORM=offscreen PLANWRIGHT_SCREENSHOT_DIR="$here" \
    "$build/tests/library/test_library" --gtest_filter='LibraryCatalogues.*'

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
planwright="$build/app/planwright"
# shot PDF PAGE NAME DPI
shot() { pdftoppm -r "$4" -png -singlefile -f "$2" -l "$2" "$1" "$here/$3"; }
# The first page of PDF with a line that is exactly TEXT.
page() {
    pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
    for p in $(seq 1 "$pages"); do
        if pdftotext -f "$p" -l "$p" "$1" - | grep -qx "$2"; then
            echo "$p"
            return
        fi
    done
}
"$planwright" import "$seeds/xiangtan-2023-carbon-peak.txt" -o "$tmp/plan.pwplan" >/dev/null
"$planwright" report "$tmp/plan.pwplan" -o "$tmp/plan.pdf" --notice 2>/dev/null
shot "$tmp/plan.pdf" 1 report-notice 80
shot "$tmp/plan.pdf" 2 report-body 80
shot "$tmp/plan.pdf" "$(page "$tmp/plan.pdf" 附件1)" report-annex-targets 80
shot "$tmp/plan.pdf" "$(page "$tmp/plan.pdf" 附件2)" report-annex-tasks 80
"$planwright" import "$seeds/zhuzhou-2018-low-carbon-pilot.txt" -o "$tmp/city.pwplan" >/dev/null
"$planwright" import "$seeds/shifeng-district-carbon-peak-draft.txt" -o "$tmp/district.pwplan" >/dev/null
"$planwright" compare "$tmp/city.pwplan" "$tmp/district.pwplan" --report "$tmp/review.pdf" >/dev/null 2>&1
shot "$tmp/review.pdf" 1 report-review-summary 80
shot "$tmp/review.pdf" 2 report-review-charts 60
ls -l "$here"/*.png
