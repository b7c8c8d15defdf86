#!/bin/bash
# Re-records recorded-builtins.json: runs each line of builtin-cases.txt with the real bash and GNU tools
# (C.UTF-8, output not a terminal) in a fresh copy of the fixture workspace, and saves stdout, stderr, status.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C.UTF-8
python3 - "$here" <<'PY'
import json, os, subprocess, sys, tempfile, shutil
here = sys.argv[1]
cases = [l.rstrip("\n") for l in open(os.path.join(here, "builtin-cases.txt"), encoding="utf-8")
         if l.strip() and not l.startswith("#")]
out = []
for line in cases:
    ws = tempfile.mkdtemp()
    for name, text in {"f": "hello\n", "g": "a\nb b\n", "nums": "10\n9\n100\n9\n-1\n",
                       "words": "b\na\nb\nB\n\nc\n", "noeol": "x\ny", "d/inner": "deep hello\n"}.items():
        os.makedirs(os.path.dirname(os.path.join(ws, name)) or ws, exist_ok=True)
        open(os.path.join(ws, name), "w").write(text)
    os.makedirs(os.path.join(ws, "empty"))
    script = line.replace("docker-tutor", "bash")
    p = subprocess.run(["bash", "-c", script], cwd=ws, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=10,
                       env={"LC_ALL": "C.UTF-8", "PATH": os.environ["PATH"], "HOME": ws})
    err = p.stderr.replace("bash: line 1: ", "docker-tutor: ").replace("bash: ", "docker-tutor: ")
    out.append({"line": line, "out": p.stdout, "err": err, "status": p.returncode})
    shutil.rmtree(ws)
with open(os.path.join(here, "recorded-builtins.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
PY
