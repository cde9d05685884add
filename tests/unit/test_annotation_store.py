"""The annotations database: schema versions and migrations, document identity, atomic writes, damaged files."""

from __future__ import annotations

import sqlite3

import pytest

from reader.annotations import new_annotation
from reader.annotations.model import TextQuote
from reader.annotations.store import SCHEMA_VERSION, AnnotationStore, migrate, schema_version


def _note(text: str = "赤峰", note: str = "") -> object:
    return new_annotation("note", TextQuote(0, len(text), text, "", "市"), note=note)


def test_fresh_database_is_current_and_in_wal_mode(tmp_path) -> None:
    store = AnnotationStore(tmp_path / "a.sqlite3")
    assert store.version() == SCHEMA_VERSION == 2
    assert store.persistent and not store.notice
    mode = store._connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def _v1_database(path) -> None:
    connection = sqlite3.connect(str(path), isolation_level=None)
    migrate(connection, 1)
    connection.execute(
        "INSERT INTO documents (digest, path, title, created, seen) VALUES ('d1', '/a.txt', 'A', 't', 't')"
    )
    connection.execute(
        "INSERT INTO annotations (id, document, kind, colour, note, created, modified, start_offset, end_offset,"
        " exact, prefix, suffix, status) VALUES ('n1', 1, 'note', '', '旧笔记', 't', 't', 3, 5, '赤峰', '', '', 'anchored')"
    )
    connection.close()


def test_migration_v1_to_v2_keeps_everything(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    _v1_database(path)
    columns = {row[1] for row in sqlite3.connect(str(path)).execute("PRAGMA table_info(annotations)")}
    assert "mark" not in columns
    store = AnnotationStore(path)
    assert store.version() == 2 and not store.notice
    document = store.document("d1", "/elsewhere.txt")
    assert document == 1  # found by its digest, through the table v2 filled from v1's documents
    [a] = store.annotations(document)
    assert (a.id, a.note, a.selector, a.mark, a.section) == (
        "n1",
        "旧笔记",
        TextQuote(3, 5, "赤峰", "", ""),
        "",
        "",
    )
    store.close()
    assert schema_version(sqlite3.connect(str(path))) == 2


def test_failed_migration_rolls_back_and_leaves_the_file(tmp_path, monkeypatch) -> None:
    from reader.annotations import store as store_module

    path = tmp_path / "old.sqlite3"
    _v1_database(path)
    broken = (*store_module.MIGRATIONS[2][:2], "CREATE TABLE nonsense (")
    monkeypatch.setitem(store_module.MIGRATIONS, 2, broken)
    store = AnnotationStore(path)
    assert not store.persistent and "cannot be opened" in store.notice
    connection = sqlite3.connect(str(path))
    assert schema_version(connection) == 1
    columns = {row[1] for row in connection.execute("PRAGMA table_info(annotations)")}
    assert "mark" not in columns  # the ALTERs before the failing step were rolled back
    assert connection.execute("SELECT note FROM annotations").fetchall() == [("旧笔记",)]


def test_database_from_a_newer_reader_is_left_alone(tmp_path) -> None:
    path = tmp_path / "new.sqlite3"
    AnnotationStore(path).close()
    connection = sqlite3.connect(str(path))
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    store = AnnotationStore(path)
    assert not store.persistent and "newer version" in store.notice
    assert store.document("d", "/x") is not None  # works in memory for the session
    assert schema_version(sqlite3.connect(str(path))) == 99
    assert list(tmp_path.glob("*.corrupt-*")) == []


@pytest.mark.parametrize("damage", ["garbage", "truncated_pages", "zeroed_pages"])
def test_damaged_database_is_moved_aside(tmp_path, damage) -> None:
    path = tmp_path / "a.sqlite3"
    if damage == "garbage":
        path.write_bytes(b"this is not a database\n" * 500)
    else:
        store = AnnotationStore(path)
        document = store.document("d", "/x")
        store.save(document, [_note(note="x" * 3000) for _ in range(200)])
        store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        data = bytearray(path.read_bytes())
        assert len(data) > 8 * 4096
        if damage == "truncated_pages":
            data = data[: len(data) // 2 + 100]
        else:
            data[4096 * 2 : 4096 * 6] = bytes(4096 * 4)
        path.write_bytes(bytes(data))
    store = AnnotationStore(path)
    assert store.persistent
    assert "damaged" in store.notice and store.moved_to is not None and store.moved_to.exists()
    assert store.moved_to.name.startswith("a.sqlite3.corrupt-")
    document = store.document("d", "/x")
    assert store.annotations(document) == []
    assert store.save(document, [_note()])
    assert len(AnnotationStore(path).annotations(document)) == 1  # the fresh one is sound


def test_documents_are_found_by_content_then_by_path(tmp_path) -> None:
    store = AnnotationStore(tmp_path / "a.sqlite3")
    first = store.document("digest-1", "/notes/a.txt", "A")
    assert store.document("digest-1", "/moved/b.txt") == first  # moved or renamed: same content
    assert store.document("digest-2", "/moved/b.txt") == first  # edited where it now is
    assert store.document("digest-1", "/third.txt") == first  # an older copy still finds its notes
    assert store.document("digest-3", "/other.txt") != first


def test_writes_are_all_or_nothing(tmp_path) -> None:
    store = AnnotationStore(tmp_path / "a.sqlite3")
    document = store.document("d", "/x")
    kept = _note("赤峰")
    assert store.save(document, [kept])
    # The deletion and an insertion into a document that does not exist (a foreign key failure) fail together.
    assert not store.change(999, put=[_note("别的")], remove=[kept.id])
    assert [a.id for a in store.annotations(document)] == [kept.id]
    assert store.delete([kept.id]) and store.annotations(document) == []


def test_values_read_back_are_checked(tmp_path) -> None:
    store = AnnotationStore(tmp_path / "a.sqlite3")
    document = store.document("d", "/x")
    store.save(document, [_note()])
    store._connection.execute(
        "UPDATE annotations SET kind = 'script', colour = 'red', mark = 'x', status = '?', start_offset = 'a'"
    )
    assert store.annotations(document) == []  # an offset that is not a number: the row cannot be placed
    store._connection.execute("UPDATE annotations SET start_offset = 0")
    [a] = store.annotations(document)
    assert (a.kind, a.colour, a.mark, a.status) == ("note", "", "", "anchored")
