#!/usr/bin/env bash
# Record the cassettes of tests/test_real_servers.py from real OpenAI-compatible servers on 127.0.0.1, with the
# bundled model: llama-cpp-python's own server (`python -m llama_cpp.server`, from the `record` extra) and llama.cpp's
# `llama-server` (built by scripts/build_llama_server.sh). CI only replays them; they are never edited by hand.
#
#   scripts/record_real_servers.sh                      # both
#   scripts/record_real_servers.sh llama-cpp-python     # one
#   scripts/record_real_servers.sh llama-server
set -euo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
py=.venv/bin/python
model="$($py -c 'from summarise.engines.model_store import resolve_gguf
from summarise.settings import Settings
print(resolve_gguf(None, Settings().cache_dir))')"
# The same context for both servers: the json_object mode puts the schema (about 3,060 tokens) in the prompt.
ctx=8192
server_pid=""
stop() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; server_pid=""; }
trap stop EXIT

wait_up() {  # url
    for _ in $(seq 1 120); do
        if $py -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$1/models" 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    echo "the server at $1 did not come up" >&2
    return 1
}

record() {  # name port
    echo "== recording against $1 on 127.0.0.1:$2" >&2
    .venv/bin/pytest tests/test_real_servers.py -k "$(echo "$1" | tr - _)" --record-mode=rewrite -p no:randomly -q
}

if [ "$which" = all ] || [ "$which" = llama-cpp-python ]; then
    if ! $py -c "import llama_cpp.server" 2>/dev/null; then
        echo "llama-cpp-python's server is missing: .venv/bin/pip install -e '.[test,record]'" >&2
        exit 1
    fi
    $py -m llama_cpp.server --model "$model" --host 127.0.0.1 --port 8766 --n_ctx "$ctx" --n_threads 2 \
        >/tmp/summarise-llama-cpp-python-server.log 2>&1 &
    server_pid=$!
    wait_up http://127.0.0.1:8766/v1
    record llama-cpp-python 8766
    stop
fi

if [ "$which" = all ] || [ "$which" = llama-server ]; then
    binary="$(scripts/build_llama_server.sh)"
    "$binary" --model "$model" --host 127.0.0.1 --port 8767 --ctx-size "$ctx" --threads 2 --parallel 1 \
        >/tmp/summarise-llama-server.log 2>&1 &
    server_pid=$!
    wait_up http://127.0.0.1:8767/v1
    record llama-server 8767
    stop
fi
