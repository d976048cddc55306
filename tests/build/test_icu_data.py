"""The trimmed ICU data library (build/icu_data.py): the package format and what is kept."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

import PySide6

ICU = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"


def _header() -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), bytes([73, 0, 0, 0]))
    head = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return head + b"\0" * (32 - len(head))


def test_a_package_survives_filtering_and_rewriting(icu_data):
    items = {
        "icudt73l/root.res": b"R" * 16,
        "icudt73l/brkitr/cjdict.dict": b"D" * 48,
        "icudt73l/coll/de.res": b"C" * 32,
        "icudt73l/ibm-1252_P100-2000.cnv": b"V" * 16,
    }
    package = icu_data.Package(_header(), items)
    again = icu_data.Package.parse(package.to_bytes())
    assert again == package
    smaller = icu_data.Package.parse(package.filtered(icu_data.keep_item).to_bytes())
    assert list(smaller.items) == ["icudt73l/coll/de.res", "icudt73l/root.res"]  # sorted for ICU's search
    assert smaller.items["icudt73l/coll/de.res"] == b"C" * 32


def test_not_a_package_is_refused(icu_data):
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_data.Package.parse(b"\0" * 64)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("icudt73l/en.res", True),
        ("icudt73l/root.res", True),
        ("icudt73l/zoneinfo64.res", True),
        ("icudt73l/coll/ucadata.icu", True),
        ("icudt73l/zone/fr.res", True),
        ("icudt73l/cnvalias.icu", True),
        ("icudt73l/nfkc.nrm", True),
        ("icudt73l/brkitr/cjdict.dict", False),
        ("icudt73l/curr/en.res", False),
        ("icudt73l/unit/de.res", False),
        ("icudt73l/lang/fr.res", False),
        ("icudt73l/translit/root.res", False),
        ("icudt73l/gb18030.cnv", False),
        ("icudt73l/rfc3491.spp", False),
    ],
)
def test_what_qt_uses_is_kept(icu_data, name, kept):
    assert icu_data.keep_item(name) is kept


def test_the_real_package_is_read_and_rewritten_byte_for_byte(icu_data):
    blob = icu_data.read_symbol(ICU, "icudt73_dat")
    package = icu_data.Package.parse(blob)
    assert "icudt73l/coll/root.res" in package.items and len(package.items) > 1000
    assert package.to_bytes() == blob


@pytest.mark.skipif(shutil.which("cc") is None, reason="the build links the data with cc; none here")
def test_the_trimmed_library_exports_the_smaller_package(icu_data, tmp_path):
    out = tmp_path / "libicudata.so.73"
    before, after = icu_data.trimmed_icu_data(ICU, out)
    assert 0 < after < before
    package = icu_data.Package.parse(icu_data.read_symbol(out, "icudt73_dat"))
    assert len(package.items) == after and all(icu_data.keep_item(n) for n in package.items)
    assert out.stat().st_size < ICU.stat().st_size / 2
