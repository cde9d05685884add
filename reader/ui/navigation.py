"""Keyboard reading and the Help menu: Back/Forward, Ctrl+Home/End, F6 between panes, Tab out of the article,
Edit ▸ Copy / Select All, Help ▸ Keyboard Shortcuts and About.

Why a module of its own: these are the window's keyboard contract, one list that the shortcut dialog shows
as it is (nothing typed twice), kept out of the already long main window.

Tab: a QTextBrowser walks its links with Tab (82 figure links in the bundled article) and never lets focus go;
with ``setTabChangesFocus`` Tab moves on to the next pane, as in any other widget, and F6 cycles the panes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class Navigation:
    """Creates the navigation and help actions of *window* and puts them in its menus."""

    def __init__(self, window: MainWindow, edit_menu: QMenu | None, go_menu: QMenu | None) -> None:
        self.window = window
        key = QKeySequence.StandardKey
        view = window.view
        view.setTabChangesFocus(True)
        flags = view.textInteractionFlags() & ~Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        view.setTextInteractionFlags(flags)
        self.copy_action = window._action(
            QCoreApplication.translate("Navigation", "&Copy"), self.copy, key.Copy
        )
        self.select_all_action = window._action(
            QCoreApplication.translate("Navigation", "Select &All"), self.select_all, key.SelectAll
        )
        self.back_action = window._action(
            QCoreApplication.translate("Navigation", "&Back"), window.position.back, [key.Back, "Alt+Left"]
        )
        self.forward_action = window._action(
            QCoreApplication.translate("Navigation", "&Forward"),
            window.position.forward,
            [key.Forward, "Alt+Right"],
        )
        self.top_action = window._action(
            QCoreApplication.translate("Navigation", "&Beginning of the Article"), self.go_top, "Ctrl+Home"
        )
        self.end_action = window._action(
            QCoreApplication.translate("Navigation", "&End of the Article"), self.go_end, "Ctrl+End"
        )
        self.next_pane_action = window._action(
            QCoreApplication.translate("Navigation", "Next &Pane"), lambda: self.cycle_pane(1), "F6"
        )
        self.prev_pane_action = window._action(
            QCoreApplication.translate("Navigation", "Previous Pa&ne"),
            lambda: self.cycle_pane(-1),
            "Shift+F6",
        )
        self.shortcuts_action = window._action(
            QCoreApplication.translate("Navigation", "&Keyboard Shortcuts"), self.show_shortcuts, "F1"
        )
        self.about_action = window._action(
            QCoreApplication.translate("Navigation", "&About reader"), self.show_about
        )
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        window.position.history_changed.connect(self._history_changed)
        if edit_menu is not None:
            first = edit_menu.actions()[0] if edit_menu.actions() else None
            edit_menu.insertAction(first, self.copy_action)
            edit_menu.insertAction(first, self.select_all_action)
            edit_menu.insertSeparator(first)
        if go_menu is not None:
            first = go_menu.actions()[0] if go_menu.actions() else None
            for action in (self.back_action, self.forward_action):
                go_menu.insertAction(first, action)
            go_menu.insertSeparator(first)
            go_menu.addSeparator()
            for action in (self.top_action, self.end_action, self.next_pane_action, self.prev_pane_action):
                go_menu.addAction(action)
        help_menu = window.menuBar().addMenu(QCoreApplication.translate("Navigation", "&Help"))
        help_menu.setObjectName("help")  # menus added later go before it: Help stays last
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.help_menu = help_menu

    def _history_changed(self, back: bool, forward: bool) -> None:
        self.back_action.setEnabled(back)
        self.forward_action.setEnabled(forward)

    # --- edit ------------------------------------------------------------------------------------------------
    def _text_target(self) -> QWidget:
        focus = self.window.focusWidget()
        return focus if focus is not None and hasattr(focus, "copy") else self.window.view

    def copy(self) -> None:
        """Edit ▸ Copy: the selection of the focused text (the article's by default)."""
        self._text_target().copy()  # type: ignore[attr-defined]

    def select_all(self) -> None:
        """Edit ▸ Select All: the article's page (or the find field's text when it has the focus)."""
        self._text_target().selectAll()  # type: ignore[attr-defined]

    # --- go ---------------------------------------------------------------------------------------------------
    def go_top(self) -> None:
        """Ctrl+Home: the first page, at its top (a jump: Back returns)."""
        view = self.window.view
        self.window.position.jump(lambda: self._top(view))

    @staticmethod
    def _top(view) -> None:
        view._show_page(0)
        view.verticalScrollBar().setValue(0)
        view._report_position()

    def go_end(self) -> None:
        """Ctrl+End: the last page, at its end."""
        view = self.window.view

        def end() -> None:
            view._show_page(max(0, view.page_count() - 1))
            bar = view.verticalScrollBar()
            bar.setValue(bar.maximum())
            view._report_position()

        self.window.position.jump(end)

    def panes(self) -> list[QWidget]:
        """The panes F6 visits, in order, those on screen only."""
        w = self.window
        candidates: list[QWidget] = [w.view, w.sidebar, w.stats_panel.tree, w.find_bar.field, w.variant_box]
        return [p for p in candidates if p.isVisible() and p.isEnabled()]

    def cycle_pane(self, step: int) -> None:
        """F6 / Shift+F6: focus the next (previous) pane."""
        panes = self.panes()
        if not panes:
            return
        focus = self.window.focusWidget()
        current = next(
            (i for i, p in enumerate(panes) if focus is not None and (focus is p or p.isAncestorOf(focus))),
            -1,
        )
        target = panes[(current + step) % len(panes)] if current >= 0 else panes[0]
        target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)

    # --- help -------------------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every action of the window that has a key, in the order they were made."""
        rows = []
        for action in self.window.actions():
            keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
            if keys and action.text():
                rows.append(
                    (action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), ", ".join(keys))
                )
        return rows

    def shortcuts_dialog(self) -> QDialog:
        """Help ▸ Keyboard Shortcuts: a plain table (no rich text), made from the actions themselves."""
        dialog = QDialog(self.window)
        dialog.setWindowTitle(QCoreApplication.translate("Navigation", "Keyboard Shortcuts"))
        rows = self.shortcut_rows()
        table = QTableWidget(len(rows), 2, dialog)
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Navigation", "Command"),
                QCoreApplication.translate("Navigation", "Keys"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (command, keys) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(command))
            table.setItem(r, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(460, 520)
        return dialog

    def show_shortcuts(self) -> None:
        """Show the shortcut list (modeless: it can stay open while reading)."""
        dialog = self.shortcuts_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def about_text(self) -> str:
        """The About box's text: name, version, what it does, where the log is (plain text)."""
        from reader.ui.logs import log_path

        body = QCoreApplication.translate(
            "Navigation",
            "A reader for Chinese articles: structure, figures and key statistics, in Simplified or Traditional.",
        )
        log = QCoreApplication.translate("Navigation", "Log: %1").replace("%1", str(log_path()))
        return f"{APP_NAME} {__version__}\n\n{body}\n\n{log}"

    def show_about(self) -> None:
        """Help ▸ About."""
        from reader.ui.richtext import literal

        QMessageBox.about(
            self.window, QCoreApplication.translate("Navigation", "About reader"), literal(self.about_text())
        )


def install(window: MainWindow, edit_menu: QMenu | None = None, go_menu: QMenu | None = None) -> Navigation:
    """Create the navigation and help actions of *window* (kept on the window so they live as long)."""
    return Navigation(window, edit_menu, go_menu)
