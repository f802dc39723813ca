"""Bundle size and start time: process start -> first rendered frame of the sample project.

    packaging/build.sh --no-test                               # build dist/plannerapp first
    .venv/bin/python benchmarks/bench_bundle_start.py          # 1 cold + 3 warm GUI starts, 1 self-test
    .venv/bin/python benchmarks/bench_bundle_start.py --bundle dist/plannerapp --warm 5
    .venv/bin/python benchmarks/bench_bundle_start.py --source # the same, from the source tree

Each start runs ``plannerapp`` (the GUI opening the Delft sample project) with
``PLANNERAPP_REPORT_FIRST_FRAME=exit``: the app prints ``first-frame <s>`` on stderr
when the first frame showing the project has been rendered (seconds since the
process started, from psutil) and quits.  The script also measures the wall time
from spawning the process to reading that line.  The GUI runs on an Xvfb display
started here (Mesa llvmpipe, software OpenGL) unless $DISPLAY is set.

"Cold": every file of the bundle is evicted from the page cache first
(``posix_fadvise(DONTNEED)``, no root needed; system libraries such as Mesa stay
cached), as on the first start after installing.  "Warm": started again at once.
Figures vary with the machine's load (2 shared cores here): run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def evict(folder: Path) -> int:
    """Drop the page cache of every file under *folder*; returns the number of files."""
    n = 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            try:
                fd = os.open(p, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                n += 1
            finally:
                os.close(fd)
    return n


def size_mb(folder: Path) -> tuple[float, int]:
    total, files = 0, 0
    for p in folder.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total / 1e6, files


def start_once(cmd: list[str], env: dict, timeout: float) -> tuple[float, float]:
    """(wall seconds spawn -> 'first-frame' line, app-reported seconds since process start)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    reported = None
    try:
        deadline = t0 + timeout
        for line in proc.stderr:
            if line.startswith("first-frame "):
                wall = time.perf_counter() - t0
                reported = float(line.split()[1])
                break
            if time.perf_counter() > deadline:
                break
        if reported is None:
            raise RuntimeError(f"no first-frame line from {cmd[0]} (exit {proc.poll()})")
        proc.wait(timeout=60)
        return wall, reported
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", default=str(ROOT / "dist" / "plannerapp"), help="bundle folder (default dist/plannerapp)")
    ap.add_argument("--source", action="store_true", help="time the source tree (.venv python -m plannerapp) instead")
    ap.add_argument("--warm", type=int, default=3, help="warm starts after the cold one (default 3)")
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()

    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8",
           "PLANNERAPP_REPORT_FIRST_FRAME": "exit", "PLANNERAPP_CONFIG_DIR": str(Path("/tmp") / "plannerapp-bench-config")}
    if args.source:
        cmd = [sys.executable, "-m", "plannerapp"]
        env["PYTHONPATH"] = str(ROOT)
        folder = None
        print("source tree:", ROOT)
    else:
        folder = Path(args.bundle).resolve()
        exe = folder / ("plannerapp.exe" if os.name == "nt" else "plannerapp")
        if not exe.is_file():
            print(f"no bundle at {folder}: run packaging/build.sh first", file=sys.stderr)
            return 2
        cmd = [str(exe)]
        mb, files = size_mb(folder)
        tgz = sorted(folder.parent.glob("plannerapp-*.tar.gz"))
        print(f"bundle: {folder}  {mb:.0f} MB in {files} files" +
              (f"; archive {tgz[-1].name} {tgz[-1].stat().st_size / 1e6:.0f} MB" if tgz else ""))

    xvfb = None
    if not os.environ.get("DISPLAY"):
        if not shutil.which("Xvfb"):
            print("needs $DISPLAY or Xvfb", file=sys.stderr)
            return 2
        n = next(n for n in range(170, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        xvfb = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{n}").exists():
                break
            time.sleep(0.1)
        env["DISPLAY"] = f":{n}"
    else:
        env["DISPLAY"] = os.environ["DISPLAY"]
    try:
        if folder is not None:
            evicted = evict(folder)
            wall, rep = start_once(cmd, env, args.timeout)
            print(f"cold start to first frame: {wall:.2f} s wall (app: {rep:.2f} s since process start; "
                  f"{evicted} files evicted from the page cache)")
        walls, reps = [], []
        for _ in range(args.warm):
            wall, rep = start_once(cmd, env, args.timeout)
            walls.append(wall)
            reps.append(rep)
        if walls:
            print(f"warm start to first frame: median {statistics.median(walls):.2f} s wall "
                  f"(runs {', '.join(f'{w:.2f}' for w in walls)}; app: median {statistics.median(reps):.2f} s)")
        t0 = time.perf_counter()
        st_env = {k: v for k, v in env.items() if k not in ("DISPLAY", "PLANNERAPP_REPORT_FIRST_FRAME")}
        r = subprocess.run([*cmd, "--self-test"], env=st_env, capture_output=True, text=True, timeout=args.timeout)
        print(f"self-test (no display, EGL): {time.perf_counter() - t0:.2f} s wall, exit {r.returncode}: "
              f"{(r.stdout or r.stderr).strip().splitlines()[-1] if (r.stdout or r.stderr).strip() else ''}")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
