"""Read a buyer's .xlsx or .csv into plain rows; refuse anything else in the user's words.

Excel and WPS write .xlsx (read with openpyxl in read-only mode, so a big sheet is
streamed) and .csv in UTF-8 (with or without BOM) or GB18030, the encoding Chinese Excel
uses; the delimiter (comma, tab or semicolon) is sniffed. What a file really holds is
read from its first bytes, not its name: a workbook called .csv or a text called .xlsx
is told apart, and a password-protected workbook or an old .xls is named as such.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from promoplanner.core.errors import DomainError
from promoplanner.core.sheet import (
    HEADER_SCAN_ROWS,
    Cell,
    Sheet,
    SheetRow,
    find_header,
    is_empty_row,
)

MAX_MEGABYTES = 20  # a head office's 50,000-row list is about 5 MB
MAX_ROWS = 200_000
ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office's compound file: encrypted .xlsx or .xls
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")


def read_sheet(path: Path | str, remembered: Mapping[str, str] | None = None) -> Sheet:
    """The file's first worksheet with its header found, or a refusal saying why not."""
    path = Path(path)
    shown = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DomainError("sheet.not_found", path=str(path)) from None
    except OSError as exc:
        raise DomainError("sheet.cannot_read", path=shown, reason=exc.strerror or exc) from None
    if size == 0:
        raise DomainError("sheet.empty", path=shown)
    if size > MAX_MEGABYTES * 1024 * 1024:
        raise DomainError(
            "sheet.too_big", path=shown, size=f"{size / 1024 / 1024:.0f}", limit=MAX_MEGABYTES
        )
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES + TEXT_SUFFIXES + (".xls",):
        raise DomainError("sheet.unknown_type", path=shown)
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise DomainError("sheet.cannot_read", path=shown, reason=exc.strerror or exc) from None
    if head.startswith(OLE):
        raise DomainError(_ole_kind(path), path=shown)
    if head.startswith(ZIP):
        if suffix in TEXT_SUFFIXES:
            raise DomainError("sheet.really_xlsx", path=shown)
        rows: Iterable[Sequence[Cell]] = _workbook_rows(path)
    elif suffix in (*WORKBOOK_SUFFIXES, ".xls"):
        hint = "sheet.really_csv" if _looks_like_text(path) else None
        raise DomainError("sheet.not_xlsx", path=shown, hint=_hint(hint))
    else:
        rows = _text_rows(path.read_bytes(), shown)
    return sheet_of(rows, shown, remembered)


def sheet_of(
    rows: Iterable[Sequence[Cell]], name: str, remembered: Mapping[str, str] | None = None
) -> Sheet:
    """The header found among the first rows, and the data rows below it (empty ones skipped)."""
    iterator = iter(rows)
    top: list[Sequence[Cell]] = []
    for row in iterator:
        top.append(row)
        if len(top) >= HEADER_SCAN_ROWS:
            break
    if not top or all(is_empty_row(r) for r in top):
        raise DomainError("sheet.empty", path=name)
    header = find_header(top, remembered)
    sheet = Sheet(name, header)
    number = header.row + 1
    for row in _chain(top[header.row + 1 :], iterator):
        number += 1
        if is_empty_row(row):
            sheet.skipped_empty += 1
            continue
        if len(sheet.rows) >= MAX_ROWS:
            raise DomainError("sheet.too_many_rows", path=name, limit=MAX_ROWS)
        sheet.rows.append(SheetRow(number, tuple(row)))
    if not sheet.rows:
        raise DomainError("sheet.no_rows", path=name)
    return sheet


def _chain(first: list[Sequence[Cell]], rest: Iterable[Sequence[Cell]]):
    yield from first
    yield from rest


def _workbook_rows(path: Path) -> Iterable[Sequence[Cell]]:
    """The first worksheet's rows: streamed from its XML, or by openpyxl when unsure."""
    from promoplanner.sheets.xlsx_rows import workbook_rows

    try:
        return workbook_rows(path)
    except Exception:  # anything unexpected: openpyxl reads it, or says what is wrong
        return openpyxl_rows(path)


def openpyxl_rows(path: Path) -> Iterable[Sequence[Cell]]:
    """The active worksheet's rows through openpyxl's read-only mode."""
    from openpyxl import load_workbook  # only an import needs it: start-up stays quick

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.active if book.active is not None else book.worksheets[0]
        if hasattr(sheet, "reset_dimensions") and _size_unknown(sheet):
            # Some writers leave the size out (or say A1): then read every row to find it.
            sheet.reset_dimensions()
        rows = list(sheet.iter_rows(values_only=True))
        book.close()
    except (zipfile.BadZipFile, KeyError, IndexError, OSError, ValueError, TypeError) as exc:
        raise DomainError("sheet.cannot_read", path=path.name, reason=_reason(exc)) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise DomainError("sheet.cannot_read", path=path.name, reason=_reason(exc)) from None
    return rows


def _size_unknown(sheet) -> bool:
    try:
        return sheet.calculate_dimension() in ("A1:A1", "A1")
    except ValueError:  # "no dimensions": the file does not say
        return True


def _ole_kind(path: Path) -> str:
    """An encrypted .xlsx (Office keeps it in a compound file) or an old .xls workbook."""
    with path.open("rb") as stream:
        head = stream.read(1 << 20)
    marker = "EncryptionInfo".encode("utf-16-le")
    return "sheet.encrypted" if marker in head else "sheet.old_xls"


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(4096)
    try:
        decode_text(head[: len(head) - 4] if len(head) == 4096 else head)
    except DomainError:
        return False
    return any(sep in head for sep in (b",", b"\t", b";"))


def _hint(key: str | None) -> str:
    from promoplanner.core.i18n import text

    return text(key) if key else ""


def decode_text(data: bytes) -> str:
    """The text of a CSV: UTF-8 (a BOM says so), else GB18030 as Chinese Excel writes it."""
    if b"\x00" in data:
        raise DomainError("sheet.not_text", path="")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError:
            raise DomainError("sheet.not_text", path="") from None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DomainError("sheet.not_text", path="")


def _text_rows(data: bytes, name: str) -> list[list[str]]:
    try:
        content = decode_text(data)
    except DomainError:
        raise DomainError("sheet.not_text", path=name) from None
    delimiter = sniff_delimiter(content)
    try:
        return list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise DomainError("sheet.cannot_read", path=name, reason=_reason(exc)) from None


def sniff_delimiter(content: str) -> str:
    """Comma, tab or semicolon: the one the first lines use most, and use alike."""
    lines = [line for line in content.splitlines()[: HEADER_SCAN_ROWS + 5] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",\t;").delimiter
    except csv.Error:
        counts = {sep: sum(line.count(sep) for line in lines) for sep in (",", "\t", ";")}
        return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def _reason(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
