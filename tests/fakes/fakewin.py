"""Shared plumbing for the fake Windows tools (sc.exe, icacls.exe, appcmd.exe, reg.exe).

Each fake
  * appends one JSON line {"tool", "argv", "stdin"} to the file named by KBWIZARD_FAKE_LOG,
  * keeps its state in the JSON file named by KBWIZARD_FAKE_STATE (read, changed, written back),
  * prints output shaped like the real tool's (see tests/data/windows/SOURCES.md for where each
    shape comes from) with CRLF line endings, and exits with the real exit code.
State key "hang": {"<tool>": seconds} makes that tool sleep first (for timeout tests).
"""

import fcntl
import json
import os
import sys
import time

_lock = None


def load_state():
    path = os.environ.get("KBWIZARD_FAKE_STATE")
    if not path or not os.path.exists(path):
        return {}
    with open(path, "r", encoding="utf-8") as f:
        text = f.read()
    return json.loads(text) if text.strip() else {}


def save_state(state):
    path = os.environ.get("KBWIZARD_FAKE_STATE")
    if not path:
        return
    tmp = "%s.%d.tmp" % (path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(state, f, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def read_stdin():
    if sys.stdin is None or sys.stdin.isatty():
        return b""
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError):
        return b""


def start(tool):
    """Logs the call, honours "hang"; returns (argv, stdin bytes, state)."""
    argv = sys.argv[1:]
    data = read_stdin()
    log = os.environ.get("KBWIZARD_FAKE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps({"tool": tool, "argv": argv,
                                "stdin": data.decode("utf-8", "replace")}, ensure_ascii=False))
            f.write("\n")
    # One fake at a time reads-modifies-writes the state (tests run fakes from several threads).
    global _lock
    state_path = os.environ.get("KBWIZARD_FAKE_STATE")
    if state_path:
        _lock = open(state_path + ".lock", "a")
        fcntl.flock(_lock, fcntl.LOCK_EX)
    state = load_state()
    delay = state.get("hang", {}).get(tool)
    if delay:
        if _lock:
            fcntl.flock(_lock, fcntl.LOCK_UN)
        time.sleep(float(delay))
    return argv, data, state


def _crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def out(text):
    sys.stdout.buffer.write(_crlf(text))
    sys.stdout.buffer.flush()


def err(text):
    sys.stderr.buffer.write(_crlf(text))
    sys.stderr.buffer.flush()


def lookup(mapping, key):
    """Case-insensitive dict lookup; returns (real key, value) or (None, None)."""
    for k, v in mapping.items():
        if k.lower() == key.lower():
            return k, v
    return None, None
