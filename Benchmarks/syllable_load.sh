#!/bin/sh
# Prints how long the first syllable lookup takes in a fresh `handbook check` process: reading
# the CMU list into memory plus one search. HANDBOOK_TIME_SYLLABLES makes the tool report it.
#
# Usage: Benchmarks/syllable_load.sh [debug|release] [runs]   (default: debug 9)
set -eu
cd "$(dirname "$0")/.."
config=${1:-debug}
runs=${2:-9}
swift build -c "$config" --product handbook >/dev/null
handbook="$(swift build -c "$config" --show-bin-path)/handbook"
run=0
while [ "$run" -lt "$runs" ]; do
    HANDBOOK_TIME_SYLLABLES=1 "$handbook" check 2>&1 >/dev/null | sed -n 's/^first syllable lookup: \([0-9.]*\) ms$/\1/p'
    run=$((run + 1))
done | sort -n | awk -v config="$config" '
    { times[NR] = $1 }
    END {
        if (NR == 0) { print "no timing printed"; exit 1 }
        printf "first syllable lookup (%s, %d runs): median %.2f ms, min %.2f ms, max %.2f ms\n",
            config, NR, times[int((NR + 1) / 2)], times[1], times[NR]
    }'
