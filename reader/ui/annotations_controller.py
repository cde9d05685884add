"""Bookmarks, highlights, notes and figure marks in the window: made, kept, placed and drawn.

The pure work (anchors, re-anchoring, variants, storage, export) is in ``reader.annotations``; the widgets are in
``reader.ui.annotations_panel``.  ``AnnotationsController`` owns the database and an undo stack, follows the
window (a new document, a variant switch, a page turn, a theme), turns the user's gestures (shortcuts, context
menus of the article and the statistics, the panel's buttons) into changes, and draws: a background colour for
highlights, an underline for notes and figure marks (in the verdict's colour), a glyph in the left margin for
bookmarks and notes, an icon on the section in the sidebar and on the statistic in the statistics panel.  Marks
are extra selections under the view's own search and flash selections.

``install_annotations(window)`` adds it all to a ``MainWindow``; the window only tells it which digest it opened
(``source_digest``) and when an article has been shown (``article_shown``).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTextEdit,
    QTreeWidgetItemIterator,
)

from reader.annotations import COLOURS, Annotation, FlatText, make_selector, new_annotation, reanchor_all
from reader.annotations.anchor import section_titles
from reader.annotations.store import AnnotationStore
from reader.annotations.variant_map import VariantMap
from reader.ui import themes
from reader.ui.annotation_places import PagePlaces
from reader.ui.annotations_panel import (
    BOOKMARK_CHARS,
    HIGHLIGHTS,
    MARK_TEXT,
    NOTE_COLOUR,
    AnnotationsPanel,
    MarkGutter,
    Row,
    blank_icon,
    kind_icon,
    section_icon,
    theme_family,
)
from reader.ui.docks import build_dock
from reader.ui.richtext import literal

if TYPE_CHECKING:
    from reader.model import Analysis
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


# --- undo ------------------------------------------------------------------------------------------------------


class _Change(QUndoCommand):
    """Replace *before* (records as they were; empty for an addition) by *after* (empty for a deletion)."""

    def __init__(
        self, controller: AnnotationsController, text: str, before: list[Annotation], after: list[Annotation]
    ):
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.controller._commit(self.before, self.after)

    def undo(self) -> None:
        self.controller._commit(self.after, self.before)


# --- the controller --------------------------------------------------------------------------------------------


class AnnotationsController(QObject):
    """The annotations of the document on screen: made, changed, shown, kept."""

    changed = Signal()  # the list of annotations changed (tests and the panel wait on it)
    notice = Signal(str)  # a sentence for the status bar

    def __init__(self, window: MainWindow, store: AnnotationStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self._store = store  # opened when the first document is shown, not while the window starts
        self.undo_stack = QUndoStack(self)
        self.panel = AnnotationsPanel()
        self.dock = build_dock(window, "annotations", self.panel)  # declared in reader.ui.docks
        self.dock.hide()  # an empty panel only takes room: it opens with the first annotation (or Notes ▸ …)
        self._dock_offered = False
        self.gutter = MarkGutter(self.view)
        self._source: Analysis | None = None
        self._document: int | None = None
        self._flat: FlatText | None = None
        self._map: VariantMap | None = None
        self._titles: list[str] = []  # section titles as shown (in the variant on screen)
        self._source_titles: list[str] = []
        self._shape: list[int] = []
        self.annotations: dict[str, Annotation] = {}
        self.places = PagePlaces(self.view)
        self._create_actions()
        self._wire()

    @property
    def store(self) -> AnnotationStore:
        """The annotations database (opened on first use)."""
        if self._store is None:
            self._store = AnnotationStore()
        return self._store

    # --- construction -------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.bookmark_action = self._action(self.tr("&Bookmark Here"), self.add_bookmark, "Ctrl+D")
        self.highlight_action = self._action(
            self.tr("&Highlight Selection"), lambda: self.add_highlight(), "Ctrl+H"
        )
        self.note_action = self._action(self.tr("Add &Note to Selection…"), self.note_dialog, "Ctrl+Alt+N")
        names = {
            "yellow": self.tr("Yellow"),
            "green": self.tr("Green"),
            "blue": self.tr("Blue"),
            "pink": self.tr("Pink"),
        }
        self.colour_actions = {
            colour: self._action(names[colour], lambda _=False, c=colour: self.add_highlight(c))
            for colour in COLOURS
        }
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.window.addAction(self.undo_action)
        self.window.addAction(self.redo_action)
        self.export_action = self._action(self.tr("&Export Annotations…"), self.export_dialog)
        self.import_action = self._action(self.tr("&Import Annotations…"), self.import_dialog)
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Notes"), bar)
        help_menu = next((a for a in bar.actions() if a.menu() and a.menu().objectName() == "help"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)  # Help stays the last menu
        else:
            bar.addMenu(menu)
        for action in (self.bookmark_action, self.highlight_action, self.note_action):
            menu.addAction(action)
        colours = menu.addMenu(self.tr("Highlight in &Colour"))
        for action in self.colour_actions.values():
            colours.addAction(action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        self.menu = menu
        for button, text, step, can, changed in (
            (self.panel.undo_button, self.tr("Undo"), self.undo_stack.undo, self.undo_stack.canUndo(),
             self.undo_stack.canUndoChanged),
            (self.panel.redo_button, self.tr("Redo"), self.undo_stack.redo, self.undo_stack.canRedo(),
             self.undo_stack.canRedoChanged),
        ):  # fmt: skip
            button.setText(text)
            button.setEnabled(can)
            button.clicked.connect(step)
            changed.connect(button.setEnabled)

    def _wire(self) -> None:
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.page_changed.connect(lambda _page, _count: self._draw_text_marks())
        stats_tree = self.window.stats_panel.tree
        stats_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        stats_tree.customContextMenuRequested.connect(self._stats_menu)
        self.panel.activated.connect(self.jump_to)
        self.panel.edit_requested.connect(self.note_dialog_for)
        self.panel.delete_requested.connect(self.delete)
        self.panel.export_requested.connect(self.export_dialog)
        self.panel.import_requested.connect(self.import_dialog)
        self.notice.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_store)

    def close_store(self) -> None:
        """Close the database (SQLite folds the WAL back into it)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- following the window -----------------------------------------------------------------------------
    def sync(self) -> None:
        """The window has shown an article (opened, switched variant, theme, preview): follow it."""
        window = self.window
        if window.source is not None and window.source is not self._source:
            self._open(window.source, getattr(window, "source_digest", ""), getattr(window, "_path", ""))
        if self._flat is not None and (self._map is None or self._map.variant != window.variant):
            self._map = VariantMap(self._flat, window.variant)
        if window.shown is not None:
            self._titles = section_titles(window.shown.article)
        self._redraw()

    def _open(self, source: Analysis, digest: str, path: str) -> None:
        self._source = source
        self._flat = flat = FlatText(source.article)
        self._shape = [len(s.paragraphs) for s in source.article.sections]
        self._map = None
        self.undo_stack.clear()
        self.annotations = {}
        self._source_titles = titles = section_titles(source.article)  # stored titles are the original's
        self._document = self.store.document(
            digest or f"path:{path}", path, source.article.title or Path(path).name
        )
        if self.store.notice:
            self.notice.emit(self.store.notice)
            if self.window.interactive:
                QMessageBox.warning(self.window, self.tr("Annotations"), literal(self.store.notice))
            self.store.notice = ""
        if self._document is None:
            return
        stored = self.store.annotations(self._document)
        anchored = [self._with_section(a, titles) for a in reanchor_all(stored, flat.text)]
        changed = [new for old, new in zip(stored, anchored, strict=True) if new != old]
        if changed:
            self.store.save(self._document, changed)
        self.annotations = {a.id: a for a in anchored}
        orphans = sum(a.orphan for a in anchored)
        if orphans:
            self.notice.emit(
                self.tr("%1 annotations were not found in this text: see the Annotations panel").replace(
                    "%1", str(orphans)
                )
            )

    def _with_section(self, annotation: Annotation, titles: list[str]) -> Annotation:
        if annotation.orphan or self._flat is None:
            return annotation
        index = self._flat.section_at(annotation.selector.start)
        title = titles[index] if 0 <= index < len(titles) else ""
        return annotation if annotation.section == title else replace(annotation, section=title)

    def _consistent(self) -> bool:
        """True when the article on screen is the analysed document in some variant (not a preview)."""
        shown = self.window.shown
        return (
            shown is not None
            and self._source is not None
            and self._source is self.window.source
            and self._map is not None
            and [len(s.paragraphs) for s in shown.article.sections] == self._shape
        )

    # --- drawing ------------------------------------------------------------------------------------------
    def _theme_name(self) -> str:
        return themes.resolve(self.window.prefs.theme).name

    def _redraw(self) -> None:
        self._fill_panel()
        self._draw_text_marks()
        self._mark_sidebar()
        self._mark_stats()

    def shown_quote(self, annotation: Annotation) -> str:
        """The annotation's words in the variant on screen (as stored for an orphan)."""
        if annotation.orphan or self._map is None:
            return annotation.selector.exact
        return self._map.quote(annotation.selector.start, annotation.selector.end)

    def _fill_panel(self) -> None:
        groups: dict[int, list[Row]] = {}
        orphans: list[Row] = []
        ordered = sorted(self.annotations.values(), key=lambda a: (a.selector.start, a.created))
        for a in ordered:
            if a.orphan or self._flat is None:
                orphans.append(Row(a, a.selector.exact))
            else:
                groups.setdefault(self._flat.section_at(a.selector.start), []).append(
                    Row(a, self.shown_quote(a))
                )
        listed: list[tuple[str, list[Row]]] = []
        for index in sorted(groups):
            title = self._titles[index] if 0 <= index < len(self._titles) else ""
            listed.append((title or self.tr("Lede"), groups[index]))
        if orphans:
            listed.append((self.tr("Not found in this text"), orphans))
        self.panel.set_rows(listed, self._theme_name())

    def _format(self, annotation: Annotation) -> QTextCharFormat | None:
        fmt = QTextCharFormat()
        family = theme_family(self._theme_name())
        if annotation.kind == "highlight":
            fmt.setBackground(QColor(HIGHLIGHTS[family].get(annotation.colour, HIGHLIGHTS[family]["yellow"])))
        elif annotation.kind == "note":
            fmt.setBackground(QColor(HIGHLIGHTS[family]["yellow"]))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(NOTE_COLOUR))
        elif annotation.kind == "figure-mark":
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.WaveUnderline
                if annotation.mark == "doubt"
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            colour = MARK_TEXT[family].get(annotation.mark, MARK_TEXT[family][""])
            fmt.setUnderlineColor(QColor(colour))
            fmt.setForeground(
                QColor(colour)
            )  # the figure keeps its kind's background; its digits take the verdict
        else:
            return None
        return fmt

    def _draw_text_marks(self) -> None:
        self.places.index()
        if not self._consistent():
            self.gutter.set_marks([])
            self.view.set_marks([])
            return
        assert self._map is not None
        selections, gutter = self.marks_for(self.view, self.places, self._map)
        self.view.set_marks(selections)
        self.gutter.set_marks(gutter)

    def marks_for(
        self, view: QTextEdit, places: PagePlaces, vmap: VariantMap
    ) -> tuple[list[QTextEdit.ExtraSelection], list[tuple[int, str]]]:
        """The annotations as marks in *view* (indexed by *places*, showing *vmap*'s variant): the selections that
        paint them and the (position, kind) of each bookmark and note for a gutter.  The main view and each
        pane of the side-by-side window draw their marks with it."""
        gutter: list[tuple[int, str]] = []
        selections: list[QTextEdit.ExtraSelection] = []
        document = view.document()
        for a in sorted(self.annotations.values(), key=lambda a: (a.kind != "highlight", a.selector.start)):
            if a.orphan:
                continue
            fmt = self._format(a)
            first = True
            for key, start, end in vmap.to_shown(a.selector.start, a.selector.end):
                if key[0] != "body" or key[1] is None or key[2] is None:
                    continue
                for pa, pb in places.ranges(vmap, key[1], key[2], start, end):
                    if first and (a.kind == "bookmark" or a.note):
                        gutter.append((pa, "bookmark" if a.kind == "bookmark" else "note"))
                    first = False
                    if fmt is not None and pb > pa:
                        cursor = QTextCursor(document)
                        cursor.setPosition(pa)
                        cursor.setPosition(pb, QTextCursor.MoveMode.KeepAnchor)
                        selection = QTextEdit.ExtraSelection()
                        selection.cursor = cursor
                        selection.format = fmt
                        selections.append(selection)
        return selections, gutter

    def flat_for(self, source: Analysis) -> FlatText | None:
        """The flat text the annotations are anchored in, when they belong to *source* (the article as read from
        its file); None otherwise."""
        return self._flat if source is self._source else None

    def mark_count(self) -> int:
        """How many marked ranges the page on screen shows (for tests and the curious)."""
        return len(self.view._marks)

    def _mark_sidebar(self) -> None:
        if self._flat is None:
            return
        marked = {self._flat.section_at(a.selector.start) for a in self.annotations.values() if not a.orphan}
        icon, empty = section_icon(), (blank_icon(10) if marked else QIcon())
        it = QTreeWidgetItemIterator(self.window.sidebar)
        while it.value() is not None:
            item = it.value()
            index = item.data(0, Qt.ItemDataRole.UserRole)
            item.setIcon(0, icon if index in marked else empty)
            it += 1

    def figure_marks(self) -> dict[tuple[str, int | None, int | None, int, int], Annotation]:
        """Figure marks by the original place of their figure (piece key, start, end)."""
        out: dict[tuple[str, int | None, int | None, int, int], Annotation] = {}
        if self._flat is None:
            return out
        for a in self.annotations.values():
            if a.kind != "figure-mark" or a.orphan:
                continue
            located = self._flat.locate(a.selector.start)
            if located is not None:
                piece, local = located
                out[(*piece.key, local, local + a.selector.end - a.selector.start)] = a
        return out

    def stat_marks(self) -> dict[int, Annotation]:
        """The figure mark of each statistic that has one (by index in the statistics list)."""
        source = self._source
        if source is None or not self._consistent():
            return {}
        marks = self.figure_marks()
        out = {}
        for index, stat in enumerate(source.stats):
            found = marks.get(("body", stat.section, stat.paragraph, stat.start, stat.end))
            if found is not None:
                out[index] = found
        return out

    def _mark_stats(self) -> None:
        marks = self.stat_marks()
        shown = self.window.shown
        theme = self._theme_name()
        it = QTreeWidgetItemIterator(self.window.stats_panel.tree)
        while it.value() is not None:
            item = it.value()
            index = item.data(0, Qt.ItemDataRole.UserRole)
            if index is not None and shown is not None and 0 <= int(index) < len(shown.stats):
                mark = marks.get(int(index))
                sentence = shown.stats[int(index)].sentence
                if mark is None:
                    item.setIcon(0, blank_icon(14) if marks else QIcon())
                    item.setToolTip(0, literal(sentence))
                else:
                    verdict = {"doubt": self.tr("Marked: doubt"), "checked": self.tr("Marked: checked")}.get(
                        mark.mark, self.tr("Marked")
                    )
                    item.setIcon(0, kind_icon(mark, theme))
                    item.setToolTip(
                        0, literal("\n".join(x for x in (sentence, "", verdict, mark.note) if x is not None))
                    )
            it += 1

    # --- positions in the view ----------------------------------------------------------------------------
    def _flat_at(self, position: int, forward: bool = True, end: bool = False) -> int | None:
        return None if self._map is None else self.places.flat_at(self._map, position, forward, end)

    def selection_span(self) -> tuple[int, int] | None:
        """The selection in the view as flat original offsets (None without a selection in paragraphs)."""
        if not self._consistent():
            return None
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._flat_at(cursor.selectionStart(), forward=True)
        end = self._flat_at(cursor.selectionEnd(), forward=False, end=True)
        if start is None or end is None or end <= start:
            return None
        return start, end

    def reading_offset(self) -> int | None:
        """Flat original offset of the text at the top left of the view."""
        if not self._consistent():
            return None
        margin = int(self.view.document().documentMargin())
        position = self.view.cursorForPosition(QPoint(margin + 2, margin // 2 + 2)).position()
        return self._flat_at(position, forward=True)

    # --- making and changing ------------------------------------------------------------------------------
    def _push(self, text: str, before: list[Annotation], after: list[Annotation]) -> None:
        self.undo_stack.push(_Change(self, text, before, after))
        if after and not self._dock_offered and not self.dock.isVisible():
            self.dock.show()  # the first annotation of the session shows where annotations are listed
        self._dock_offered = True

    def _commit(self, remove: list[Annotation], put: list[Annotation]) -> None:
        """Replace *remove* by *put* in memory and on disk (called by the undo commands)."""
        keep = {a.id for a in put}
        gone = [a.id for a in remove if a.id not in keep]
        for ident in gone:
            self.annotations.pop(ident, None)
        for a in put:
            self.annotations[a.id] = self._with_section(a, self._source_titles)
        if self._document is None or not self.store.change(self._document, put, gone):
            self.notice.emit(self.tr("The annotation could not be saved; it is kept for this session."))
        self._redraw()
        self.changed.emit()

    def _new(self, kind: str, start: int, end: int, **fields: str) -> Annotation | None:
        if self._flat is None:
            return None
        selector = make_selector(self._flat.text, start, end)
        annotation = new_annotation(kind, selector, **fields)
        return self._with_section(annotation, self._source_titles)

    def add_bookmark(self) -> Annotation | None:
        """Ctrl+D: a bookmark at the selection, else at the text at the top of the view."""
        span = self.selection_span()
        start = span[0] if span else self.reading_offset()
        if start is None or self._flat is None:
            self.notice.emit(self.tr("No paragraph to bookmark here."))
            return None
        located = self._flat.locate(start)
        assert located is not None
        piece, local = located
        end = piece.start + min(len(piece.text), local + BOOKMARK_CHARS)
        if end <= start:  # at the very end of a paragraph: quote its last characters
            start = max(piece.start, end - BOOKMARK_CHARS)
        annotation = self._new("bookmark", start, end)
        if annotation is not None:
            self._push(self.tr("Add bookmark"), [], [annotation])
        return annotation

    def add_highlight(self, colour: str = "yellow") -> Annotation | None:
        """Ctrl+H or the context menu: highlight the selection in *colour*."""
        span = self.selection_span()
        if span is None:
            self.notice.emit(self.tr("Select some text in the article first."))
            return None
        annotation = self._new("highlight", *span, colour=colour)
        if annotation is not None:
            self._push(self.tr("Highlight"), [], [annotation])
        return annotation

    def add_note(self, note: str) -> Annotation | None:
        """A note with text *note* on the selection."""
        span = self.selection_span()
        if span is None:
            self.notice.emit(self.tr("Select some text in the article first."))
            return None
        annotation = self._new("note", *span, note=note)
        if annotation is not None:
            self._push(self.tr("Add note"), [], [annotation])
        return annotation

    def note_dialog(self) -> None:
        """Ctrl+Alt+N: ask for a note and put it on the selection."""
        if self.selection_span() is None:
            self.notice.emit(self.tr("Select some text in the article first."))
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Note"), self.tr("Note on the selection:")
        )
        if ok:
            self.add_note(text)

    def figure_mark(self, index: int) -> Annotation | None:
        """The mark on figure *index* of the analysis, if it has one."""
        span = self._figure_span(index)
        return next(
            (
                a
                for a in self.annotations.values()
                if a.kind == "figure-mark" and not a.orphan and (a.selector.start, a.selector.end) == span
            ),
            None,
        )

    def _figure_span(self, index: int) -> tuple[int, int] | None:
        source = self._source
        if source is None or self._flat is None or not 0 <= index < len(source.figures):
            return None
        placed = source.figures[index]
        key = (placed.where, placed.section, placed.paragraph if placed.where != "heading" else None)
        start = self._flat.flat(key, placed.figure.start)
        end = self._flat.flat(key, placed.figure.end)
        return None if start is None or end is None else (start, end)

    def stat_figure(self, index: int) -> int | None:
        """The figure (index in the analysis) that statistic *index* reports."""
        source = self._source
        if source is None or not 0 <= index < len(source.stats):
            return None
        stat = source.stats[index]
        for i, placed in enumerate(source.figures):
            if (placed.where, placed.section, placed.paragraph, placed.figure.start) == (
                "body",
                stat.section,
                stat.paragraph,
                stat.start,
            ):
                return i
        return None

    def mark_figure(self, index: int, mark: str | None = "", note: str | None = None) -> Annotation | None:
        """Mark figure *index* (of the analysis) as doubtful, checked, or with a note; an existing mark of the
        same figure is changed, not doubled (*mark* or *note* None: left as it is)."""
        span = self._figure_span(index)
        if span is None:
            return None
        start, end = span
        existing = self.figure_mark(index)
        if existing is not None:
            changed = existing.edited(
                mark=existing.mark if mark is None else mark, note=existing.note if note is None else note
            )
            self._push(self.tr("Mark figure"), [existing], [changed])
            return changed
        annotation = self._new("figure-mark", start, end, mark=mark or "", note=note or "")
        if annotation is not None:
            self._push(self.tr("Mark figure"), [], [annotation])
        return annotation

    def set_note(self, ident: str, note: str) -> None:
        """Replace the note of annotation *ident*."""
        old = self.annotations.get(ident)
        if old is not None and old.note != note:
            self._push(self.tr("Edit note"), [old], [old.edited(note=note)])

    def note_dialog_for(self, ident: str) -> None:
        """Ask for a new note for annotation *ident*."""
        old = self.annotations.get(ident)
        if old is None:
            return
        text, ok = QInputDialog.getMultiLineText(self.window, self.tr("Note"), self.tr("Note:"), old.note)
        if ok:
            self.set_note(ident, text)

    def delete(self, ident: str) -> None:
        """Delete annotation *ident* (Undo brings it back)."""
        old = self.annotations.get(ident)
        if old is not None:
            self._push(self.tr("Delete annotation"), [old], [])

    def jump_to(self, ident: str) -> None:
        """Show annotation *ident* in the article (an orphan has no place: the status bar says so)."""
        a = self.annotations.get(ident)
        if a is None:
            return
        if a.orphan or not self._consistent():
            self.notice.emit(self.tr("This annotation's words are not in the current text."))
            return
        assert self._map is not None
        for key, start, end in self._map.to_shown(a.selector.start, a.selector.end):
            if key[0] == "body" and key[1] is not None and key[2] is not None:
                # Scrolled to by the view, selected here: this side knows where the view folds spaces.
                self.view.go_to_paragraph(key[1], key[2], start)
                ranges = self.places.ranges(self._map, key[1], key[2], start, end)
                if ranges:
                    cursor = QTextCursor(self.view.document())
                    cursor.setPosition(ranges[0][0])
                    cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
                    self.view.setTextCursor(cursor)
                    self.view.ensureCursorVisible()
                return
            if key[0] == "heading" and key[1] is not None:
                self.view.go_to_section(key[1])
                return
        self.view.go_to_section(0)

    def at_position(self, flat: int) -> list[Annotation]:
        """The annotations (not orphans) that cover flat offset *flat*."""
        return [
            a
            for a in self.annotations.values()
            if not a.orphan and a.selector.start <= flat < max(a.selector.end, a.selector.start + 1)
        ]

    # --- context menu -------------------------------------------------------------------------------------
    def context_menu(self, pos: QPoint) -> QMenu:
        """The article's context menu at viewport point *pos*: the standard one plus annotation actions."""
        menu = self.view.createStandardContextMenu(pos)
        menu.addSeparator()
        has_selection = self.selection_span() is not None
        highlight = menu.addMenu(self.tr("&Highlight"))
        for action in self.colour_actions.values():
            highlight.addAction(action)
        highlight.setEnabled(has_selection)
        note = menu.addAction(self.note_action.text(), self.note_dialog)
        note.setEnabled(has_selection)
        menu.addAction(self.bookmark_action)
        anchor = self.view.anchorAt(pos)
        if anchor.startswith("fig:") and self._consistent():
            try:
                index = int(anchor[4:])
            except ValueError:
                index = -1
            self._figure_actions(menu.addMenu(self.tr("&Figure")), index)
        here = self._flat_at(self.view.cursorForPosition(pos).position())
        if here is not None:
            for a in self.at_position(here):
                menu.addAction(
                    self.tr("Delete %1").replace("%1", self._kind_name(a)), lambda i=a.id: self.delete(i)
                )
        return menu

    def _kind_name(self, a: Annotation) -> str:
        return {
            "bookmark": self.tr("Bookmark"),
            "highlight": self.tr("Highlight"),
            "note": self.tr("Note"),
            "figure-mark": self.tr("Figure Mark"),
        }.get(a.kind, a.kind)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _figure_note_dialog(self, index: int) -> None:
        existing = self.figure_mark(index)
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Note"), self.tr("Note on the figure:"), existing.note if existing else ""
        )
        if ok:
            self.mark_figure(index, None, text)

    def _figure_actions(self, menu: QMenu, index: int) -> None:
        """Mark as doubtful / checked / note / remove, for figure *index*."""
        menu.addAction(self.tr("Mark as &Doubtful"), lambda: self.mark_figure(index, "doubt"))
        menu.addAction(self.tr("Mark as &Checked"), lambda: self.mark_figure(index, "checked"))
        menu.addAction(self.tr("&Note on Figure…"), lambda: self._figure_note_dialog(index))
        existing = self.figure_mark(index)
        if existing is not None:
            menu.addAction(self.tr("&Remove Figure Mark"), lambda: self.delete(existing.id))

    def stats_context_menu(self, pos: QPoint) -> QMenu | None:
        """The statistics list's context menu at viewport point *pos*: the figure marks of that statistic."""
        item = self.window.stats_panel.tree.itemAt(pos)
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        figure = self.stat_figure(int(index)) if index is not None and self._consistent() else None
        if figure is None:
            return None
        menu = QMenu(self.window.stats_panel.tree)
        self._figure_actions(menu, figure)
        return menu

    def _stats_menu(self, pos: QPoint) -> None:
        menu = self.stats_context_menu(pos)
        if menu is not None:
            menu.exec(self.window.stats_panel.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # --- export and import --------------------------------------------------------------------------------
    def _document_info(self):
        from reader.annotations.exchange import DocumentInfo

        source = self._source
        path = getattr(self.window, "_path", "")
        title = (source.article.title if source else "") or Path(path).name
        return DocumentInfo(title or "", path, getattr(self.window, "source_digest", ""))

    def export_text(self, markdown: bool) -> str:
        """The annotations of the document as Markdown or JSON (quotes also in the variant on screen)."""
        from reader.annotations.exchange import records, to_json, to_markdown

        if self._flat is None:
            return ""
        items = records(list(self.annotations.values()), self._flat, self._titles, self.window.variant)
        writer = to_markdown if markdown else to_json
        return writer(self._document_info(), items, self.window.variant)

    def export_to(self, path: str) -> None:
        """Write the export to *path*: Markdown for .md, else JSON."""
        text = self.export_text(markdown=path.lower().endswith((".md", ".markdown")))
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    def export_dialog(self) -> None:
        """Notes ▸ Export Annotations."""
        name = (Path(getattr(self.window, "_path", "")).stem or "annotations") + ".notes.md"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export annotations"), name, "Markdown (*.md);;JSON (*.json)"
        )
        if path:
            try:
                self.export_to(path)
            except OSError as error:
                QMessageBox.warning(self.window, self.tr("Export failed"), literal(str(error)))

    def import_from(self, path: str) -> int:
        """Import an exported JSON file into this document (anchored in the text on screen); returns how many
        were added or updated.  Raises AnnotationImportError or OSError.

        An id that belongs to another document (an export of that one, imported here) gets an id derived from
        it and this document, so the other keeps its annotation and a second import updates this copy."""
        from reader.annotations.exchange import from_json

        with open(path, "rb") as handle:
            imported = from_json(handle.read(1 << 26))
        if self._flat is None or self._document is None:
            return 0
        own = []
        for a in imported:
            owner = self.store.owner(a.id)
            if a.id not in self.annotations and owner is not None and owner != self._document:
                derived = hashlib.blake2b(f"{a.id}:{self._document}".encode(), digest_size=16).hexdigest()
                a = replace(a, id=derived)
            own.append(a)
        anchored = reanchor_all(own, self._flat.text)
        before = [self.annotations[a.id] for a in anchored if a.id in self.annotations]
        if anchored:
            self._push(self.tr("Import annotations"), before, anchored)
        return len(anchored)

    def import_dialog(self) -> None:
        """Notes ▸ Import Annotations."""
        from reader.annotations.exchange import AnnotationImportError

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import annotations"), "", "JSON (*.json)")
        if not path:
            return
        try:
            count = self.import_from(path)
        except (AnnotationImportError, OSError) as error:
            QMessageBox.warning(self.window, self.tr("Import failed"), literal(str(error)))
            return
        self.notice.emit(self.tr("Imported %1 annotations").replace("%1", str(count)))


def install_annotations(window: MainWindow, store: AnnotationStore | None = None) -> AnnotationsController:
    """Add the annotations panel, menu, shortcuts and marks to *window*."""
    controller = AnnotationsController(window, store)
    window.article_shown.connect(controller.sync)
    return controller
