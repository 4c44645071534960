"""Checks that every entry of an archive can be extracted on Windows: no character Windows
forbids in a name, no reserved device name, no name ending in a dot or a space, and every path
short enough (MAX_PATH, 260) once extracted into a typical Downloads folder with Explorer's
"Extract all", which makes a folder named after the archive."""

import sys
import zipfile

FORBIDDEN = set('<>:"|?*\\') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
# C:\Users\<a 20-character user name>\Downloads\<archive name without .zip>\
DOWNLOADS = "C:\\Users\\" + "u" * 20 + "\\Downloads\\"
MAX_PATH = 260


def problems(archive):
    stem = archive.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].removesuffix(".zip")
    found = []
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
        for name in names:
            parts = name.rstrip("/").split("/")
            for part in parts:
                bad = sorted(set(part) & FORBIDDEN)
                if bad:
                    found.append(f"{name}: {bad!r} not allowed in a Windows name")
                if part.split(".")[0].upper() in RESERVED:
                    found.append(f"{name}: {part} is a reserved name on Windows")
                if part.endswith((".", " ")):
                    found.append(f"{name}: {part!r} ends in a dot or a space")
            full = DOWNLOADS + stem + "\\" + name.replace("/", "\\")
            if len(full) >= MAX_PATH:
                found.append(f"{name}: {len(full)} characters once extracted, over Windows' {MAX_PATH}")
        lower = {}
        for name in names:
            other = lower.setdefault(name.lower(), name)
            if other != name:
                found.append(f"{name} and {other} differ only in letter case (one folder on Windows)")
    return names, found


def main():
    archive = sys.argv[1]
    names, found = problems(archive)
    longest = max(len(n) for n in names)
    print(f"check-windows: {len(names)} entries, the longest {longest} characters: "
          f"{'valid on Windows' if not found else 'NOT valid on Windows'}")
    for p in found:
        print(f"check-windows: {p}", file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
