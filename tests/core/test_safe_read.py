"""The one reader of untrusted files: only regular files, checked on the open descriptor, bounded."""

from __future__ import annotations

import os
import zipfile

import pytest

from studyapp.core.safe_read import ReadRefused, binary_kind, read_limited


def test_a_regular_file_is_read_whole(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"hello")
    assert read_limited(tmp_path / "a.txt", 5) == b"hello"


def test_a_file_over_the_limit_is_refused_without_its_content(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"SECRET" * 10)
    with pytest.raises(ReadRefused) as exc:
        read_limited(tmp_path / "a.txt", 10, what="a bank")
    assert "a bank may be at most 10 bytes" in str(exc.value) and "SECRET" not in str(exc.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_without_a_writer_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "bank.toml")
    with pytest.raises(ReadRefused, match="is a pipe \\(FIFO\\), not a regular file"):
        read_limited(tmp_path / "bank.toml", 100)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero_is_refused_by_what_was_opened(tmp_path):
    (tmp_path / "bank.toml").symlink_to("/dev/zero")
    with pytest.raises(ReadRefused, match="is a device, not a regular file"):
        read_limited(tmp_path / "bank.toml", 100)  # stat says 0 bytes; fstat says a character device
    with pytest.raises(ReadRefused, match="symbolic link"):
        read_limited(tmp_path / "bank.toml", 100, follow_links=False)


def test_a_symlink_in_a_folder_is_not_followed(tmp_path):
    (tmp_path / "private.txt").write_text("SECRET line", encoding="utf-8")
    (tmp_path / "evil.csv").symlink_to(tmp_path / "private.txt")
    with pytest.raises(ReadRefused) as exc:
        read_limited(tmp_path / "evil.csv", 1000, follow_links=False)
    assert "symbolic link" in exc.value.reason and "SECRET" not in str(exc.value)
    assert read_limited(tmp_path / "evil.csv", 1000) == b"SECRET line"  # a path the user typed may be a link


def test_missing_folder_and_long_names(tmp_path):
    with pytest.raises(ReadRefused, match="no such file"):
        read_limited(tmp_path / "nope.toml", 10)
    with pytest.raises(ReadRefused, match="is a folder"):
        read_limited(tmp_path, 10)
    with pytest.raises(ReadRefused, match="too long"):
        read_limited(tmp_path / ("a" * 6000), 10)


def _zip(path, names: dict[str, bytes]) -> bytes:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)
    return path.read_bytes()


def test_office_and_pdf_files_are_named(tmp_path):
    assert binary_kind(_zip(tmp_path / "a.docx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})) \
        == "a Word document (.docx)"
    assert binary_kind(_zip(tmp_path / "a.odt", {"mimetype": b"application/vnd.oasis.opendocument.text"})) \
        == "an OpenDocument text (.odt)"
    assert binary_kind(_zip(tmp_path / "a.zip", {"x.txt": b"x"})) == "a zip archive"
    assert binary_kind(b"%PDF-1.7\n...") == "a PDF file"
    assert binary_kind("plain text, café".encode()) is None


def test_the_generator_reads_articles_through_it(tmp_path):
    from studyapp.core.generate.pipeline import read_article
    from studyapp.errors import GenerateError

    _zip(tmp_path / "article.docx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})
    with pytest.raises(GenerateError) as exc:
        read_article(tmp_path / "article.docx")
    assert str(exc.value) == (f"{tmp_path / 'article.docx'}: is a Word document (.docx), not plain text; open it in "
                              "your word processor or spreadsheet and choose File › Save As › Plain Text (.txt), "
                              "encoding UTF-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "article.txt")
        with pytest.raises(GenerateError, match="is a pipe"):
            read_article(tmp_path / "article.txt")
