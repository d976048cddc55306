"""The window's own jobs: import by menu and by drop, bad banks, removal, settings, errors, shortcuts."""

from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from studyapp.core.records import CardKey
from studyapp.gui import dialogs
from studyapp.gui.actions import ACTIONS
from studyapp.gui.app import ErrorHook, setup_logging
from studyapp.gui.error_dialog import ErrorDialog, ProblemsDialog
from studyapp.gui.settings_dialog import SettingsDialog
from studyapp.settings import Settings
from tests.gui.helpers import answer_right


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return enter.isAccepted(), event.isAccepted()


def test_drag_and_drop_a_bank_imports_it(make_window, mini_bank_path, qtbot):
    w = make_window()
    assert w.library_view.cards == []
    with qtbot.waitSignal(w.ready, timeout=20000):
        entered, dropped = drop(w, [mini_bank_path])
    assert entered and dropped
    assert [c.row.id for c in w.library_view.cards] == ["mini"]
    assert [b.id for b in w.library.progress.banks()] == ["mini"]


def test_dropping_several_files_is_one_import_with_one_backup(window, mini_bank_path, geneva_bank_path, tmp_path,
                                                             qtbot):
    from studyapp.storage.backups import list_backups
    from tests.storage.conftest import make_variant

    backups = window.ctx.dirs.backups
    assert list_backups(backups) == []  # the first bank went into an empty library: nothing to back up
    v2 = make_variant(mini_bank_path, tmp_path / "v2", 2)
    bad = tmp_path / "bad" / "broken.toml"
    bad.parent.mkdir()
    bad.write_text("this is not = = toml\n", encoding="utf-8")
    imported = []
    window.library.imported.connect(imported.append)
    with qtbot.waitSignal(window.ready, timeout=20000):
        entered, dropped = drop(window, [geneva_bank_path, bad, v2])
    assert entered and dropped
    # One job, in the order dropped: the broken file is reported and does not stop the others.
    assert [(r.bank_id, r.report.status) for r in imported] == [("geneva-talks-2022", "installed"),
                                                                ("mini", "updated")]
    qtbot.waitUntil(lambda: any(isinstance(d, ProblemsDialog) for d in window.dialogs), timeout=20000)
    problems = next(d for d in window.dialogs if isinstance(d, ProblemsDialog))
    assert all(line.startswith(str(bad)) for line in problems.problem_lines)
    problems.accept()
    made = list_backups(backups)
    assert [b.label for b in made] == ["before-import"], made
    assert {c.row.id for c in window.library_view.cards} == {"mini", "geneva-talks-2022"}
    assert {b.id: b.version for b in window.library.progress.banks()}["mini"] == 2


def test_the_library_opens_and_studies_from_bank_caches_without_parsing_bank_files(
        make_window, mini_bank_path, qtbot, monkeypatch):
    import studyapp.core.loader as loader

    first = make_window()
    with qtbot.waitSignal(first.ready, timeout=20000):
        first.import_paths([mini_bank_path])
    first.close()
    parsed = []
    real = loader.parse_bank  # every TOML bank read (load_bank included) goes through it
    monkeypatch.setattr(loader, "parse_bank", lambda data, path: parsed.append(path) or real(data, path))
    w = make_window()
    [card] = w.library_view.cards
    assert card.row.topics == ("who-said-what", "context", "dates", "demands")
    assert card.row.source.startswith("Test Gazette") and card.row.source.endswith("Mini article")
    assert w.library.title_of("mini") == "A small bank for tests" and w.library.data.problems == []
    w.start_study("mini")
    first_key = w.study.session.current.key
    answer_right(qtbot, w)
    qtbot.keyClick(w.study_view.feedback, Qt.Key.Key_3)
    assert w.library.progress.reviews(first_key)
    assert parsed == []
    # The article is the one thing read from the bank file, when it is asked for.
    excerpt = w.library.data.banks["mini"].question("q-date").source
    w.show_bank_source("mini", "q-date", excerpt)
    assert w.pages.currentWidget() is w.article_view
    assert [p.name for p in parsed] == ["mini.toml"]


def test_a_bank_file_damaged_after_opening_is_named_when_its_article_is_asked_for(window, qtbot):
    [stored] = [b.stored_path for b in window.library.progress.banks()]
    stored.write_text("[bank\n", encoding="utf-8")
    window.show_bank_source("mini", "q-date", "anything")
    assert window.pages.currentWidget() is window.library_view
    assert isinstance(window.dialogs[-1], ErrorDialog)
    assert str(stored) in window.dialogs[-1].message.text()
    window.dialogs[-1].accept()


def test_a_bank_that_cannot_be_read_is_reported_when_the_library_opens(make_window, mini_bank_path,
                                                                      geneva_bank_path, qtbot):
    first = make_window()
    with qtbot.waitSignal(first.ready, timeout=20000):
        first.import_paths([mini_bank_path, geneva_bank_path])
    stored = {b.id: b.stored_path for b in first.library.progress.banks()}["mini"]
    first.close()
    stored.write_text("[bank\n", encoding="utf-8")  # its cache no longer matches the file: the file is read
    w = make_window()
    assert [c.row.id for c in w.library_view.cards] == ["geneva-talks-2022"]
    assert w.library_view.status.text().startswith("Some banks could not be loaded:\n" + str(stored))


def test_dropping_something_else_is_refused(make_window, tmp_path):
    w = make_window()
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    entered, _ = drop(w, [other])
    assert not entered


def test_import_by_menu(make_window, mini_bank_path, qtbot, monkeypatch):
    w = make_window()
    monkeypatch.setattr(dialogs.ChooseBankFile, "ask", classmethod(lambda cls, parent=None, start=None: mini_bank_path))
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.actions["import_bank"].trigger()
    assert [c.row.id for c in w.library_view.cards] == ["mini"]


def test_a_bad_bank_lists_its_problems_and_imports_nothing(make_window, mini_bank_path, tmp_path, qtbot):
    w = make_window()
    bad_dir = tmp_path / "bad"
    shutil.copytree(mini_bank_path.parent, bad_dir)
    bad = bad_dir / "mini.toml"
    bad.write_text(bad.read_text().replace('answer = "Mayor"', 'answer = "King"')
                   .replace('type = "flash"', 'type = "flash"\ncolour = "red"'))
    w.import_paths([bad])
    qtbot.waitUntil(lambda: any(isinstance(d, ProblemsDialog) for d in w.dialogs), timeout=20000)
    dialog = next(d for d in w.dialogs if isinstance(d, ProblemsDialog))
    assert len(dialog.problem_lines) == 2
    assert all(line.startswith(str(bad)) for line in dialog.problem_lines)
    assert "'King' is not among the choices" in dialog.details.toPlainText()
    assert "colour: unknown field" in dialog.details.toPlainText()
    assert "2 problems" in dialog.message.text()
    dialog.accept()
    assert w.dialogs == []
    assert w.library.progress.banks() == []
    assert w.library_view.cards == []


def test_remove_asks_first_and_keeps_history(window, qtbot, monkeypatch):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    key = next(k for k in window.library.progress.questions(["mini"])
               if window.library.progress.reviews(k))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.actions["back"].trigger()
    asked = []
    monkeypatch.setattr(dialogs.ConfirmRemove, "ask", classmethod(lambda cls, title, parent=None: asked.append(title)))
    window.library_view.cards[0].remove_button.click()
    assert asked == ["A small bank for tests"]
    assert window.library.progress.banks() != []  # "no" keeps it
    monkeypatch.setattr(dialogs.ConfirmRemove, "ask", classmethod(lambda cls, title, parent=None: True))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.library_view.cards[0].remove_button.click()
    assert window.library_view.cards == []
    assert len(window.library.progress.reviews(CardKey("mini", key.question_id))) == 1


def test_settings_are_applied_at_once_and_survive_a_restart(make_window, qtbot, data_dir, monkeypatch):
    w = make_window()
    dialog = SettingsDialog(w.settings, w)
    dialog.new_per_day.setValue(7)
    dialog.retention.setValue(85)
    dialog.day_start.setValue(6)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setValue(15)
    dialog.accept()
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, settings, parent=None: dialog.values()))
    w.actions["settings"].trigger()
    app = QApplication.instance()
    assert app.property("studyappScheme") == "dark"
    assert app.font().pointSize() == 15
    w.resize(700, 500)
    w.close()
    saved = Settings.load(w.ctx.dirs.settings_file)
    assert (saved.new_per_day, saved.desired_retention, saved.day_starts_at_hour, saved.theme, saved.text_size) == \
        (7, 0.85, 6, "dark", 15)
    assert saved.window_geometry
    again = make_window()
    assert again.settings == saved
    assert (again.width(), again.height()) == (700, 500)
    again.apply_settings(again.settings.with_changes(theme="light", text_size=12))


def test_an_unexpected_error_shows_details_logs_them_and_the_app_goes_on(window, data_dir):
    log_path = setup_logging(window.ctx.dirs)
    hook = ErrorHook(lambda: window, log_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    dialog = hook.dialogs[-1]
    assert isinstance(dialog, ErrorDialog)
    assert "boom in a slot" in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "boom in a slot" in QApplication.clipboard().text()
    for handler in logging.getLogger("studyapp").handlers:
        handler.flush()
    assert "RuntimeError: boom in a slot" in log_path.read_text()
    dialog.accept()
    window.start_study("mini")  # still working
    assert window.study.session.current is not None


def test_help_lists_every_shortcut_from_the_action_table(window):
    window.actions["shortcuts"].trigger()
    dialog = window.dialogs[-1]
    keys = dialog.keys()
    texts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    for spec in ACTIONS:
        assert spec.text.replace("&", "").rstrip("…") in texts
    assert "Ctrl+Z" in keys and "Esc" in keys and "1 / 2 / 3 / 4" in keys
    dialog.accept()


def test_every_button_has_an_accessible_name_or_text(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    pages = [window.library_view]
    window.start_study("mini")
    pages.append(window.study_view)
    for page in pages:
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + \
                page.findChildren(QLineEdit):
            name = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
            assert name.strip(), widget
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_up_and_down_move_between_banks(make_window, mini_bank_path, geneva_bank_path, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([mini_bank_path])
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.import_paths([geneva_bank_path])
    first, second = w.library_view.cards
    w.library_view.focus_first()
    qtbot.keyClick(first.study_button, Qt.Key.Key_Down)
    assert w.library_view.current_bank() == second.row.id
    qtbot.keyClick(second.study_button, Qt.Key.Key_Up)
    assert w.library_view.current_bank() == first.row.id


def test_a_database_from_a_newer_studyapp_is_refused_with_a_message(make_window, data_dir, qtbot):
    import sqlite3

    from studyapp.paths import AppDirs

    db = AppDirs.under(data_dir).database
    db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA user_version = 999")
    from studyapp.gui.app import AppContext
    from studyapp.gui.main_window import MainWindow

    w = MainWindow(AppContext(dirs=AppDirs.under(data_dir), install_bundled=False))
    qtbot.addWidget(w)
    w.start()
    qtbot.waitUntil(lambda: bool(w.dialogs), timeout=20000)
    assert isinstance(w.dialogs[-1], ErrorDialog)
    assert "could not be opened" in w.library_view.status.text()
    assert not w.actions["study"].isEnabled()
    w.dialogs[-1].accept()


def test_statistics_page_from_the_view_menu(window, qtbot):
    window.start_study("mini")
    answer_right(qtbot, window)
    qtbot.keyClick(window.study_view.feedback, Qt.Key.Key_3)
    window.actions["back"].trigger()
    with qtbot.waitSignal(window.stats_view.loaded, timeout=20000):
        window.actions["stats"].trigger()
    assert window.pages.currentWidget() is window.stats_view
    assert window.windowTitle() == "Statistics — studyapp"
    qtbot.waitUntil(lambda: window.stats_view.table.model().rowCount() == 1, timeout=20000)
    model = window.stats_view.table.model()
    assert [model.index(0, c).data() for c in range(4)] == ["A small bank for tests", "8", "7", "1"]
    # a source from the statistics page opens the article; Esc comes back to the statistics
    source = window.library.data.banks["mini"].question("q-date").source
    window.show_bank_source("mini", "q-date", source)
    assert window.pages.currentWidget() is window.article_view
    assert window.article_view.highlighted_text() == source
    window.actions["back"].trigger()
    assert window.pages.currentWidget() is window.stats_view


def test_export_progress_report_as_csv(window, qtbot, tmp_path, monkeypatch):
    from studyapp.gui.report_export import ReportExport

    target = tmp_path / "report.csv"
    monkeypatch.setattr(ReportExport, "ask_path", lambda self: target)
    window.actions["export_report"].trigger()
    qtbot.waitUntil(lambda: window.status_text.text() == f"Wrote {target}", timeout=20000)
    assert "A small bank for tests" in target.read_text(encoding="utf-8") or "mini" in target.read_text(encoding="utf-8")


def test_optimise_dialog_opens_and_fits_off_the_gui_thread(window, qtbot):
    from studyapp.gui.optimise_dialog import OptimiseDialog

    window.actions["optimise"].trigger()
    dialog = window.dialogs[-1]
    assert isinstance(dialog, OptimiseDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=60000)
    dialog.reject()
