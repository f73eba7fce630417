"""Run every bench/bench_*.py in turn and print what each one prints (``make bench``).

Each benchmark runs in its own process with this interpreter; the exit status is that of
the first benchmark that failed to run, else 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if not scripts:
        print("No benchmarks found.")
        return 0
    status = 0
    for script in scripts:
        print(f"=== {script.name} ===", flush=True)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, str(script)], check=False).returncode
        print(f"=== {script.name}: exit {code}, {time.perf_counter() - start:.1f} s ===\n", flush=True)
        status = status or code
    return status


if __name__ == "__main__":
    raise SystemExit(main())
