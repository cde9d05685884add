"""Annotations on disk: one SQLite database (standard library) in the user's data folder.

- Documents are known by the BLAKE2 hash of their bytes (``reader.cache.content_digest``, the digest the window
  already has from ``open_analysis``), so a moved or renamed file keeps its notes.  Every digest a document has
  had is kept; an unknown digest at a known path is the same document edited (its annotations are re-anchored by
  the caller), so an edit keeps them too.
- WAL journal; every write is one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on failure), so a
  crash leaves the old state or the new, never half.
- The schema is versioned with ``PRAGMA user_version`` and upgraded by MIGRATIONS, one transaction per step.
- A damaged database (``quick_check`` fails, not a database, SQLITE_CORRUPT) is moved aside with a time stamp
  and a fresh one is started; ``notice`` says so for the window.  Any other failure to open (no permission, a
  database from a newer reader) leaves the file alone and keeps annotations in memory for the session, again
  with a notice.  Nothing here raises to the window.
- Rows are data: values read back are checked and coerced to the known kinds, colours and marks.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from reader.annotations.model import COLOURS, KINDS, MARKS, STATUSES, Annotation, TextQuote, now
from reader.paths import user_data_dir

log = logging.getLogger(__name__)

DB_NAME = "annotations.sqlite3"
SCHEMA_VERSION = 2
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB

# MIGRATIONS[n] takes a database at version n - 1 to version n.  Never edit a step that has shipped: add one.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            seen TEXT NOT NULL)""",
        "CREATE INDEX documents_path ON documents(path)",
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            colour TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'anchored')""",
        "CREATE INDEX annotations_document ON annotations(document)",
    ),
    2: (
        # Figure marks (doubt/checked) and the section title kept for orphans and exports.
        "ALTER TABLE annotations ADD COLUMN mark TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN section TEXT NOT NULL DEFAULT ''",
        # Every content hash a document has had: opening an older copy or an undone edit finds its notes.
        """CREATE TABLE digests (
            digest TEXT PRIMARY KEY,
            document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE)""",
        "INSERT INTO digests (digest, document) SELECT digest, id FROM documents",
    ),
}

_COLUMNS = (
    "id, kind, colour, note, mark, created, modified, start_offset, end_offset, exact, prefix, suffix, "
    "status, section"
)


class CorruptDatabase(sqlite3.DatabaseError):
    """The file is not a sound SQLite database (quick_check failed or SQLite said so)."""


class NewerDatabase(sqlite3.DatabaseError):
    """The schema version is above what this reader knows: written by a newer reader, left untouched."""


def default_path() -> Path:
    """Where the annotations database lives: the user's data folder."""
    return user_data_dir() / DB_NAME


def schema_version(connection: sqlite3.Connection) -> int:
    """The database's schema version (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back when anything in it fails (the connection is opened with
    ``isolation_level=None``, so every write chooses its own transaction)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Bring *connection* (opened with ``isolation_level=None``) up to *target*, one transaction per step."""
    for version in range(schema_version(connection) + 1, target + 1):
        with transaction(connection):
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {int(version)}")
        log.info("annotations database migrated to schema %d", version)


def _is_corrupt(error: BaseException) -> bool:
    if isinstance(error, CorruptDatabase):
        return True
    return (
        isinstance(error, sqlite3.DatabaseError)
        and getattr(error, "sqlite_errorcode", None) in _CORRUPT_CODES
    )


def _connect(path: Path) -> sqlite3.Connection:
    """Open, check and migrate the database at *path* (raises sqlite3 errors, OSError)."""
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = WAL")
        result = connection.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise CorruptDatabase(f"quick_check: {result[0] if result else 'no answer'}")
        version = schema_version(connection)
        if version > SCHEMA_VERSION:
            raise NewerDatabase(f"schema {version} is newer than {SCHEMA_VERSION}")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _text(value: object, allowed: Sequence[str] | None = None, default: str = "") -> str:
    if not isinstance(value, str):
        return default
    if allowed is not None and value not in allowed:
        return default
    return value


def _row_annotation(row: tuple) -> Annotation | None:
    """An annotation from a row, its values checked (a hand-edited database shows what it can)."""
    ident, kind, colour, note, mark, created, modified, start, end, exact, prefix, suffix, status, section = (
        row
    )
    if not isinstance(ident, str) or not isinstance(start, int) or not isinstance(end, int):
        return None
    start = max(0, start)
    selector = TextQuote(start, max(start, end), _text(exact), _text(prefix), _text(suffix))
    return Annotation(
        ident,
        _text(kind, KINDS, "note"),
        selector,
        _text(colour, COLOURS),
        _text(note),
        _text(mark, MARKS),
        _text(created),
        _text(modified),
        _text(status, STATUSES, "anchored"),
        _text(section),
    )


class AnnotationStore:
    """The annotations database; every method returns a value and never raises to the window."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.notice = ""  # a sentence for the user when something had to be done about the database
        self.moved_to: Path | None = None
        self.persistent = True
        self._connection = self._open()

    # --- opening -------------------------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            return _connect(self.path)
        except (sqlite3.Error, OSError) as error:
            if not _is_corrupt(error):
                return self._in_memory(error)
            log.warning("annotations database %s is damaged (%s)", self.path, error)
            try:
                self.moved_to = self._move_aside()
                connection = _connect(self.path)
            except (sqlite3.Error, OSError) as again:
                return self._in_memory(again)
            self.notice = (
                f"The annotations database was damaged and has been moved aside to {self.moved_to}; "
                "a new, empty one has been started."
            )
            return connection

    def _move_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            companion = self.path.with_name(self.path.name + suffix)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + suffix))
        log.warning("annotations database moved aside to %s", aside)
        return aside

    def _in_memory(self, error: BaseException) -> sqlite3.Connection:
        log.warning(
            "annotations database %s cannot be used (%s); keeping annotations in memory", self.path, error
        )
        self.persistent = False
        if isinstance(error, NewerDatabase):
            self.notice = (
                f"The annotations database {self.path} was written by a newer version of reader; "
                "it is left untouched and annotations made now will not be saved."
            )
        else:
            self.notice = f"The annotations database {self.path} cannot be opened ({error}); annotations made now will not be saved."
        try:
            return _connect(Path(":memory:"))
        except (
            sqlite3.Error
        ) as again:  # not even an empty schema can be built: reads find nothing, writes fail
            log.warning("annotations kept nowhere: %s", again)
            return sqlite3.connect(":memory:", isolation_level=None)

    def close(self) -> None:
        """Close the database (the WAL is checkpointed by SQLite)."""
        try:
            self._connection.close()
        except sqlite3.Error:
            pass

    # --- writing -------------------------------------------------------------------------------------------
    def _write(self, statements: Sequence[tuple[str, tuple]]) -> bool:
        """Run *statements* as one transaction; False (and a log line) when it failed and was rolled back."""
        try:
            with transaction(self._connection) as connection:
                for sql, args in statements:
                    connection.execute(sql, args)
        except sqlite3.Error as error:
            log.warning("annotations not saved: %s", error)
            return False
        return True

    def document(self, digest: str, path: str = "", title: str = "") -> int | None:
        """The document with content *digest*; else the document last seen at *path* (the file was edited:
        the digest is added to it); else a new document.  None if the database cannot be written."""
        stamp = now()
        try:
            row = self._connection.execute(
                "SELECT document FROM digests WHERE digest = ?", (digest,)
            ).fetchone()
            if row is None and path:
                row = self._connection.execute(
                    "SELECT id FROM documents WHERE path = ? ORDER BY seen DESC, id DESC LIMIT 1", (path,)
                ).fetchone()
        except sqlite3.Error as error:
            log.warning("annotations database not readable: %s", error)
            return None
        if row is not None:
            document = int(row[0])
            ok = self._write(
                [
                    (
                        "UPDATE documents SET digest = ?, path = ?, title = ?, seen = ? WHERE id = ?",
                        (digest, path, title, stamp, document),
                    ),
                    ("INSERT OR IGNORE INTO digests (digest, document) VALUES (?, ?)", (digest, document)),
                ]
            )
            return document if ok else None
        try:
            with transaction(self._connection) as connection:
                cursor = connection.execute(
                    "INSERT INTO documents (digest, path, title, created, seen) VALUES (?, ?, ?, ?, ?)",
                    (digest, path, title, stamp, stamp),
                )
                document = int(cursor.lastrowid or 0)
                connection.execute("INSERT INTO digests (digest, document) VALUES (?, ?)", (digest, document))
        except sqlite3.Error as error:
            log.warning("annotations database not writable: %s", error)
            return None
        return document

    def change(self, document: int, put: Sequence[Annotation] = (), remove: Sequence[str] = ()) -> bool:
        """Delete the annotations with ids *remove*, then insert or replace *put*: all or none."""
        sql = f"INSERT OR REPLACE INTO annotations (document, {_COLUMNS}) VALUES ({', '.join('?' * 15)})"
        statements: list[tuple[str, tuple]] = [("DELETE FROM annotations WHERE id = ?", (i,)) for i in remove]
        for a in put:
            s = a.selector
            row = (document, a.id, a.kind, a.colour, a.note, a.mark, a.created, a.modified)
            row += (s.start, s.end, s.exact, s.prefix, s.suffix, a.status, a.section)
            statements.append((sql, row))
        return self._write(statements)

    def save(self, document: int, annotations: Sequence[Annotation]) -> bool:
        """Insert or replace *annotations* of *document*, all or none."""
        return self.change(document, put=annotations)

    def delete(self, ids: Sequence[str]) -> bool:
        """Delete the annotations with *ids*, all or none."""
        return self.change(0, remove=ids)

    # --- reading -------------------------------------------------------------------------------------------
    def annotations(self, document: int) -> list[Annotation]:
        """The annotations of *document*, oldest first."""
        try:
            rows = self._connection.execute(
                f"SELECT {_COLUMNS} FROM annotations WHERE document = ? ORDER BY created, id", (document,)
            ).fetchall()
        except sqlite3.Error as error:
            log.warning("annotations not readable: %s", error)
            return []
        return [a for a in map(_row_annotation, rows) if a is not None]

    def owner(self, ident: str) -> int | None:
        """The document annotation *ident* belongs to, if it is stored."""
        try:
            row = self._connection.execute(
                "SELECT document FROM annotations WHERE id = ?", (ident,)
            ).fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    def count(self) -> int:
        """How many annotations the database holds (all documents)."""
        try:
            return int(self._connection.execute("SELECT COUNT(*) FROM annotations").fetchone()[0])
        except sqlite3.Error:
            return 0

    def version(self) -> int:
        """The schema version of the open database."""
        return schema_version(self._connection)
