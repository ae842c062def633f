"""The command line through its real entry points: exit codes, one-line errors, no half-written output."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from summarise import schema_export
from summarise.cli import EXIT_CODES

from .conftest import DATA, ROOT

EXE = shutil.which("summarise", path=str(Path(sys.executable).parent)) or "summarise"


def _run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [EXE, *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def _one_line_error(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode()
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    assert "Traceback" not in err
    assert lines[0].startswith("summarise: error: ")
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_missing_file_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = _run(str(tmp_path / "absent.txt"), "-o", str(out))
    assert proc.returncode == 3
    assert "no such file" in _one_line_error(proc)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_empty_stdin_exits_3() -> None:
    proc = _run("-", stdin=b"  \n")
    assert proc.returncode == 3
    assert "standard input is empty" in _one_line_error(proc)


def test_a_closed_standard_input_exits_3() -> None:
    # `summarise - <&-`: Python starts with no sys.stdin at all.
    proc = subprocess.run(
        [EXE, "-", "--engine", "extractive"], capture_output=True, timeout=300, preexec_fn=lambda: os.close(0)
    )
    assert proc.returncode == 3
    assert _one_line_error(proc) == "summarise: error: no standard input to read the article from"


def test_binary_input_exits_3(tmp_path: Path) -> None:
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    proc = _run(str(png))
    assert proc.returncode == 3
    assert "PNG image" in _one_line_error(proc)


def test_unreachable_endpoint_exits_5_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = _run(
        str(DATA / "reservoir.txt"),
        "--base-url",
        f"http://127.0.0.1:{_closed_port()}/v1",
        "--model",
        "any",
        "-o",
        str(out),
        env={"SUMMARISE_TRANSPORT_RETRIES": "0", "OPENAI_API_KEY": "fake-key-never-printed-0000"},
    )
    assert proc.returncode == 5
    line = _one_line_error(proc)
    assert "cannot reach" in line
    assert "fake-key-never-printed" not in line
    assert not out.exists()


def test_bad_model_path_exits_4(tmp_path: Path) -> None:
    proc = _run(str(DATA / "reservoir.txt"), "--model", str(tmp_path / "nope.gguf"))
    assert proc.returncode == 4
    assert "does not exist" in _one_line_error(proc)


def test_unknown_option_is_a_usage_error_in_one_line() -> None:
    proc = _run(str(DATA / "reservoir.txt"), "--no-such-flag")
    assert proc.returncode == 2
    assert _one_line_error(proc) == "summarise: error: no such option '--no-such-flag' (see 'summarise run --help')"
    assert proc.stdout == b""


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["run"], "missing argument 'ARTICLE' (see 'summarise run --help')"),
        (["batch", "x.txt"], "missing option '-o' / '--output' (see 'summarise batch --help')"),
        (["eval"], "missing argument 'GOLD_DIR' (see 'summarise eval --help')"),
        (["eval", "gold", "--concurrency", "0"], "invalid value for '-j' / '--concurrency': 0 is not in the range"),
        (["serve", "--port", "http"], "invalid value for '--port': 'http' is not a valid integer range"),
        (["x.txt", "--lang", "xx"], "invalid value for '--lang': 'xx' is not an ISO 639-1 language code"),
        (["x.txt", "--lang", "ко"], "invalid value for '--lang': 'ко' is not an ISO 639-1 language code"),
        (["x.txt", "--lang", "en-US"], "invalid value for '--lang': 'en-US' is not an ISO 639-1 language code"),
        (["x.txt", "--lang", ","], "invalid value for '--lang': ',' names no language"),
        (["batch", "x.txt", "-o", "o.jsonl", "--lang", "en,xx"], "invalid value for '--lang': 'xx' is not an ISO"),
        (["eval", "gold", "--lang", "zz"], "invalid value for '--lang': 'zz' is not an ISO 639-1 language code"),
    ],
)
def test_a_missing_argument_or_bad_value_is_a_usage_error_in_one_line(args: list[str], line: str) -> None:
    proc = _run(*args)
    assert proc.returncode == 2
    assert _one_line_error(proc).startswith(f"summarise: error: {line}")


def test_summarise_alone_shows_the_help() -> None:
    proc = _run()
    assert proc.returncode == 2
    help_text = proc.stderr.decode()
    assert help_text.startswith("Usage: summarise [OPTIONS] COMMAND [ARGS]...")
    assert all(f"  {command} " in help_text for command in ("run", "batch", "eval", "serve"))


def test_the_exit_codes_agree_in_the_readme_the_cli_and_the_errors() -> None:
    import re

    from summarise import errors

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    assert [int(code) for code in re.findall(r"^\| (\d+) \|", section, re.MULTILINE)] == sorted(EXIT_CODES)
    raised = {
        kind.__name__: kind.exit_code
        for kind in vars(errors).values()
        if isinstance(kind, type) and issubclass(kind, errors.SummariseError) and kind is not errors.SummariseError
    }
    assert raised["OutputWriteError"] == 9 and raised["ConfigurationError"] == 4
    for name, code in raised.items():
        assert code in EXIT_CODES, f"{name} exits {code}, which the table does not list"


@pytest.mark.embedded
def test_stdin_to_json_file_with_the_bundled_model(tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    proc = _run(
        "-", "--format", "json", "-o", str(out), "--grounding-reasks", "0", stdin=(DATA / "reservoir.txt").read_bytes()
    )
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema_export.load("article_summary.schema.json"))
    assert data["metadata"]["engine"] == "embedded"
    assert proc.stdout == b""


@pytest.mark.embedded
def test_python_dash_m_prints_markdown() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "summarise", str(DATA / "reservoir.txt"), "--format", "markdown", "--lang", "en,de"],
        capture_output=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert text.startswith("# ")
    assert "## Event" in text
    assert "embedded · gemma-3-270m-q4_k_m" in text
    assert "## Grounding" in text
    assert "## Brief (de)" in text


def test_ci_runs_the_readme_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0].strip() for block in readme.split("```sh\n")[1:4]]
    assert len(blocks) == 3, "README needs its set-up, run and test commands near the top"
    for command in blocks:
        assert command.split(" > ")[0].split(" --format")[0] in ci, f"CI does not run README's {command!r}"


def test_a_url_is_fetched_summarised_and_its_page_recorded(tmp_path: Path) -> None:
    from .fakes import Page, completion, page_server, scripted_server
    from .test_html import PAGE, _answer

    out = tmp_path / "summary.json"
    with (
        page_server({"/ferry": Page(body=PAGE.read_bytes())}) as (base, seen),
        scripted_server([completion(_answer())]) as (url, script),
    ):
        proc = _run(f"{base}/ferry", "--base-url", url, "-m", "authored", "--grounding-reasks", "0", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert seen == ["/ferry"] and len(script.requests) == 1
    assert "CANARY" not in json.dumps(script.requests[0]["messages"])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["metadata"]["source"] == {
        "title": "Ferry to Skarra resumes",
        "author": "Ada Brennick",
        "published": "2026-05-08",
        "url": f"{base}/ferry",
    }
    assert result["event"]["when_iso"] == "2026-05-07"


def test_published_given_on_the_command_line_wins_over_the_page(tmp_path: Path) -> None:
    from .fakes import completion, scripted_server
    from .test_html import PAGE, _answer

    with scripted_server([completion(_answer())]) as (url, _):
        proc = _run(str(PAGE), "--published", "2026-05-12", "--base-url", url, "-m", "authored", "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    # Tuesday 12 May 2026: the Thursday before is 7 May.
    assert result["metadata"]["source"]["published"] == "2026-05-12"
    assert result["event"]["when_resolved"]["start"] == "2026-05-07"
    bad = _run(str(PAGE), "--published", "12/05/2026")
    assert bad.returncode == 2 and b"%Y-%m-%d" in bad.stderr


def test_a_url_that_cannot_be_fetched_exits_8_and_writes_nothing(tmp_path: Path) -> None:
    from .fakes import Page, page_server

    out = tmp_path / "summary.json"
    with page_server({"/doc.pdf": Page(body=b"%PDF-1.7", content_type="application/pdf")}) as (base, _):
        proc = _run(f"{base}/doc.pdf", "--base-url", "http://127.0.0.1:9/v1", "-m", "x", "-o", str(out))
    assert proc.returncode == 8
    assert _one_line_error(proc).endswith("the page is application/pdf, not HTML or text")
    assert not out.exists()


def test_a_bad_setting_exits_4_with_one_line_from_the_real_entry_point() -> None:
    proc = _run(str(DATA / "reservoir.txt"), env={"SUMMARISE_REASKS": "abc"})
    assert proc.returncode == 4
    assert _one_line_error(proc) == (
        "summarise: error: invalid setting SUMMARISE_REASKS='abc': input should be a valid integer, "
        "unable to parse string as an integer"
    )
    assert proc.stdout == b""


def test_a_bad_setting_stops_serve_with_exit_4() -> None:
    # Were the setting ignored, the server would start and the timeout would end the test.
    proc = subprocess.run(
        [EXE, "serve", "--port", "0"],
        capture_output=True,
        timeout=60,
        env={**os.environ, "SUMMARISE_THREADS": "0"},
        cwd=ROOT,
    )
    assert proc.returncode == 4
    assert "invalid setting SUMMARISE_THREADS='0'" in _one_line_error(proc)


def test_run_batch_and_eval_share_the_model_options_of_the_library() -> None:
    import inspect

    import click

    from summarise import asummarise, summarise, summarise_many
    from summarise.cli import main
    from summarise.cli.options import model_options

    def bare() -> None:
        pass

    shared = {param.name for param in model_options(bare).__click_params__}  # type: ignore[attr-defined]
    assert {"model", "base_url", "engine", "language", "template", "part_tokens"} <= shared
    for name in ("run", "batch", "eval"):
        command = main.commands[name]
        assert shared <= {p.name for p in command.params if isinstance(p, click.Option)}, name
    for entry in (summarise, asummarise, summarise_many):
        assert shared <= set(inspect.signature(entry).parameters), entry.__name__


@pytest.mark.parametrize("command", ["run", "batch", "eval"])
def test_an_output_that_cannot_be_written_exits_9_not_4(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no-such-dir"
    target = missing / {"run": "summary.json", "batch": "out.jsonl", "eval": "report.html"}[command]
    args = {
        "run": [str(DATA / "reservoir.txt"), "-o", str(target)],
        "batch": ["batch", str(DATA / "reservoir.txt"), "-o", str(target), "-q"],
        "eval": ["eval", str(ROOT / "eval" / "gold"), "--report", str(target), "-q", "--json"],
    }[command]
    proc = _run(*args, "--engine", "extractive")
    assert proc.returncode == 9, proc.stderr.decode()
    assert _one_line_error(proc) == f"summarise: error: cannot write {target}: No such file or directory"
    assert not missing.exists()


class _StoppedServer:
    """A server whose serve_forever is stopped by Ctrl-C at once."""

    server_port = 8080

    def __init__(self) -> None:
        self.closed = False

    def serve_forever(self, on_ready: Callable[[], None] | None = None) -> None:
        if on_ready is not None:
            on_ready()
        raise KeyboardInterrupt

    def server_close(self) -> None:
        self.closed = True


def test_ctrl_c_stops_serve_with_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from click.testing import CliRunner

    from summarise import cli, engines
    from summarise.serve import server

    stopped = _StoppedServer()
    monkeypatch.setattr(engines, "from_settings", lambda settings: SimpleNamespace(model="stand-in"))
    monkeypatch.setattr(server, "make_server", lambda engine, host, port: stopped)
    result = CliRunner().invoke(cli.main, ["serve", "--port", "0"])
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [
        "serving stand-in on http://127.0.0.1:8080/v1",
        "summarise: error: interrupted; the server has stopped",
    ]
    assert stopped.closed


@pytest.mark.embedded
def test_sigint_stops_the_real_serve_with_exit_130() -> None:
    import signal

    # A shell's background job ignores SIGINT, and a child inherits that: give the server the default.
    proc = subprocess.Popen(
        [EXE, "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stderr is not None
    first = proc.stderr.readline().decode()
    assert first.startswith("serving gemma-3-270m-q4_k_m on http://127.0.0.1:"), first
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err.decode().splitlines()) == (
        130,
        ["summarise: error: interrupted; the server has stopped"],
    )


def test_a_file_url_is_read_as_its_file_and_a_bad_one_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes((ROOT / "examples" / "port_strike.txt").read_bytes())
    proc = _run(path.as_uri(), "--engine", "extractive", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert "Valmera" in json.loads(proc.stdout)["event"]["what"]
    proc = _run("file://" + str(path).lstrip("/"), "--engine", "extractive")
    assert proc.returncode == 3
    assert "(three slashes: file:///" in _one_line_error(proc)
