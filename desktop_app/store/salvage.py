"""Rows read straight from the pages of a damaged SQLite file, skipping the pages that are
unreadable — SQLite's own recovery approach (``.recover``), in the standard library.

SQLite gives up on a whole query at the first bad page; a damaged root or interior page
makes every row under it unreachable through SQL. Here each table's b-tree is walked from
its root, and every intact leaf page that no walk reached and the freelist does not hold is
read too and given to the table whose columns its records fit, so rows survive the loss of
the pages above them. The valid part of a write-ahead log is laid over the file first, as
SQLite would. Only rowid tables are read; ``WITHOUT ROWID`` tables and indexes are rebuilt.

Format reference: https://www.sqlite.org/fileformat.html
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

_MAGIC = b"SQLite format 3\x00"
_PAGE_SIZES = (4096, 16384, 1024, 2048, 8192, 32768, 65536)
_TABLE_LEAF, _TABLE_INTERIOR, _INDEX_LEAF, _INDEX_INTERIOR = 13, 5, 10, 2
_WAL_MAGICS = (0x377F0682, 0x377F0683)
Value = int | float | str | bytes | None


class DamagedPage(Exception):
    """A page (or a cell on it) that does not hold what the format says it must."""


@dataclass(frozen=True, slots=True)
class TableShape:
    """What a table's records look like, to read them and to recognise an orphan leaf's.

    ``columns`` names them, ``kinds`` has one letter a column: ``i`` integer, ``t`` text,
    ``r`` real, ``b`` blob; ``required`` marks NOT NULL columns; ``key_column`` is the
    INTEGER PRIMARY KEY column (stored as NULL, its value is the rowid). A record written
    before later columns were added has only the first ``min_columns``.
    """

    columns: tuple[str, ...]
    kinds: str
    required: tuple[bool, ...]
    key_column: int | None
    min_columns: int

    def fits(self, values: tuple[Value, ...]) -> bool:
        if not self.min_columns <= len(values) <= len(self.kinds):
            return False
        for index, value in enumerate(values):
            if index == self.key_column:
                if value is not None:
                    return False
            elif value is None:
                if self.required[index]:
                    return False
            elif not _kind_fits(self.kinds[index], value):
                return False
        return True


def _kind_fits(kind: str, value: Value) -> bool:
    if kind == "i":
        return isinstance(value, int)
    if kind == "r":
        return isinstance(value, int | float)
    if kind == "t":
        return isinstance(value, str)
    return isinstance(value, bytes)


@dataclass(slots=True)
class Salvage:
    """What was read: each table's rows by rowid (values in column order, the key filled in),
    the tables read whole from their root (nothing under them was unreadable), and the
    number of pages that could not be read."""

    rows: dict[str, dict[int, tuple[Value, ...]]] = field(default_factory=dict)
    complete: set[str] = field(default_factory=set)
    unreadable_pages: int = 0
    page_count: int = 0


def salvage(path: Path, shapes: Mapping[str, TableShape]) -> Salvage:
    """Every readable row of the tables in ``shapes`` from the file at ``path`` (and its
    ``-wal``, when there is one). Never raises for damage: an unreadable file gives nothing."""
    result = Salvage(rows={name: {} for name in shapes})
    try:
        pages = _PageFile.open(path)
    except (OSError, DamagedPage) as error:
        log.warning("nothing can be salvaged from %s: %s", path, error)
        return result
    result.page_count = max(pages.count, pages.declared)
    visited: set[int] = set()
    roots = _roots(pages, visited)
    bad: set[int] = set()
    for name, shape in shapes.items():
        root = roots.get(name)
        if root is None:
            continue
        before = len(bad)
        for rowid, values in _walk(pages, root, visited, bad):
            if shape.fits(values):
                result.rows[name][rowid] = _with_key(shape, rowid, values)
        if len(bad) == before:
            result.complete.add(name)
    for other in roots.values():  # indexes and the search tables: their pages are not orphans
        if other not in {roots.get(name) for name in shapes}:
            for _ in _walk(pages, other, visited, set(), read_rows=False):
                pass
    free = _freelist(pages) | _pointer_map_pages(pages)
    for number in range(1, pages.count + 1):
        if number in visited or number in free:
            continue
        try:
            cells = list(_leaf_cells(pages, number))
        except DamagedPage:
            continue
        for rowid, values in cells:
            for name, shape in shapes.items():
                if shape.fits(values):
                    result.rows[name].setdefault(rowid, _with_key(shape, rowid, values))
                    break
    # Pages cut off the end of the file are unreadable whether or not a walk reached them.
    cut_off = max(0, pages.declared - pages.count)
    reached = {number for number in bad if number <= pages.count}
    result.unreadable_pages = (
        len(reached) + _unplaced(pages, visited | pages.overflow, free) + cut_off
    )
    return result


def _with_key(shape: TableShape, rowid: int, values: tuple[Value, ...]) -> tuple[Value, ...]:
    if shape.key_column is None:
        return values
    filled = list(values)
    filled[shape.key_column] = rowid
    return tuple(filled)


def _unplaced(pages: _PageFile, visited: set[int], free: set[int]) -> int:
    """Pages neither reached nor free nor an intact b-tree page of any kind: the damage."""
    count = 0
    for number in range(1, pages.count + 1):
        if number in visited or number in free:
            continue
        try:
            kind = pages.page(number)[pages.header_offset(number)]
        except DamagedPage:
            count += 1
            continue
        if kind not in (_TABLE_LEAF, _TABLE_INTERIOR, _INDEX_LEAF, _INDEX_INTERIOR):
            count += 1
    return count


class _PageFile:
    """The file's pages, with the committed frames of its write-ahead log laid over them."""

    def __init__(self, data: bytes, page_size: int, reserved: int, wal: dict[int, bytes]):
        self._data = data
        self.page_size = page_size
        self.usable = page_size - reserved
        self._wal = wal
        self.count = max(len(data) // page_size, max(wal, default=0))
        self.declared = _declared_pages(wal.get(1, data))  # more than ``count``: cut short
        self.overflow: set[int] = set()  # overflow pages met while reading rows

    @classmethod
    def open(cls, path: Path) -> _PageFile:
        data = path.read_bytes()
        page_size, reserved = _page_geometry(data)
        wal_path = Path(f"{path}-wal")
        wal = _wal_pages(wal_path.read_bytes(), page_size) if wal_path.exists() else {}
        if 1 in wal:  # the log's copy of page 1 holds the newer header
            page_size_in_wal, reserved = _page_geometry(wal[1])
            if page_size_in_wal != page_size:
                raise DamagedPage("the log and the file disagree on the page size")
        return cls(data, page_size, reserved, wal)

    def page(self, number: int) -> bytes:
        if number in self._wal:
            return self._wal[number]
        if not 1 <= number <= self.count:
            raise DamagedPage(f"page {number} is outside the file")
        start = (number - 1) * self.page_size
        page = self._data[start : start + self.page_size]
        if len(page) < self.page_size:
            raise DamagedPage(f"page {number} is cut short")
        return page

    @staticmethod
    def header_offset(number: int) -> int:
        return 100 if number == 1 else 0


def _declared_pages(first: bytes) -> int:
    """The size in pages the header gives, 0 when the header cannot vouch for it (SQLite
    trusts it only while the "valid for" number matches the change counter)."""
    if not first.startswith(_MAGIC) or len(first) < 100 or first[24:28] != first[92:96]:
        return 0
    return int(struct.unpack(">I", first[28:32])[0])


def _page_geometry(data: bytes) -> tuple[int, int]:
    """Page size and reserved bytes from the header, or the likeliest page size when the
    header is damaged."""
    if data.startswith(_MAGIC) and len(data) >= 100:
        raw = struct.unpack(">H", data[16:18])[0]
        size = 65536 if raw == 1 else raw
        if size in _PAGE_SIZES and data[20] < 64:
            return size, data[20]
    # The share of page starts that look like b-tree pages is highest at the true size and
    # at its multiples (which skip real pages): the smallest size near the best share wins.
    shares: dict[int, float] = {}
    for size in sorted(_PAGE_SIZES):
        starts = range(size, len(data) - size + 1, size)
        if starts:
            hits = sum(1 for start in starts if _looks_like_btree(data, start))
            shares[size] = hits / len(starts)
    best = max(shares.values(), default=0.0)
    if best == 0.0:
        raise DamagedPage("no page of the file looks like a database page")
    return min(size for size, share in shares.items() if share >= 0.9 * best), 0


def _looks_like_btree(data: bytes, start: int) -> bool:
    kind = data[start]
    if kind not in (_TABLE_LEAF, _TABLE_INTERIOR, _INDEX_LEAF, _INDEX_INTERIOR):
        return False
    cells = struct.unpack_from(">H", data, start + 3)[0]
    return 0 < cells < 4096 and data[start + 7] < 64


def _wal_pages(wal: bytes, page_size: int) -> dict[int, bytes]:
    """The newest copy of each page in the log's committed transactions, as SQLite replays
    them."""
    return _read_wal(wal, page_size)[0]


def lost_log_transactions(database_path: Path) -> int:
    """How many transactions the write-ahead log of ``database_path`` holds past a damaged
    frame: committed, but SQLite stops replaying at the damage and silently drops them. (A
    crash in the middle of a write leaves at most an unfinished last one, which was never
    committed, so it is not counted.)"""
    wal_path = Path(f"{database_path}-wal")
    try:
        wal = wal_path.read_bytes()
    except OSError:
        return 0
    if len(wal) < 32:
        return 0
    return _read_wal(wal, struct.unpack(">I", wal[8:12])[0])[1]


def _read_wal(wal: bytes, page_size: int) -> tuple[dict[int, bytes], int]:
    """Frames are read while their salts and running checksum hold, and only up to the last
    frame that ends a transaction. Returns those pages, and the number of transactions that
    end in frames of this log (same salts) beyond a frame that broke the checksum."""
    if len(wal) < 32 or page_size not in _PAGE_SIZES:
        return {}, 0
    magic, _version, size, _sequence, salt1, salt2 = struct.unpack(">6I", wal[:24])
    if magic not in _WAL_MAGICS or size != page_size:
        return {}, 0
    order = ">" if magic & 1 else "<"
    checksum = _wal_checksum(wal[:24], order, (0, 0))
    if checksum != struct.unpack(">2I", wal[24:32]):
        return {}, 0
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    offset = 32
    frame = 24 + page_size
    broken = False
    lost = 0
    while offset + frame <= len(wal):
        number, commit_size, frame_salt1, frame_salt2, sum1, sum2 = struct.unpack(
            ">6I", wal[offset : offset + 24]
        )
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break  # an older generation of the log: not part of this one
        if broken:
            lost += commit_size != 0
            offset += frame
            continue
        page = wal[offset + 24 : offset + frame]
        checksum = _wal_checksum(
            page, order, _wal_checksum(wal[offset : offset + 8], order, checksum)
        )
        if checksum != (sum1, sum2):
            broken = True
            lost += commit_size != 0
            offset += frame
            continue
        pending[number] = page
        if commit_size:
            committed.update(pending)
            pending.clear()
        offset += frame
    return committed, lost


def _wal_checksum(data: bytes, order: str, seed: tuple[int, int]) -> tuple[int, int]:
    s1, s2 = seed
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[index + 1] + s1) & 0xFFFFFFFF
    return s1, s2


def _roots(pages: _PageFile, visited: set[int]) -> dict[str, int]:
    """Each b-tree's root page, from the schema table (page 1), as far as it is readable."""
    roots: dict[str, int] = {}
    for _, values in _walk(pages, 1, visited, set()):
        name, root = (values[1], values[3]) if len(values) >= 4 else (None, None)
        if isinstance(name, str) and isinstance(root, int) and root > 0:
            roots[name] = root
    return roots


def _walk(
    pages: _PageFile, root: int, visited: set[int], bad: set[int], read_rows: bool = True
) -> Iterator[tuple[int, tuple[Value, ...]]]:
    """The rows of the table b-tree under ``root`` (none when ``read_rows`` is false: the
    walk only marks its pages visited); a page that cannot be read goes to ``bad`` and the
    walk goes on with its siblings."""
    stack = [root]
    while stack:
        number = stack.pop()
        if number in visited:
            continue  # a loop in a damaged tree
        visited.add(number)
        try:
            page = pages.page(number)
            start = pages.header_offset(number)
            kind = page[start]
            if kind == _TABLE_LEAF:
                if read_rows:
                    yield from _leaf_cells(pages, number)
            elif kind == _TABLE_INTERIOR:
                children = [
                    struct.unpack_from(">I", page, pointer)[0]
                    for pointer in _cell_pointers(page, start, 12)
                ]
                children.append(struct.unpack_from(">I", page, start + 8)[0])
                stack.extend(reversed(children))
            elif kind in (_INDEX_LEAF, _INDEX_INTERIOR):
                if kind == _INDEX_INTERIOR:
                    pointers = _cell_pointers(page, start, 12)
                    stack.extend(struct.unpack_from(">I", page, p)[0] for p in pointers)
                    stack.append(struct.unpack_from(">I", page, start + 8)[0])
            else:
                raise DamagedPage(f"page {number} is not a b-tree page")
        except (DamagedPage, struct.error, IndexError):
            bad.add(number)


def _cell_pointers(page: bytes, start: int, header_size: int) -> list[int]:
    count = struct.unpack_from(">H", page, start + 3)[0]
    first = start + header_size
    if first + 2 * count > len(page):
        raise DamagedPage("more cells than the page can hold")
    pointers = list(struct.unpack_from(f">{count}H", page, first))
    if any(not first + 2 * count <= pointer < len(page) for pointer in pointers):
        raise DamagedPage("a cell points outside the page")
    return pointers


def _leaf_cells(pages: _PageFile, number: int) -> Iterator[tuple[int, tuple[Value, ...]]]:
    """The (rowid, values) of a table leaf page; the whole page is refused when one cell
    does not decode, so half-overwritten pages give nothing wrong."""
    page = pages.page(number)
    start = pages.header_offset(number)
    if page[start] != _TABLE_LEAF:
        raise DamagedPage(f"page {number} is not a table leaf")
    cells: list[tuple[int, tuple[Value, ...]]] = []
    try:
        for pointer in _cell_pointers(page, start, 8):
            size, position = _varint(page, pointer)
            rowid, position = _varint(page, position)
            payload = _payload(pages, page, position, size)
            cells.append((_signed(rowid), _record(payload)))
    except (struct.error, IndexError, UnicodeDecodeError, ValueError) as error:
        raise DamagedPage(f"page {number}: {error}") from error
    yield from cells


def _payload(pages: _PageFile, page: bytes, position: int, size: int) -> bytes:
    usable = pages.usable
    most_local = usable - 35
    if size <= most_local:
        return page[position : position + size]
    least_local = (usable - 12) * 32 // 255 - 23
    local = least_local + (size - least_local) % (usable - 4)
    if local > most_local:
        local = least_local
    parts = [page[position : position + local]]
    remaining = size - local
    next_page = struct.unpack_from(">I", page, position + local)[0]
    seen: set[int] = set()
    while remaining > 0:
        if next_page == 0 or next_page in seen:
            raise DamagedPage("an overflow chain ends early")
        seen.add(next_page)
        pages.overflow.add(next_page)
        overflow = pages.page(next_page)
        take = min(remaining, usable - 4)
        parts.append(overflow[4 : 4 + take])
        remaining -= take
        next_page = struct.unpack_from(">I", overflow, 0)[0]
    return b"".join(parts)


def _record(payload: bytes) -> tuple[Value, ...]:
    header_size, position = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise DamagedPage("a record header larger than its record")
    types: list[int] = []
    while position < header_size:
        serial, position = _varint(payload, position)
        types.append(serial)
    body = header_size
    values: list[Value] = []
    for serial in types:
        value, body = _value(payload, body, serial)
        values.append(value)
    if body != len(payload):
        raise DamagedPage("a record's values do not fill it")
    return tuple(values)


_INTEGER_WIDTHS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(payload: bytes, position: int, serial: int) -> tuple[Value, int]:
    if serial == 0:
        return None, position
    if serial in _INTEGER_WIDTHS:
        width = _INTEGER_WIDTHS[serial]
        end = position + width
        if end > len(payload):
            raise DamagedPage("a value runs past its record")
        return int.from_bytes(payload[position:end], "big", signed=True), end
    if serial == 7:
        return struct.unpack_from(">d", payload, position)[0], position + 8
    if serial in (8, 9):
        return serial - 8, position
    if serial < 12:
        raise DamagedPage(f"reserved serial type {serial}")
    length = (serial - 12) // 2
    end = position + length
    if end > len(payload):
        raise DamagedPage("a value runs past its record")
    raw = payload[position:end]
    return (raw if serial % 2 == 0 else raw.decode("utf-8")), end


def _varint(data: bytes, position: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[position + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, position + index + 1
    return (value << 8) | data[position + 8], position + 9


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def _freelist(pages: _PageFile) -> set[int]:
    """Pages the file holds free (old rows live on there: never salvaged)."""
    free: set[int] = set()
    try:
        header = pages.page(1)
        if not header.startswith(_MAGIC):
            return free
        trunk = struct.unpack_from(">I", header, 32)[0]
        while trunk and trunk not in free and trunk <= pages.count:
            free.add(trunk)
            page = pages.page(trunk)
            following, count = struct.unpack_from(">2I", page, 0)
            if count > (pages.usable // 4) - 2:
                break
            free.update(struct.unpack_from(f">{count}I", page, 8))
            trunk = following
    except (DamagedPage, struct.error):
        pass
    return free


def _pointer_map_pages(pages: _PageFile) -> set[int]:
    """An auto-vacuum file's pointer-map pages: page 2 and every (usable / 5 + 1)th after."""
    try:
        header = pages.page(1)
    except DamagedPage:
        return set()
    if not header.startswith(_MAGIC) or struct.unpack_from(">I", header, 52)[0] == 0:
        return set()
    step = pages.usable // 5 + 1
    return set(range(2, pages.count + 1, step))
