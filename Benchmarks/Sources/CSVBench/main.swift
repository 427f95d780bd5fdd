// Writes ROWS × 6 numeric columns as CSV with reckon's CSVWriter and AtomicFile, the way
// `--output` does, and prints the times (Scripts/bench-csv.sh runs it and pandas side by side).
//
// Usage: CSVBench ROWS OUTPUT.csv
// The data is the formula in Scripts/bench_csv_pandas.py: value(i, j) =
// ((i * (j + 3) * 7919 + j * 104729) mod 1000003) / 997, the same doubles in both.
import Tables

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count == 3, let rows = Int(arguments[1]), rows > 0 else {
    print("usage: CSVBench ROWS OUTPUT.csv")
    exit(2)
}
let path = arguments[2]

func value(_ row: Int, _ column: Int) -> Double {
    let numerator: Int = (row * (column + 3) * 7919 + column * 104_729) % 1_000_003
    return Double(numerator) / 997
}

var table = Table(columns: (0..<6).map { Column(name: "c\($0)", kind: .number) })
for row in 0..<rows {
    var cells: [Cell] = []
    cells.reserveCapacity(6)
    for column in 0..<6 { cells.append(.number(value(row, column))) }
    table.append(cells)
}

let clock = ContinuousClock()
var bytes: [UInt8] = []
let render = clock.measure { bytes = CSVWriter(options: CSVOptions(lineEnding: .lf)).bytes(table) }
let write = clock.measure {
    do { try AtomicFile.write(bytes, to: path) } catch {
        print("error: \(error)")
        exit(1)
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
print("render_seconds=\(seconds(render)) write_seconds=\(seconds(write)) total_seconds=\(seconds(render + write)) bytes=\(bytes.count) cell_bytes=\(MemoryLayout<Cell>.stride)")
