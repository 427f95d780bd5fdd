"""Execute every notebook in a folder headless; fail if any cell fails or a notebook saves no figure.

Usage: run_notebooks.py NOTEBOOK_DIR OUTPUT_DIR
Executed notebooks and the PNG figures they save (to $FIGURES) are written to OUTPUT_DIR.
"""
import os
import sys
import pathlib

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

source, output = map(pathlib.Path, sys.argv[1:3])
output.mkdir(parents=True, exist_ok=True)
os.environ["FIGURES"] = str(output)
failures = 0
notebooks = sorted(source.glob("*.ipynb"))
if not notebooks:
    sys.exit(f"no notebooks in {source}")
for path in notebooks:
    notebook = nbformat.read(path, as_version=4)
    before = set(output.glob("*.png"))
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(output)}})
    try:
        client.execute()
        status = "ok"
    except CellExecutionError as error:
        failures += 1
        status = f"FAILED\n{error}"
    nbformat.write(notebook, output / path.name)
    figures = sorted(set(output.glob("*.png")) - before)
    if status == "ok" and not figures:
        failures += 1
        status = "FAILED: saved no PNG figure"
    print(f"{path.name}: {status}; figures: {', '.join(f.name for f in figures) or 'none'}")
print(f"{len(notebooks) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
