# Shared by the benchmarks: sourced, not run, from the repository's root.

# The tool as ./briefing compiles it (published ReadyToRun): each script runs ./briefing once first.
tool=$PWD/src/BriefingGen/bin/Release/ready/BriefingGen.dll

# The PSS of a process and all its descendants, in KiB (Chromium's many processes included).
tree_pss() {
  local pids=("$1") all=() next
  while [ ${#pids[@]} -gt 0 ]; do
    all+=("${pids[@]}")
    next=$(for p in "${pids[@]}"; do pgrep -P "$p" || true; done)
    read -r -a pids <<< "$(echo $next)"
  done
  for p in "${all[@]}"; do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true; done | awk '{s+=$1} END {print s+0}'
}

# Samples the tree's PSS every 0.1 s while the process runs; prints the peak, in KiB.
peak_pss_while() {
  local pid=$1 peak=0 now
  while kill -0 "$pid" 2>/dev/null; do
    now=$(tree_pss "$pid"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.1
  done
  echo "$peak"
}

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# CPU time of a whole process tree, Chromium's processes included however they end, through a
# cgroup v1 cpuacct group (root only): cpu_group_new prints the group's folder (empty when it cannot
# make one), the command joins it with `echo $BASHPID > "$group/cgroup.procs"`, cpu_group_seconds
# reads the seconds used and removes the group.
cpu_group_new() {
  local group=/sys/fs/cgroup/cpuacct/briefing-bench-$$-$RANDOM
  mkdir "$group" 2>/dev/null && echo "$group" || true
}
cpu_group_seconds() {
  local group=$1
  [ -n "$group" ] || { echo "n/a"; return; }
  awk '{printf "%.1f", $1 / 1e9}' "$group/cpuacct.usage"
  # The group's processes have ended; an empty group can be removed.
  rmdir "$group" 2>/dev/null || true
}

# An office's archive in $1/project: data/ with office.yaml and $2 copies of the Jinan briefing
# (jinan-001, …), and the project's templates and fonts beside it.
archive_project() {
  local work=$1 copies=$2 i copy
  mkdir -p "$work/project/data"
  cp package.json "$work/project/"
  ln -s "$PWD/templates" "$work/project/templates"
  ln -s "$PWD/node_modules" "$work/project/node_modules"
  cp data/office.yaml "$work/project/data/"
  for i in $(seq 1 "$copies"); do
    copy=$(printf '%s/project/data/jinan-%03d' "$work" "$i")
    mkdir -p "$copy"
    cp data/jinan-digital-city/*.yaml "$copy/"
  done
}
