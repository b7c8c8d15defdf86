#!/usr/bin/env python3
# Builds the fixture archives (fixed times and owners) and records what GNU tar 1.34 (Debian 12) prints for each
# line of CASES in a workspace holding them, TZ=UTC, C.UTF-8: tar-cases.json, read by TarArchivesTest.
import gzip, io, json, os, shutil, subprocess, tarfile, tempfile
here = os.path.dirname(os.path.abspath(__file__))
MTIME = 1796518980  # 2026-12-06 01:03 UTC


def archive(name, entries, fmt=tarfile.GNU_FORMAT):
    with tarfile.open(os.path.join(here, name), "w", format=fmt) as t:
        for n, kind, extra, owner in entries:
            ti = tarfile.TarInfo(n)
            ti.mtime = MTIME
            ti.uid, ti.gid, ti.uname, ti.gname = owner
            if kind == "f":
                data = extra.encode()
                ti.size, ti.mode = len(data), 0o644
                t.addfile(ti, io.BytesIO(data))
            elif kind == "d":
                ti.type, ti.mode = tarfile.DIRTYPE, 0o755
                t.addfile(ti)
            elif kind == "l":
                ti.type, ti.linkname, ti.mode = tarfile.SYMTYPE, extra, 0o777
                t.addfile(ti)
            elif kind == "h":
                ti.type, ti.linkname, ti.mode = tarfile.LNKTYPE, extra, 0o644
                t.addfile(ti)


ROOT = (0, 0, "root", "root")
archive("abs.tar", [("/etc/abs.txt", "f", "a\n", ROOT)])
archive("dotdot.tar", [("../up.txt", "f", "u\n", ROOT), ("ok.txt", "f", "ok\n", ROOT),
                       ("a/../../b.txt", "f", "b\n", ROOT)])
archive("links.tar", [("etc/", "d", "", ROOT), ("etc/mtab", "l", "/proc/mounts", ROOT), ("etc/rel", "l", "hostname", ROOT),
                      ("etc/hostname", "f", "h\n", ROOT), ("etc/hard", "h", "etc/hostname", ROOT)])
archive("pax.tar", [("usr/", "d", "", (1000, 1000, "", "")), ("usr/" + "long-name-" * 12 + "end.txt", "f", "x\n", (1000, 1000, "", "")),
                    ("usr/big", "f", "y" * 12345, (0, 0, "someverylongusername", "someverylonggroupname")),
                    ("usr/small", "f", "z\n", ROOT)], tarfile.PAX_FORMAT)
with open(os.path.join(here, "links.tar"), "rb") as plain, \
        gzip.GzipFile(os.path.join(here, "links.tgz"), "wb", mtime=MTIME) as packed:
    packed.write(plain.read())
CASES = [
    "tar -tvf abs.tar",
    "tar -tf abs.tar",
    "tar -xvf abs.tar && cat etc/abs.txt",
    "tar -tvf dotdot.tar",
    "mkdir o && tar -xvf dotdot.tar -C o; ls o",
    "tar -tvf links.tar",
    "tar -xvf links.tar etc/hostname etc/hard && cat etc/hard && ls etc",
    "tar -xf links.tar etc/rel etc/hostname && cat etc/rel",
    "tar -tvf pax.tar",
    "tar -tf pax.tar",
    "cat pax.tar | tar -tv usr/small",
    "cat links.tgz | tar -tvz",
    "cat links.tgz | tar -t",
    "tar -tvf links.tgz etc/hostname",
    "tar -xzf links.tgz etc/hostname && cat etc/hostname",
    "tar --list --verbose --file=abs.tar",
]
FIXTURES = ("abs.tar", "dotdot.tar", "links.tar", "links.tgz", "pax.tar")
out = []
for line in CASES:
    ws = tempfile.mkdtemp()
    for f in FIXTURES:
        shutil.copy(os.path.join(here, f), ws)
    p = subprocess.run(["bash", "-c", line], cwd=ws, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                       env={"LC_ALL": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin", "HOME": ws})
    out.append({"line": line, "out": p.stdout, "err": p.stderr, "status": p.returncode})
    shutil.rmtree(ws)
with open(os.path.join(here, "tar-cases.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
