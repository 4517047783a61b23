#!/usr/bin/env bash
# bash tests/benchmarks/scale.sh BUILD_DIR [RUNS]   time and peak RSS of every operation at 500 / 5,000 / 50,000
# tasks (bench_scale, one process per run): wall and CPU time of the operation itself and the process's peak RSS,
# medians of RUNS (default 3), and the CPU-time growth factor between sizes.
# Prints a Markdown table. Fixtures are generated into a temporary directory.
set -euo pipefail
build=${1:?usage: scale.sh BUILD_DIR [RUNS]}
runs=${2:-3}
bench=$build/tests/benchmarks/bench_scale
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$dir}
sizes=(500 5000 50000)
operations=(import open save validate edit matrix compare diff report library)
"$bench" generate "$dir" "${sizes[@]}" >&2

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() { # operation size → "wall-ms cpu-ms peak-MB" (medians)
    local op=$1 n=$2 f=$dir/scale-$2.pwplan ms=() cpu=() mb=()
    local args=("$f")
    case $op in
        import) args=("$dir/scale-$n.txt" "$dir/out.pwplan") ;;
        save) args=("$f" "$dir/out.pwplan") ;;
        compare|diff) args=("$f" "$dir/scale-$n-b.pwplan") ;;
        report) args=("$f" "$dir/out.pdf") ;;
        library) args=("$f" "$dir/library.sqlite") ;;
    esac
    for _ in $(seq "$runs"); do
        rm -f "$dir"/library.sqlite* # each library run indexes into a new library
        local out
        out=$( { /usr/bin/time -f "rss %M" "$bench" "$op" "${args[@]}"; } 2>&1 )
        ms+=("$(awk -v op="$op" '$1 == op { print $2 }' <<< "$out")")
        cpu+=("$(awk -v op="$op" '$1 == op { print $3 }' <<< "$out")")
        mb+=("$(awk '$1 == "rss" { printf "%.0f", $2 / 1024 }' <<< "$out")")
    done
    echo "$(printf '%s\n' "${ms[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median) $(printf '%s\n' "${mb[@]}" | median)"
}

echo "| Operation | 500 tasks | 5,000 tasks | 50,000 tasks | CPU growth 500→5,000 | CPU growth 5,000→50,000 |"
echo "|---|---|---|---|---|---|"
for op in "${operations[@]}"; do
    read -r w1 c1 m1 <<< "$(measure "$op" 500)"
    read -r w2 c2 m2 <<< "$(measure "$op" 5000)"
    read -r w3 c3 m3 <<< "$(measure "$op" 50000)"
    awk -v op="$op" -v w1="$w1" -v w2="$w2" -v w3="$w3" -v c1="$c1" -v c2="$c2" -v c3="$c3" \
        -v m1="$m1" -v m2="$m2" -v m3="$m3" 'BEGIN {
        printf "| %s | %.0f ms (CPU %.0f), %d MB | %.0f ms (CPU %.0f), %d MB | %.0f ms (CPU %.0f), %d MB | %.1f× | %.1f× |\n",
               op, w1, c1, m1, w2, c2, m2, w3, c3, m3, c2 / (c1 > 1 ? c1 : 1), c3 / (c2 > 1 ? c2 : 1) }'
done
