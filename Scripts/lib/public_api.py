"""The public surface of each library, from the symbol graphs of the build.

    python3 Scripts/lib/public_api.py SYMBOL-GRAPH-DIR OUT-DIR MODULE ...

Writes OUT-DIR/MODULE.txt for each MODULE: one line per public symbol (kind, path and
declaration) and one per conformance, sorted, from MODULE.symbols.json and the graphs of
its extensions to other modules (MODULE@Other.symbols.json). Prints the count per module.
Exits 1, naming them, when a public symbol with a source location has no doc comment of
its own (synthesized members, such as an enum's `hashValue`, have no location and are
exempt), or when a module has more public symbols than its budget (BUDGETS below).

Python's standard library only (the scripts' other Python runs in virtual environments).
"""

import glob
import json
import os
import sys

# The most public symbols a library may have (issue 14: Estimates at most half of the 810
# it had before the re-cut). A library without a budget is only counted.
BUDGETS = {"Estimates": 405}

# Conformances the compiler implies on its own (SendableMetatype follows from Sendable since
# Swift 6.2): left out so that the lists do not depend on the compiler's version.
IMPLIED = {"SendableMetatype", "Copyable", "Escapable"}


def graphs(directory, module):
    """The symbol graph files of `module`: its own and its extensions of other modules."""
    own = os.path.join(directory, module + ".symbols.json")
    extensions = sorted(glob.glob(os.path.join(directory, module + "@*.symbols.json")))
    if not os.path.exists(own):
        sys.exit(f"public-api: no symbol graph for {module} in {directory}")
    return [own] + extensions


def declaration(symbol):
    text = "".join(fragment["spelling"] for fragment in symbol.get("declarationFragments", []))
    return " ".join(text.split())


def lines_for(module, paths):
    """The API lines of `module` and the symbols without a doc comment."""
    lines = set()
    undocumented = []
    count = 0
    for path in paths:
        with open(path, encoding="utf-8") as file:
            graph = json.load(file)
        names = {symbol["identifier"]["precise"]: ".".join(symbol["pathComponents"]) for symbol in graph["symbols"]}
        for symbol in graph["symbols"]:
            count += 1
            kind = symbol["kind"]["identifier"].removeprefix("swift.")
            name = ".".join(symbol["pathComponents"])
            constraints = symbol.get("swiftExtension", {}).get("constraints", [])
            where = ""
            if constraints:
                where = " (where " + ", ".join(
                    f"{c['lhs']} {':' if c['kind'] == 'conformance' else '=='} {c['rhs']}" for c in constraints) + ")"
            lines.add(f"{kind} {name}: {declaration(symbol)}{where}")
            if "location" in symbol and not symbol.get("docComment"):
                location = symbol["location"]
                file_name = location["uri"].split("/Sources/")[-1]
                undocumented.append(f"Sources/{file_name}:{location['position']['line'] + 1}: {kind} {name}")
        for relation in graph["relationships"]:
            if relation["kind"] != "conformsTo" or relation["source"] not in names:
                continue
            target = names.get(relation["target"]) or relation.get("targetFallback") or relation["target"]
            target = target.split(".")[-1] if "." in target and relation["target"] not in names else target
            if target not in IMPLIED:
                lines.add(f"conformance {names[relation['source']]}: {target}")
    return sorted(lines), undocumented, count


def main():
    directory, output, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(output, exist_ok=True)
    problems = []
    for module in modules:
        lines, undocumented, count = lines_for(module, graphs(directory, module))
        with open(os.path.join(output, module + ".txt"), "w", encoding="utf-8") as file:
            file.write("".join(line + "\n" for line in lines))
        budget = BUDGETS.get(module)
        budget_text = f" (budget {budget})" if budget else ""
        print(f"public-api: {module}: {count} public symbols{budget_text}, {len(undocumented)} without a doc comment")
        problems += [f"public-api: no doc comment: {entry}" for entry in undocumented]
        if budget and count > budget:
            problems.append(f"public-api: {module} has {count} public symbols, more than its budget of {budget}")
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
