"""Execute every notebook in a folder headless and check that its plots show inline.

Usage: run_notebooks.py NOTEBOOK_DIR OUTPUT_DIR

Checks, each printed as a FAIL line when it fails:
- every committed notebook has its outputs cleared (no outputs, no execution counts);
- every cell runs without an error (nbclient, the python3 kernel, working folder OUTPUT_DIR);
- every code cell that plots (calls plt./ax./fig. drawing functions) has at least one
  display_data output with an image/png: the figure shows inline, as in Jupyter;
- running them writes nothing into NOTEBOOK_DIR: its files (names, sizes, modification
  times) and `git status --porcelain NOTEBOOK_DIR` are the same afterwards, and under CI
  (CI=true) git status is clean.
The executed notebooks go to OUTPUT_DIR (figures too, when a notebook saves them there:
the notebooks save to $FIGURES, set here to OUTPUT_DIR). Exit code 1 when anything failed.
"""
import os
import pathlib
import re
import subprocess
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

# A code cell plots when it makes or draws a figure.
PLOTS = re.compile(r"\bplt\.(subplots|figure|plot|bar|hist|scatter)\(|\b\w+\.(bar|hist|scatter|plot|errorbar|imshow)\(")


def snapshot(folder):
    """Every file under `folder` with its size and modification time."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def git_status(folder):
    result = subprocess.run(["git", "status", "--porcelain", "--", str(folder)], capture_output=True, text=True, cwd=folder)
    return result.stdout if result.returncode == 0 else None


def images(cell):
    return sum(1 for output in cell.get("outputs", []) if output.get("output_type") == "display_data" and "image/png" in output.get("data", {}))


def run(path, output):
    """Executes one notebook; returns its failures."""
    failures = []
    notebook = nbformat.read(path, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    if any(cell.get("outputs") or cell.get("execution_count") is not None for cell in code):
        failures.append("is committed with outputs: clear them (Jupyter: Edit > Clear Outputs of All Cells)")
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(output)}})
    try:
        client.execute()
    except CellExecutionError as error:
        failures.append(f"a cell failed:\n{error}")
    nbformat.write(notebook, output / path.name)
    plotting = [index for index, cell in enumerate(code, start=1) if PLOTS.search(cell.source)]
    if not plotting:
        failures.append("has no plotting cell")
    for index in plotting:
        if images(code[index - 1]) == 0:
            failures.append(f"code cell {index} plots but shows no inline image (display_data image/png)")
    shown = sum(images(cell) for cell in code)
    print(f"{path.name}: {len(code)} code cells, {len(plotting)} plotting, {shown} inline images")
    return failures


def main(source, output):
    output.mkdir(parents=True, exist_ok=True)
    os.environ["FIGURES"] = str(output.resolve())
    notebooks = sorted(source.glob("*.ipynb"))
    if not notebooks:
        sys.exit(f"no notebooks in {source}")
    files_before, status_before = snapshot(source), git_status(source)
    failed = 0
    for path in notebooks:
        failures = run(path, output)
        for failure in failures:
            print(f"FAIL {path.name}: {failure}")
        failed += bool(failures)
    problems = []
    if snapshot(source) != files_before:
        problems.append(f"running the notebooks changed files in {source}")
    status_after = git_status(source)
    if status_after != status_before:
        problems.append(f"git status of {source} changed:\n{status_after}")
    if os.environ.get("CI") == "true" and status_after:
        problems.append(f"git status of {source} is not clean:\n{status_after}")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(notebooks) - failed} notebooks passed, {failed} failed; {source} {'unchanged' if not problems else 'CHANGED'}")
    return 1 if failed or problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*map(pathlib.Path, sys.argv[1:3])))
