# shellcheck shell=bash
# Sourced by the scripts that need the reference interpreter, CPython 3.14.
# It is the pyodide build of CPython (WebAssembly, run by Node.js), pinned
# to one npm version and installed once into a cache outside the repo.
#
#   TAIPAN_CACHE   cache root (default ~/.cache/taipan)
#
# Defines PYODIDE_VERSION, PYODIDE_DIR and cpython_setup (installs if needed).

PYODIDE_VERSION=314.0.7
TAIPAN_CACHE="${TAIPAN_CACHE:-$HOME/.cache/taipan}"
PYODIDE_HOME="$TAIPAN_CACHE/pyodide-$PYODIDE_VERSION"
PYODIDE_DIR="$PYODIDE_HOME/node_modules/pyodide"
CPYTHON_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Install the pinned pyodide npm package unless it is already there.
cpython_setup() {
  if [ -f "$PYODIDE_DIR/pyodide.asm.wasm" ] && [ -f "$PYODIDE_DIR/python_stdlib.zip" ]; then
    return 0
  fi
  echo "cpython: installing pyodide@$PYODIDE_VERSION into $PYODIDE_HOME" >&2
  mkdir -p "$PYODIDE_HOME"
  (cd "$PYODIDE_HOME" && npm install --silent --no-audit --no-fund --no-save \
      "pyodide@$PYODIDE_VERSION" >/dev/null) || {
    echo "cpython: could not install pyodide@$PYODIDE_VERSION" >&2
    return 1
  }
}

# Run a job file (see driver.mjs) under CPython 3.14.
cpython_jobs() {
  cpython_setup || return 1
  node --experimental-wasm-stack-switching "$CPYTHON_SCRIPTS/driver.mjs" "$PYODIDE_DIR" "$@"
}

# Extract CPython 3.14's standard library (.py files only) from the pyodide
# package into the cache, once; print its folder.
stdlib314_corpus() {
  cpython_setup || return 1
  local dir="$TAIPAN_CACHE/conformance-$PYODIDE_VERSION/corpus/stdlib314"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    python3 - "$PYODIDE_DIR/python_stdlib.zip" "$dir" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    z.extractall(sys.argv[2], [n for n in z.namelist() if n.endswith(".py")])
PY
    touch "$dir/.done"
  fi
  echo "$dir"
}
