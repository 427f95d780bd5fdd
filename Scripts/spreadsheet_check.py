"""Checks reckon's CSV in a real spreadsheet (LibreOffice, through its xlsx) and in pandas.

Used by Scripts/spreadsheet-check.sh:

    python spreadsheet_check.py write-input hostile.csv
    python spreadsheet_check.py write-naive control.csv
    python spreadsheet_check.py check-xlsx  reckon.xlsx  LABEL
    python spreadsheet_check.py check-pandas reckon.csv  SEPARATOR LABEL
    python spreadsheet_check.py check-json  reckon.json  LABEL
    python spreadsheet_check.py write-controls controls.csv
    python spreadsheet_check.py check-formulas plain.xlsx LABEL

Every failed check prints a line "FAIL ..." (and, with SPREADSHEET_CHECK_VERBOSE=1, every
passed one a line "PASS ..."); each command ends with "SUMMARY <passed> <failed> <label>".
The exit code is 1 when any check failed.
"""

import json
import math
import os
import sys
import zipfile

# Text cells: (id, place, payload). Payloads are the injection strings of the issue and
# text that spreadsheets like to turn into numbers, dates or truth values.
PAYLOADS = [
    "=1+1",
    "+1",
    "-1+1",
    "@SUM(1)",
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=DDE("cmd";"/C calc";"A0")',
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "'=1+1",
    "''+1",
    "100-180",
    "1/2",
    "2024-01-05",
    "12:30",
    "May 2024",
    "50%",
    "$5",
    "(5)",
    "1e5",
    "5-",
    "TRUE",
    "false",
    "#N/A",
    "NA",
    "5,000",
    "0.1",
    "Zürich",
    "北朝鮮の弾薬",
    "naïve café – “quoted” — ok",
    "Ελληνικά and עברית",
    "🚀 rocket",
    'say "hi", then go',
    "line one\nline two",
    "  padded  ",
    "152-mm shells",
    "100–180 km",
    "it's",
    "",
]
IDENTIFIERS = ["007", "0012", "1", "42", "1.50", "1e3", "A-7", "id 9"]
PLACES = ["Zürich", "Pyongyang", "北朝鮮", "Kyiv (Київ)", "São Paulo", "Reykjavík", "Αθήνα", "München"]
# (figure as written, low, nominal, high), all in km so the header is range_km_*.
RANGES = [
    ("100–180 km", 100.0, None, 180.0),
    ("100 to 180 km", 100.0, None, 180.0),
    ("between 2.5 and 3.75 km", 2.5, None, 3.75),
    ("0.5–1 km", 0.5, None, 1.0),
]
MASSES = [43.56, 0.1 + 0.2, 1e-7, 2.3e20, -5.0, 0.0, 123456.789, 2 / 3]

SAFE_EXACT = {"Zürich", "北朝鮮の弾薬", "naïve café – “quoted” — ok", "Ελληνικά and עברית", "🚀 rocket", "152-mm shells", "100–180 km", "it's"}

HEADER = ["id", "place", "payload", "range_km_low", "range_km_nominal", "range_km_high", "count", "mass"]

failures = 0
passes = 0
VERBOSE = os.environ.get("SPREADSHEET_CHECK_VERBOSE") == "1"


def report(ok, what):
    global failures, passes
    if ok:
        passes += 1
        if VERBOSE:
            print("PASS " + what)
    else:
        failures += 1
        print("FAIL " + what)


def rows():
    for index, payload in enumerate(PAYLOADS):
        figure = RANGES[index % len(RANGES)]
        yield {
            "id": IDENTIFIERS[index % len(IDENTIFIERS)],
            "place": PLACES[index % len(PLACES)],
            "payload": payload,
            "range": figure,
            "count": index * 1000 + 7,
            "mass": MASSES[index % len(MASSES)],
        }


def write_input(path):
    """The input for `reckon table`: text quoted (so that it is text), numbers bare."""

    def quoted(text):
        return '"' + text.replace('"', '""') + '"'

    lines = [",".join(quoted(name) for name in ("id", "place", "payload", "range", "count", "mass"))]
    for row in rows():
        fields = [quoted(row["id"]), quoted(row["place"]), quoted(row["payload"]), quoted(row["range"][0])]
        fields += [str(row["count"]), repr(row["mass"])]
        lines.append(",".join(fields))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\r\n".join(lines) + "\r\n")


def write_naive(path):
    """A control: the same table written without reckon's rules (plain csv module, text as
    is). The checks must fail on it, or they prove nothing."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for row in rows():
            _, low, nominal, high = row["range"]
            writer.writerow([row["id"], row["place"], row["payload"], low, "" if nominal is None else nominal, high, row["count"], repr(row["mass"])])


def same_number(actual, expected):
    if expected is None:
        return actual is None
    if isinstance(actual, bool) or not isinstance(actual, (int, float)):
        return False
    if expected == 0:
        return actual == 0
    return math.isclose(actual, expected, rel_tol=1e-14)


def text_as_spreadsheet_shows(value):
    """LibreOffice turns CR and CRLF inside a cell into LF."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_text(label, where, actual, original):
    """Text must arrive as text: exactly as written, or with the one leading apostrophe
    that marks it as text (the OWASP neutralisation)."""
    if original == "":
        report(actual in (None, ""), f"{label}: {where} empty text stays empty (got {actual!r})")
        return
    shown = text_as_spreadsheet_shows(original)
    ok = isinstance(actual, str) and actual in (shown, "'" + shown)
    if original in SAFE_EXACT:
        ok = ok and actual == shown
    report(ok, f"{label}: {where} text {original!r} arrived as text {actual!r}")


def check_xlsx(path, label):
    import openpyxl

    workbook = openpyxl.load_workbook(path, data_only=False)
    sheet = workbook.active
    values = list(sheet.iter_rows(values_only=False))
    header = [cell.value for cell in values[0]]
    report(header == HEADER, f"{label}: header {header}")
    formulas = [cell.coordinate for row in values for cell in row if cell.data_type == "f"]
    starts_with_equals = [
        cell.coordinate for row in values for cell in row if isinstance(cell.value, str) and cell.value.startswith("=")
    ]
    report(not formulas, f"{label}: zero formula cells (data_type 'f': {formulas})")
    report(not starts_with_equals, f"{label}: no cell value starts with '=' ({starts_with_equals})")
    with zipfile.ZipFile(path) as archive:
        sheet_xml = "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.startswith("xl/worksheets/"))
    report("<f>" not in sheet_xml and "<f " not in sheet_xml, f"{label}: the sheet XML holds no <f> formula element")
    expected = list(rows())
    report(len(values) - 1 == len(expected), f"{label}: {len(expected)} data rows (got {len(values) - 1})")
    number_cells = text_cells = 0
    for line, (row, want) in enumerate(zip(values[1:], expected), start=2):
        cells = {name: cell for name, cell in zip(HEADER, row)}
        for name in ("id", "place", "payload"):
            cell = cells[name]
            if want[name] != "":
                report(cell.data_type == "s", f"{label}: row {line} {name} is a text cell (type {cell.data_type!r})")
            check_text(label, f"row {line} {name}", cell.value, want[name])
            text_cells += 1
        _, low, nominal, high = want["range"]
        for name, value in (("range_km_low", low), ("range_km_nominal", nominal), ("range_km_high", high), ("count", want["count"]), ("mass", want["mass"])):
            cell = cells[name]
            if value is None:
                report(cell.value is None, f"{label}: row {line} {name} is empty (got {cell.value!r})")
                continue
            ok = cell.data_type == "n" and same_number(cell.value, value)
            report(ok, f"{label}: row {line} {name} is the number {value!r} (got {cell.data_type!r} {cell.value!r})")
            number_cells += 1
    print(f"     {label}: {number_cells} number cells and {text_cells} text cells checked, {len(values) * len(HEADER)} cells scanned for formulas")


def check_pandas(path, separator, label):
    import pandas

    # pandas' defaults, as a user would call it (only the separator given).
    frame = pandas.read_csv(path, sep="\t" if separator == "tab" else separator)
    report(list(frame.columns) == HEADER, f"{label}: pandas columns {list(frame.columns)}")
    for name in ("range_km_low", "range_km_high", "count", "mass"):
        report(pandas.api.types.is_numeric_dtype(frame[name]), f"{label}: pandas reads {name} as numeric ({frame[name].dtype})")
    report(pandas.api.types.is_integer_dtype(frame["count"]), f"{label}: pandas reads count as integers ({frame['count'].dtype})")
    for name in ("id", "payload", "place"):
        report(frame[name].dtype == object, f"{label}: pandas reads {name} as text ({frame[name].dtype})")
    expected = list(rows())
    wrong = []
    for index, want in enumerate(expected):
        _, low, _, high = want["range"]
        if not (same_number(float(frame["range_km_low"][index]), low) and same_number(float(frame["range_km_high"][index]), high)):
            wrong.append(("range", index))
        if not same_number(float(frame["mass"][index]), want["mass"]):
            wrong.append(("mass", index))
        for name in ("id", "payload", "place"):
            value = frame[name][index]
            if want[name] and value not in (want[name], "'" + want[name], want[name].replace("\r", "\n")):
                wrong.append((name, index, value))
    report(not wrong, f"{label}: pandas values match the input ({wrong[:5]})")


# Quoted input text that starts with an apostrophe before a formula trigger is read by
# reckon as text neutralised by another exporter: the apostrophe goes (CSVNeutralisation).
READ_AS_NEUTRALISED = {"'=1+1": "=1+1", "''+1": "'+1"}


def check_json(path, label):
    """`reckon table` reading reckon's own CSV restores every text exactly."""
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    expected = list(rows())
    report(len(data) == len(expected), f"{label}: {len(expected)} rows read back")
    wrong = []
    for got, want in zip(data, expected):
        for name in ("id", "place", "payload"):
            expected_text = READ_AS_NEUTRALISED.get(want[name], want[name]) or None
            if got[name] != expected_text:
                wrong.append((name, got[name], expected_text))
        _, low, nominal, high = want["range"]
        estimate = got["range_km"]
        if not (same_number(estimate["low"], low) and same_number(estimate["nominal"], nominal) and same_number(estimate["high"], high)):
            wrong.append(("range", estimate))
        if not same_number(got["mass"], want["mass"]) or got["count"] != want["count"]:
            wrong.append(("numbers", got["mass"], got["count"]))
    report(not wrong, f"{label}: every text and number read back exactly ({wrong[:5]})")


# Text XML cannot hold: Reckon's xlsx writes the Office Open XML escape _xHHHH_, which
# Excel and LibreOffice decode and openpyxl shows as written (spreadsheet_commands.py).
CONTROLS = [("bell", "ring\x07ring"), ("escape", "\x1b[2J"), ("start of heading", "a\x01b"), ("vertical tab", "v\x0bt"),
            ("form feed", "f\x0cf"), ("non-character", "x\ufffey"), ("literal escape", "_x0041_"), ("plain", "plain")]


def write_controls(path):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("name,text\r\n" + "".join(f'"{name}","{text}"\r\n' for name, text in CONTROLS))


def check_formulas(path, label):
    """Plain CSV in LibreOffice: values may be read as numbers or dates, but nothing runs."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, data_only=False)
    cells = [cell for row in workbook.active.iter_rows() for cell in row]
    formulas = [cell.coordinate for cell in cells if cell.data_type == "f"]
    report(not formulas, f"{label}: zero formula cells among {len(cells)} ({formulas[:5]})")
    starts = [cell.coordinate for cell in cells if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@")]
    report(not starts, f"{label}: no text starts with = + - @ ({starts[:5]})")


def main(arguments):
    command = arguments[0]
    if command == "write-input":
        write_input(arguments[1])
        return 0
    if command == "write-controls":
        write_controls(arguments[1])
        return 0
    if command == "check-formulas":
        label = arguments[2]
        check_formulas(arguments[1], label)
        print(f"SUMMARY {passes} {failures} {label}")
        return 1 if failures else 0
    if command == "write-naive":
        write_naive(arguments[1])
        return 0
    if command == "check-xlsx":
        label = arguments[2]
        check_xlsx(arguments[1], label)
    elif command == "check-pandas":
        label = arguments[3]
        check_pandas(arguments[1], arguments[2], label)
    elif command == "check-json":
        label = arguments[2]
        check_json(arguments[1], label)
    else:
        print(f"unknown command {command}", file=sys.stderr)
        return 2
    print(f"SUMMARY {passes} {failures} {label}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
