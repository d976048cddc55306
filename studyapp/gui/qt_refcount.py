"""Work around PySide6 6.12.0 dropping a reference to None / True / False on Python 3.11.

Measured here (Python 3.11.7, PySide6-Essentials 6.12.0): every call of a Qt method returning
void takes one reference from None, and every signal emit one from True, without giving it back.
Python 3.12+ makes these objects immortal (PEP 683), so the bug is invisible there; on 3.11
None's count reaches zero after a few thousand calls and the interpreter aborts with
"none_dealloc: deallocating None". Until a PySide6 release fixes it, the GUI gives the three
singletons the same treatment 3.12 does: a reference count so large it never reaches zero.
"""

from __future__ import annotations

import ctypes
import sys

IMMORTAL = 1 << 60


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False out of reach; True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is PyObject's first field
        if refcnt.value < IMMORTAL // 2:
            refcnt.value += IMMORTAL
    return True
