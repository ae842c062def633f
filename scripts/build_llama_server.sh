#!/usr/bin/env bash
# Build llama.cpp's own `llama-server` from the llama.cpp source vendored in the llama-cpp-python sdist (the version
# pinned in pyproject.toml, from PyPI), for recording cassettes against it (scripts/record_real_servers.sh).
# About 4 minutes on 2 cores. The binary lands in build/llama-server/bin/llama-server; run again to reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."

out="build/llama-server"
if [ -x "$out/bin/llama-server" ]; then
    echo "$out/bin/llama-server"
    exit 0
fi
version="$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("llama-cpp-python"))')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "== llama-cpp-python $version sdist" >&2
.venv/bin/pip download --quiet --no-deps --no-binary llama-cpp-python --dest "$work" "llama-cpp-python==$version" >&2
tar -xzf "$work"/llama_cpp_python-"$version".tar.gz -C "$work"
src="$work/llama_cpp_python-$version/vendor/llama.cpp"
echo "== building llama-server from $src" >&2
# Only the server: no tests, examples or network features (CURL) it does not need here.
cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
    -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DBUILD_SHARED_LIBS=OFF -DGGML_NATIVE=ON >&2
cmake --build "$work/build" --target llama-server -j "$(nproc)" >&2
mkdir -p "$out/bin"
cp "$work/build/bin/llama-server" "$out/bin/"
echo "$out/bin/llama-server"
