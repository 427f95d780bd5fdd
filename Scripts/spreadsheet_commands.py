"""Every command's table, read back from Reckon's xlsx and plain CSV by openpyxl, pandas and
LibreOffice, compared with the command's own JSON (the typed truth).

Used by Scripts/spreadsheet-check.sh:

    python spreadsheet_commands.py check NAME FOLDER

FOLDER holds NAME.json (for eval, its one object, and NAME.expression), NAME-plain.csv,
NAME-spreadsheet.csv, NAME.xlsx, NAME.txt (the aligned text, for the notes) and
lo/NAME.csv (LibreOffice's CSV of NAME.xlsx: text quoted, numbers bare, as shown).
Prints FAIL lines (PASS too with SPREADSHEET_CHECK_VERBOSE=1) and "SUMMARY passed failed NAME".
"""

import csv
import datetime
import json
import math
import os
import re
import sys
import zipfile

VERBOSE = os.environ.get("SPREADSHEET_CHECK_VERBOSE") == "1"
ISO_DAYS = re.compile(r"^\d{4}-\d{2}-\d{2}([/;]\d{4}-\d{2}-\d{2})*$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# What plain CSV still neutralises: text a spreadsheet would run (CSVNeutralisation).
FORMULA_TRIGGERS = set("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")


class Checks:
    def __init__(self, label):
        self.label, self.passed, self.failed = label, 0, 0

    def expect(self, ok, what):
        if ok:
            self.passed += 1
            if VERBOSE:
                print(f"PASS {self.label}: {what}")
        else:
            self.failed += 1
            print(f"FAIL {self.label}: {what}")
        return ok


FORBIDDEN_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def openpyxl_view(text):
    """What openpyxl shows for a text cell: the _xHHHH_ escapes of characters XML cannot hold
    stay as written (Excel and LibreOffice decode them)."""
    return FORBIDDEN_IN_XML.sub(lambda match: "_x%04X_" % ord(match.group()), text)


def starts_like_formula(text):
    core = text.lstrip("'")
    return bool(core) and core[0] in FORMULA_TRIGGERS


def same_number(actual, expected):
    if isinstance(actual, bool) or not isinstance(actual, (int, float)):
        return False
    return actual == expected or math.isclose(actual, expected, rel_tol=1e-14, abs_tol=0)


def expected_rows(header, data):
    """The JSON rows as CSV fields, in header order: an estimate object makes _low, _nominal,
    _high (and _unit when the header has it); everything else is one field."""
    rows = []
    for obj in data:
        fields, position = [], 0
        for key, value in obj.items():
            if isinstance(value, dict) or (value is None and position + 2 < len(header) and header[position].endswith("_low")
                                           and header[position + 2].endswith("_high") and key not in header):
                value = value or {}
                fields += [value.get("low"), value.get("nominal"), value.get("high")]
                position += 3
                if position < len(header) and header[position].endswith("_unit") and header[position] not in obj:
                    fields.append(value.get("unit"))
                    position += 1
            else:
                fields.append(value)
                position += 1
        rows.append(fields)
    return rows


def eval_rows(value, expression):
    """`reckon eval --format json` (one object) as the table's one row: the value, then the
    sampled 90% range (low, median, high, method; empty when JSON's range90 is null)."""
    sampled = value.get("range90") or {}
    return [[expression, value["low"], value["nominal"], value["high"], value["unit"], value["meaning"],
             sampled.get("low"), sampled.get("median"), sampled.get("high"), sampled.get("method")]]


def sample_rows(header, summary):
    """`reckon sample --format json` (one object) as the CSV's one row."""
    return [[summary["n"], summary["seed"], summary["mean"], summary["sd"], *summary["percentiles"].values()]]


def date_columns(rows, width):
    result = set()
    for index in range(width):
        values = [row[index] for row in rows if isinstance(row[index], str) and row[index] != ""]
        if values and all(ISO_DAYS.match(value) for value in values):
            result.add(index)
    return result


def as_day(value):
    return value.date().isoformat() if isinstance(value, datetime.datetime) else None


def check_xlsx(checks, path, header, rows, dates):
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    cells = list(sheet.iter_rows())
    checks.expect([c.value for c in cells[0]] == header, f"openpyxl: xlsx header equals the CSV header {header[:4]}…")
    checks.expect(sheet.freeze_panes == "A2", f"openpyxl: header row frozen ({sheet.freeze_panes})")
    widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(header))]
    checks.expect(all(w and 8 <= w <= 60 for w in widths), f"openpyxl: every column has a width from 8 to 60 ({widths[:5]}…)")
    checks.expect(len(cells) - 1 == len(rows), f"openpyxl: {len(rows)} data rows (got {len(cells) - 1})")
    with zipfile.ZipFile(path) as archive:
        checks.expect(archive.testzip() is None, "zipfile: every entry's CRC-32 is right")
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/worksheets/"))
    checks.expect("<f>" not in xml and "<f " not in xml, "the sheets hold no <f> formula element")
    wrong = []
    counts = {"n": 0, "s": 0, "d": 0}
    for line, (row, want) in enumerate(zip(cells[1:], rows), start=2):
        for index, (cell, value) in enumerate(zip(row, want)):
            if cell.data_type in counts:
                counts[cell.data_type] += 1
            if value is None or value == "":
                ok = cell.value is None
            elif isinstance(value, str):
                if index in dates and ISO_DAY.match(value) and value >= "1900-03-01":
                    ok = cell.data_type == "d" and as_day(cell.value) == value
                else:
                    ok = cell.data_type == "s" and cell.value == openpyxl_view(value)
            else:
                ok = cell.data_type == "n" and same_number(cell.value, value)
            if not ok:
                wrong.append((f"{cell.coordinate}", value, cell.value, cell.data_type))
    checks.expect(not wrong, f"openpyxl: every cell typed and exact ({counts['n']} numbers, {counts['s']} texts, {counts['d']} dates; wrong: {wrong[:4]})")
    return workbook


def check_notes(checks, workbook, text_path):
    with open(text_path, encoding="utf-8") as handle:
        lines = set(handle.read().split("\n"))
    if len(workbook.worksheets) < 2:
        checks.expect(True, "no footnotes, no notes sheet")
        return
    notes_sheet = workbook.worksheets[1]
    checks.expect(notes_sheet.title == "notes", f"second sheet is 'notes' ({notes_sheet.title})")
    notes = [row[0] for row in notes_sheet.iter_rows(values_only=True)]
    checks.expect(notes[0] == "note" and len(notes) > 1, f"notes sheet: header 'note' and {len(notes) - 1} notes")
    missing = [note for note in notes[1:] if note not in lines]
    checks.expect(not missing, f"every note is a footnote of the aligned text ({missing[:2]})")


def check_read_excel(checks, path, header, rows, dates):
    import pandas

    # As the docs advise for exact text: pandas' missing-value words ("NA", "#N/A") stay text.
    frame = pandas.read_excel(path, sheet_name=0, keep_default_na=False, na_values=[""])
    checks.expect(list(frame.columns) == header, "pandas.read_excel: columns are the CSV header")
    defaults = pandas.read_excel(path, sheet_name=0)
    wrong = []
    for index, name in enumerate(header):
        for row, want in zip(frame[name], (r[index] for r in rows)):
            if want is None or want == "":
                ok = pandas.isna(row)
            elif isinstance(want, str):
                ok = row == openpyxl_view(want) or (index in dates and hasattr(row, "date") and row.date().isoformat() == want)
            else:
                ok = same_number(float(row), want)
            if not ok:
                wrong.append((name, want, row))
        numbers = [r[index] for r in rows if r[index] is not None]
        if numbers and all(isinstance(v, (int, float)) for v in numbers):
            for read in (frame, defaults):
                if not pandas.api.types.is_numeric_dtype(read[name]):
                    wrong.append((name, "dtype", str(read[name].dtype)))
    checks.expect(not wrong, f"pandas.read_excel: exact text, numeric columns numeric with and without defaults ({wrong[:4]})")


def check_read_csv(checks, path, header, rows):
    import pandas

    text = pandas.read_csv(path, dtype=str, keep_default_na=False)
    checks.expect(list(text.columns) == header, "pandas.read_csv (plain): columns are the header")
    wrong = []
    for index, name in enumerate(header):
        for got, want in zip(text[name], (r[index] for r in rows)):
            if want is None or want == "":
                ok = got == ""
            elif isinstance(want, str):
                ok = got == want or (starts_like_formula(want) and got == "'" + want)
            else:
                ok = got != "" and same_number(float(got), want)
            if not ok:
                wrong.append((name, want, got))
    checks.expect(not wrong, f"pandas.read_csv (plain, as text): every field exact ({wrong[:4]})")
    typed = pandas.read_csv(path)
    numeric = [name for index, name in enumerate(header)
               if any(r[index] is not None for r in rows) and all(isinstance(r[index], (int, float)) or r[index] is None for r in rows)]
    not_numeric = [name for name in numeric if not pandas.api.types.is_numeric_dtype(typed[name])]
    checks.expect(not not_numeric, f"pandas.read_csv (plain, defaults): {len(numeric)} number columns numeric ({not_numeric})")


def check_libreoffice(checks, path, header, rows, dates):
    """LibreOffice's CSV of the xlsx: text cells quoted, numbers and dates bare, as shown."""
    with open(path, encoding="utf-8", newline="") as handle:
        records = fields_with_quotes(handle.read())
    checks.expect(bool(records) and [text for text, _ in records[0]] == header, "LibreOffice: the xlsx's first row is the header")
    wrong = []
    for want_row, line in zip(rows, records[1:]):
        for index, want in enumerate(want_row):
            got, was_quoted = line[index] if index < len(line) else ("", False)
            if want is None or want == "":
                ok = got == ""
            elif isinstance(want, str):
                if index in dates and ISO_DAY.match(want) and want >= "1900-03-01":
                    ok = got == want and not was_quoted
                else:
                    # LibreOffice's CSV export may write a line break inside a cell as LF.
                    ok = was_quoted and got in (want, want.replace("\r\n", "\n").replace("\r", "\n"))
            else:
                ok = not was_quoted and same_number(float(got), want)
            if not ok:
                wrong.append((header[index], want, got, was_quoted))
    checks.expect(len(records) - 1 == len(rows), f"LibreOffice: {len(rows)} rows")
    checks.expect(not wrong, f"LibreOffice: text as text, numbers as numbers, dates as days, same values ({wrong[:4]})")


def fields_with_quotes(raw):
    """RFC 4180 records as (text, was_quoted) fields."""
    records, fields, field, quoted, index = [], [], "", False, 0
    in_quotes = False
    while index < len(raw):
        char = raw[index]
        if in_quotes:
            if char == '"' and raw[index + 1:index + 2] == '"':
                field += '"'
                index += 1
            elif char == '"':
                in_quotes = False
            else:
                field += char
        elif char == '"':
            in_quotes, quoted = True, True
        elif char == ",":
            fields.append((field, quoted))
            field, quoted = "", False
        elif char in "\r\n":
            if char == "\r" and raw[index + 1:index + 2] == "\n":
                index += 1
            fields.append((field, quoted))
            records.append(fields)
            fields, field, quoted = [], "", False
        else:
            field += char
        index += 1
    if field or fields:
        fields.append((field, quoted))
        records.append(fields)
    return records


def check(name, folder):
    checks = Checks(name)
    base = os.path.join(folder, name)
    with open(base + "-plain.csv", encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    with open(base + "-spreadsheet.csv", encoding="utf-8", newline="") as handle:
        guarded_header = next(csv.reader(handle))
    checks.expect(header == guarded_header, "the header is the same in plain and spreadsheet CSV")
    checks.expect(not any(h.startswith("'") for h in header), f"no header starts with an apostrophe ({header[:4]}…)")
    checks.expect(len(set(header)) == len(header), "header fields are unique")
    with open(base + ".json", encoding="utf-8") as handle:
        data = json.load(handle)
    if isinstance(data, dict) and "histogram" in data:
        rows = histogram_rows(data)
    elif isinstance(data, dict) and "meaning" in data:
        with open(base + ".expression", encoding="utf-8") as handle:
            rows = eval_rows(data, handle.read())
    elif isinstance(data, dict):
        rows = sample_rows(header, data)
    else:
        rows = expected_rows(header, data)
    checks.expect(all(len(row) == len(header) for row in rows), "the JSON rows fill the header")
    dates = date_columns(rows, len(header))
    workbook = check_xlsx(checks, base + ".xlsx", header, rows, dates)
    check_notes(checks, workbook, base + ".txt")
    check_read_excel(checks, base + ".xlsx", header, rows, dates)
    check_read_csv(checks, base + "-plain.csv", header, rows)
    check_libreoffice(checks, os.path.join(folder, "lo", name + ".csv"), header, rows, dates)
    print(f"     {name}: {len(rows)} rows × {len(header)} columns; dates in {sorted(header[i] for i in dates)}")
    print(f"SUMMARY {checks.passed} {checks.failed} {name}")
    return 1 if checks.failed else 0


def histogram_rows(data):
    """`reckon sample --histogram --format json` as the rows of the bins table."""
    histogram = data["histogram"]
    total = data["n"]
    bins = histogram["bins"]
    rows = []
    if histogram["below"]:
        rows.append([None, bins[0]["low"], histogram["below"], histogram["below"] / total])
    rows += [[b["low"], b["high"], b["count"], b["count"] / total] for b in bins]
    if histogram["above"]:
        rows.append([bins[-1]["high"], None, histogram["above"], histogram["above"] / total])
    return rows


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "check":
        sys.exit(__doc__)
    sys.exit(check(sys.argv[2], sys.argv[3]))
