"""Sanitising rich text and the bank-only image gate, with a file spy on everything outside the bank."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextBrowser

from studyapp.core.limits import MAX_IMAGE_SIDE, ImageRefused, check_image, image_size
from studyapp.core.richtext import escape, sanitise
from studyapp.gui.bank_document import BankDocument


def png(path, w=4, h=3):
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(0x123456)
    assert image.save(str(path))
    return path


@pytest.fixture
def bank(tmp_path):
    folder = tmp_path / "bank"
    (folder / "img").mkdir(parents=True)
    png(folder / "img" / "map.png")
    outside = tmp_path / "outside"
    outside.mkdir()
    png(outside / "secret.png")
    (folder / "img" / "link.png").symlink_to(outside / "secret.png")
    return folder, outside


def test_escape_shows_markup_as_text():
    assert escape('<img src="/etc/passwd">\nnext') == "&lt;img src=&quot;/etc/passwd&quot;&gt;<br>next"


def test_sanitise_keeps_formatting_and_drops_the_rest(bank):
    folder, outside = bank
    dirty = ('<b>bold</b> <i>it</i> <script>alert(1)</script><a href="http://127.0.0.1:9/">link</a>'
             '<p onclick="x()" style="color:red">para</p><iframe src="http://x"></iframe>'
             f'<img src="{outside}/secret.png"><img src="file://{outside}/secret.png">'
             '<img src="../outside/secret.png"><img src="img/link.png"><img src="http://127.0.0.1:9/a.png">'
             '<img src="img/map.png" alt="map" onerror="x()">')
    clean = sanitise(dirty, folder)
    assert clean == '<b>bold</b> <i>it</i> link<p>para</p><img src="img/map.png" alt="map">'
    assert sanitise('<img src="img/map.png">') == ""  # no bank folder: no images at all


@pytest.mark.parametrize("relative, reason", [
    ("../outside/secret.png", "leaves"), ("/etc/passwd", "leaves"), ("C:\\x.png", "leaves"),
    ("img/link.png", "leaves"), ("img/CON.png", "leaves"), ("file:///etc/passwd", "URL"),
    ("http://127.0.0.1/x.png", "URL"), ("img/missing.png", "does not exist"), ("bank.toml", "png"),
])
def test_check_image_refuses(bank, relative, reason):
    folder, _ = bank
    (folder / "bank.toml").write_text("x")
    with pytest.raises(ImageRefused, match=reason):
        check_image(folder, relative)


def test_check_image_limits_size_and_pixels(bank):
    folder, _ = bank
    assert check_image(folder, "img/map.png") == (folder / "img" / "map.png").resolve()
    png(folder / "img" / "wide.png", MAX_IMAGE_SIDE + 1, 1)
    with pytest.raises(ImageRefused, match="pixels"):
        check_image(folder, "img/wide.png")
    (folder / "img" / "fake.png").write_bytes(b"not an image")
    with pytest.raises(ImageRefused, match="not a PNG"):
        check_image(folder, "img/fake.png")
    jpg = folder / "img" / "p.jpg"
    image = QImage(5, 7, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(jpg))
    assert image_size(jpg.read_bytes()) == (5, 7)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the file spy uses Linux inotify")
def test_a_bank_document_loads_only_its_own_images(qtbot, bank):
    from tests.helpers.spies import FileOpens

    folder, outside = bank
    spy = FileOpens(outside)
    try:
        view = QTextBrowser()
        qtbot.addWidget(view)
        view.setOpenLinks(False)
        doc = BankDocument(folder, view)
        view.setDocument(doc)
        # Even unsanitised HTML set straight on the document cannot reach outside the bank.
        doc.setHtml(f'<img src="{outside}/secret.png"><img src="file://{outside}/secret.png">'
                    '<img src="../outside/secret.png"><img src="img/link.png"><img src="img/map.png">')
        view.show()
        view.grab()
        assert spy.count() == 0
        served = dict(doc.requests)
        assert served["img/map.png"] is True
        assert not any(ok for name, ok in doc.requests if name != "img/map.png")
        assert len(served) == 5
    finally:
        spy.close()
