"""A smaller ICU data library for the packaged app (32 MB -> about 11 MB).

QtCore links ICU, whose data library `libicudata.so.73` is one symbol, `icudt73_dat`: an ICU
"common data" package holding every converter table, break-iterator dictionary, and unit,
currency, language and region name of every locale. Qt calls only ICU's case mapping,
collation (QCollator), time-zone names and IDs, and converters for legacy encodings (the ucnv_,
ucol_, ucal_ and u_strTo* functions it imports); the app's text is UTF-8, which Qt converts
itself. So the package is rewritten keeping the locale tree, collation, zones and the core
property files, and linked into a replacement library with the same soname and symbol.

Package layout (ICU4C common/ucmndata.h, format "CmnD" 1): a data header of `headerSize`
bytes, then the table of contents: uint32 count and `count` pairs (nameOffset, dataOffset),
both relative to the table's start, names sorted (ICU binary-searches them), items 16-aligned.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Item names inside the package, after its "icudt73l/" prefix. Kept: the main locale tree
# (*.res at the top), coll/ (QCollator), zone/ (QTimeZone display names), and the small .icu/.nrm
# property files. Dropped: see the module docstring.
DROPPED_TREES = ("brkitr/", "curr/", "lang/", "rbnf/", "region/", "translit/", "unit/")
DROPPED_SUFFIXES = (".cnv", ".spp", ".cfu")


def keep_item(name: str) -> bool:
    """True for an ICU data item (`icudt73l/coll/de.res`) Qt can use."""
    item = name.split("/", 1)[1] if "/" in name else name
    return not item.startswith(DROPPED_TREES) and not item.endswith(DROPPED_SUFFIXES)


@dataclass(frozen=True)
class Package:
    header: bytes  # the data header, copied as is (it names the format and ICU version)
    items: dict[str, bytes]  # name -> item bytes, in the package's (sorted) order

    @classmethod
    def parse(cls, blob: bytes) -> "Package":
        header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
        if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
            raise ValueError("not an ICU common data package")
        (count,) = struct.unpack_from("<I", blob, header_size)
        entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
        items = {}
        for i, (name_offset, data_offset) in enumerate(entries):
            start = header_size + name_offset
            name = blob[start:blob.index(b"\0", start)].decode("ascii")
            end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
            items[name] = blob[header_size + data_offset:header_size + end]
        return cls(blob[:header_size], items)

    def to_bytes(self) -> bytes:
        names = sorted(self.items)
        toc_size = 4 + 8 * len(names)
        name_bytes = b"".join(n.encode("ascii") + b"\0" for n in names)
        name_offsets, at = [], toc_size
        for n in names:
            name_offsets.append(at)
            at += len(n) + 1
        data_start = _align(toc_size + len(name_bytes), 16)
        data_offsets, body, at = [], bytearray(), data_start
        for n in names:
            data_offsets.append(at)
            item = self.items[n]
            padded = _align(len(item), 16)
            body += item + b"\0" * (padded - len(item))
            at += padded
        toc = struct.pack("<I", len(names)) + b"".join(
            struct.pack("<II", no, do) for no, do in zip(name_offsets, data_offsets)
        )
        gap = b"\xaa" * (data_start - toc_size - len(name_bytes))  # icupkg's padding byte
        return self.header + toc + name_bytes + gap + bytes(body)

    def filtered(self, keep: Callable[[str], bool]) -> "Package":
        return Package(self.header, {n: d for n, d in self.items.items() if keep(n)})


def _align(n: int, to: int) -> int:
    return (n + to - 1) // to * to


def read_symbol(library: Path, symbol: str) -> bytes:
    """The bytes of a data symbol of a shared library, located with objdump (which PyInstaller
    needs on Linux anyway)."""
    out = subprocess.run(["objdump", "-T", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    sections = {}
    address = size = None
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[0].isdigit() and parts[6].startswith("2**"):  # idx name size vma lma off align
            sections[parts[1]] = (int(parts[3], 16), int(parts[5], 16))
        if parts and parts[-1] == symbol and "*UND*" not in line:
            address, size = int(parts[0], 16), int(parts[-2], 16)
            section = parts[3]
    if address is None:
        raise ValueError(f"{library} has no symbol {symbol}")
    vma, file_offset = sections[section]
    with open(library, "rb") as fh:
        fh.seek(address - vma + file_offset)
        return fh.read(size)


def build_library(blob: bytes, symbol: str, soname: str, out: Path) -> None:
    """Link `blob` as the exported read-only symbol `symbol` of a shared library."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.bin"
        data.write_bytes(blob)
        asm = Path(tmp) / "data.s"
        asm.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise FileNotFoundError("a C compiler (cc) is needed to link the trimmed ICU data")
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)],
                       check=True)


def trimmed_icu_data(library: Path, out: Path) -> tuple[int, int]:
    """Write a trimmed copy of ICU's data library to `out`; (items before, items after)."""
    symbol = _data_symbol(library)
    package = Package.parse(read_symbol(library, symbol))
    smaller = package.filtered(keep_item)
    build_library(smaller.to_bytes(), symbol, library.name, out)
    return len(package.items), len(smaller.items)


def _data_symbol(library: Path) -> str:
    """`libicudata.so.73` holds `icudt73_dat`."""
    major = library.name.rsplit(".so.", 1)[1].split(".")[0]
    return f"icudt{major}_dat"
