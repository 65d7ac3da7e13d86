# Sourced by the bench scripts: moves to the repository root and sets `root` and `girder`
# (the girder binary: $GIRDER, else $CARGO_TARGET_DIR/release/girder, else
# target/release/girder); `bench_require TOOL...` fails unless each Erlang tool is on PATH and
# the girder binary exists.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-target}"
case "$target_dir" in /*) ;; *) target_dir="$root/$target_dir" ;; esac
girder="${GIRDER:-$target_dir/release/girder}"

bench_require() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "bench: \`$tool\` is not on PATH (install Erlang/OTP 25: make erlang)" >&2
            exit 1
        fi
    done
    if [ ! -x "$girder" ]; then
        echo "bench: girder binary not found at $girder (build it: cargo build --release --bin girder)" >&2
        exit 1
    fi
}
