"""Checks the Windows build structurally: both executables are PE32+ x86-64 with the right
subsystem, an icon and version information naming ACT Export; the installer carries its own
version information. Run by scripts/check-windows with pefile (from PyPI)."""

import sys

import pefile

RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16
GUI, CONSOLE = 2, 3


def version_strings(pe):
    found = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for block in info:
            for table in getattr(block, "StringTable", []):
                for key, value in table.entries.items():
                    found[key.decode()] = value.decode()
    return found


def check(path, *, subsystem, version, pe64=True, description=None):
    pe = pefile.PE(path)
    problems = []
    magic = pe.OPTIONAL_HEADER.Magic
    if pe64 and (magic != 0x20B or pe.FILE_HEADER.Machine != 0x8664):
        problems.append(f"not PE32+ x86-64 (magic {magic:#x}, machine {pe.FILE_HEADER.Machine:#x})")
    if subsystem is not None and pe.OPTIONAL_HEADER.Subsystem != subsystem:
        problems.append(f"subsystem {pe.OPTIONAL_HEADER.Subsystem}, expected {subsystem}")
    resources = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    kinds = {entry.id for entry in resources.entries} if resources else set()
    for kind, name in ((RT_ICON, "icon"), (RT_GROUP_ICON, "icon group"), (RT_VERSION, "version")):
        if kind not in kinds:
            problems.append(f"no {name} resource")
    strings = version_strings(pe)
    if strings.get("ProductName") != "ACT Export":
        problems.append(f"ProductName {strings.get('ProductName')!r}")
    if not strings.get("ProductVersion", "").startswith(version):
        problems.append(f"ProductVersion {strings.get('ProductVersion')!r}, expected {version}")
    if description and strings.get("FileDescription") != description:
        problems.append(f"FileDescription {strings.get('FileDescription')!r}")
    kind = {GUI: "GUI", CONSOLE: "console"}.get(pe.OPTIONAL_HEADER.Subsystem, "?")
    bits = "PE32+" if magic == 0x20B else "PE32"
    print(f"check-windows: {path}: {bits}, {kind}, {strings.get('ProductName')} "
          f"{strings.get('ProductVersion')}, icon and version resources")
    return [f"{path}: {p}" for p in problems]


def main():
    app, cli, setup, version = sys.argv[1:5]
    problems = []
    problems += check(app, subsystem=GUI, version=version)
    problems += check(cli, subsystem=CONSOLE, version=version, description="ACT Export command line")
    # The NSIS stub is a 32-bit GUI program; what matters is its version information and icon.
    problems += check(setup, subsystem=GUI, version=version, pe64=False)
    for p in problems:
        print(f"check-windows: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
