"""`summarise batch --ray` (Ray Data, 2 actors x concurrency 16) against `summarise batch -j 32`, side by side on
the 200 ms stub; then a Ray run with one actor's worker process SIGKILLed mid-run, counting ids lost and
duplicated; with each Ray actor's peak resident memory.

Usage: .venv/bin/python bench/ray_batch.py [--count 1000] [--latency-ms 200] [--rounds 1]
This process starts one local Ray (2 CPUs) and each arm runs the real command in a subprocess that joins it,
so the Ray arm's wall time includes its actors' start but not the cluster's (a cluster is already up where
Ray is used; its start is printed apart). The stub (bench/stub.py) runs in its own process and answers every
request with the same grounded answer, so one article is one request. Peak memory per actor is VmHWM of each
Ray Data worker process, read from /proc while the run goes on. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).parent / "summarise"
ARTICLE = (ROOT / "examples" / "port_strike.txt").read_text(encoding="utf-8")
WORKER_MARK = b"SummariseRows"  # in the process title Ray gives the Ray Data actors: MapWorker(MapBatches(...))


def _workers() -> list[int]:
    """PIDs of the Ray Data actor processes running our UDF."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if WORKER_MARK in cmdline and b"MapWorker" in cmdline:
            found.append(int(entry))
    return found


def _peak_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class Sampler(threading.Thread):
    """Polls the peak RSS of the actor processes that a run starts (not those an earlier run left)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self.stop = threading.Event()
        self.earlier = set(_workers())

    def fresh(self) -> list[int]:
        return [pid for pid in _workers() if pid not in self.earlier]

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in self.fresh():
                if (kib := _peak_kib(pid)) is not None:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), kib)
            self.stop.wait(0.2)


def _ids(path: Path) -> list[str]:
    return [r["id"] for r in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()) if "id" in r]


def _run(args: list[str], *, kill_after: int | None = None, output: Path, ray: bool = True) -> dict[str, object]:
    """Run `summarise batch ARGS`; optionally SIGKILL one of its Ray workers once `kill_after` records are
    written."""
    sampler = Sampler()
    if ray:
        sampler.start()
    started = time.perf_counter()
    proc = subprocess.Popen([str(EXE), "batch", *args], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    killed: int | None = None
    if kill_after is not None:
        while proc.poll() is None and killed is None:
            written = output.read_bytes().count(b"\n") if output.exists() else 0
            workers = sampler.fresh()
            if written >= kill_after and workers:
                killed = workers[0]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    sampler.stop.set()
    if ray:
        sampler.join()
    stderr = proc.stderr.read() if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"summarise batch exited {code}: {stderr[-2000:]}")
    return {
        "seconds": seconds,
        "driver_mib": usage.ru_maxrss // 1024,
        "actors_mib": sorted(v // 1024 for v in sampler.peaks.values()),
        "killed": killed,
        "stderr": stderr,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--latency-ms", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1, help="Alternate the two arms this many times.")
    options = parser.parse_args()

    import ray

    sys.path.insert(0, str(ROOT))
    from tests.fakes import desk_article

    stub = subprocess.Popen([sys.executable, str(ROOT / "bench" / "stub.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert stub.stdout is not None
        url = f"{stub.stdout.readline().strip()}/delay/{options.latency_ms}/v1"
        began = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
        address = ray.get_runtime_context().gcs_address
        print(f"local Ray (2 CPUs) started in {time.perf_counter() - began:.1f} s; not counted below", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            items = work / "items.jsonl"
            with items.open("w", encoding="utf-8") as fh:
                for number in range(options.count):
                    fh.write(json.dumps({"id": f"art-{number}", "text": desk_article(ARTICLE, number)}) + "\n")
            common = [str(items), "--base-url", url, "-m", "stub", "--no-cache"]
            print(f"{options.count} articles, {options.latency_ms} ms per request (bench/stub.py)", flush=True)
            print(f"{'run':44} {'wall s':>7} {'art/s':>6} {'driver MiB':>10} {'actor peak MiB':>15} {'load':>5}")

            def report(name: str, run: dict[str, object]) -> None:
                seconds = float(run["seconds"])  # type: ignore[arg-type]
                actors = ",".join(str(m) for m in run["actors_mib"]) or "-"  # type: ignore[attr-defined]
                load = os.getloadavg()[0]
                print(
                    f"{name:44} {seconds:7.1f} {options.count / seconds:6.1f} {run['driver_mib']:>10} {actors:>15}"
                    f" {load:5.2f}",
                    flush=True,
                )

            ratios = []
            for turn in range(options.rounds):
                plain_out, ray_out = work / f"plain{turn}.jsonl", work / f"ray{turn}.jsonl"
                plain = _run([*common, "-q", "-j", "32", "-o", str(plain_out)], output=plain_out, ray=False)
                report("summarise batch -j 32", plain)
                on_ray = _run(
                    [*common, "-q", "-j", "16", "--ray", address, "--actors", "2", "-o", str(ray_out)], output=ray_out
                )
                report("summarise batch --ray --actors 2 -j 16", on_ray)
                for path in (plain_out, ray_out):
                    if sorted(set(_ids(path))) != sorted(f"art-{n}" for n in range(options.count)):
                        raise SystemExit(f"{path.name} does not hold every id")
                ratios.append(float(on_ray["seconds"]) / float(plain["seconds"]))  # type: ignore[arg-type]
            print("Ray / batch wall time: " + ", ".join(f"{r:.2f}x" for r in ratios) + " (target <= 1.3x)", flush=True)

            killed_out = work / "killed.jsonl"
            run = _run(
                [*common, "-j", "16", "--ray", address, "--actors", "2", "-o", str(killed_out)],
                kill_after=options.count // 3,
                output=killed_out,
            )
            report("--ray, one actor SIGKILLed mid-run", run)
            ids = _ids(killed_out)
            counts = Counter(ids)
            lost = options.count - len(counts)
            duplicated = sum(n - 1 for n in counts.values())
            redelivered = [line for line in str(run["stderr"]).splitlines() if "delivered twice" in line]
            restarted = len(run["actors_mib"]) - 2  # type: ignore[arg-type]
            print(
                f"killed worker pid {run['killed']} after {options.count // 3} records ({restarted} actor process(es)"
                f" started to replace it): {lost} ids lost, "
                f"{duplicated} duplicated in the output; "
                f"{redelivered[0].removeprefix('summarise: ') if redelivered else 'no row delivered twice'}",
                flush=True,
            )
            if run["killed"] is None:
                raise SystemExit("no Ray worker was found to kill")
    finally:
        stub.kill()
        stub.wait()
        if ray.is_initialized():
            ray.shutdown()


if __name__ == "__main__":
    main()
