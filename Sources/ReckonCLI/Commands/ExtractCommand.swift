import Munitions
import Tables
import TextCore

/// `reckon extract FILE`: the numeric and dated claims in an article.
enum ExtractCommand: Command {
    static let name = "extract"
    static let summary = "the numeric and dated claims in an article, with hedges, units and quotes"
    static let usage = """
        Usage: reckon extract FILE|- [--published YYYY-MM-DD] [--format FORMAT] [--output FILE]
               reckon extract FILE|- --as-claims [--published YYYY-MM-DD] [--outlet NAME] [--speaker NAME]
                                     [--article TITLE] [--url URL] [--id-prefix PREFIX] [--output FILE]

        Reads an article (plain text or markdown, UTF-8; '-' reads standard input; at most
        16 MiB) and lists one row per numeric or dated claim: the exact quote and its
        offsets (Unicode scalars from the start of the input, end exclusive), the figure as
        written, the value with the hedge read (low, nominal, high), the unit or what is
        counted, the hedge and its reading, a caliber label, alternative groups ("X or Y"),
        dates in ISO 8601, and the check of figures given in two units.

        Relative dates ("on Wednesday", "last week") and days written without a year are
        resolved against --published; without it they are flagged as unresolved.

        --as-claims writes the claims-file format (the columns of Datasets/claims.csv) as
        CSV, for 'reckon claims --claims FILE' and 'reckon conflicts --claims FILE'. Each
        claim gets the subject of Datasets/subjects.csv that Datasets/subject-cues.csv
        proposes; claims no subject fits, and dates that cannot be resolved, are left out
        (each named on standard error). Speakers default to a marker to replace.
        """
    static let options: [Arguments.Option] =
        [
            .init(name: "published", takesValue: true, help: "the article's publication date, YYYY-MM-DD"),
            .init(name: "as-claims", takesValue: false, help: "write the claims-file format (CSV)"),
            .init(name: "outlet", takesValue: true, help: "with --as-claims: the publication (default: the file name)"),
            .init(name: "speaker", takesValue: true, help: "with --as-claims: who made the claims"),
            .init(name: "article", takesValue: true, help: "with --as-claims: the headline"),
            .init(name: "url", takesValue: true, help: "with --as-claims: the article's address"),
            .init(name: "id-prefix", takesValue: true, help: "with --as-claims: the prefix of claim ids (default: x-FILENAME)"),
        ] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else {
            throw CLIError.usage(
                arguments.positional.isEmpty ? "give the article to read (a file, or '-' for standard input)" : "give one article",
                command: name)
        }
        let path = arguments.positional[0]
        var published: CalendarDate?
        if let text = arguments.value("published") {
            do { published = try CalendarDate(iso: text) } catch { throw CLIError.usage("--published: \(error.message)", command: name) }
        }
        let asClaims = arguments.flag("as-claims")
        if !asClaims {
            for option in ["outlet", "speaker", "article", "url", "id-prefix"] where arguments.value(option) != nil {
                throw CLIError.usage("--\(option) is for --as-claims", command: name)
            }
        } else {
            if let prefix = arguments.value("id-prefix"), prefix.isEmpty || ExtractionSource.slug(prefix) != prefix.lowercased() {
                throw CLIError.usage("--id-prefix takes lower-case letters, digits and '-' ('\(prefix)')", command: name)
            }
            // The claims file requires both on every row (as 'reckon claims --claims' reads it).
            for option in ["speaker", "outlet"] where arguments.value(option)?.trimmingSpaces().isEmpty == true {
                throw CLIError.usage("--\(option) may not be empty: every row of a claims file names its \(option)", command: name)
            }
        }
        // Checked before the article is read: bad options never cost a read.
        let (format, csvOptions) =
            asClaims ? (TableFormat.csv, try claimsCSVOptions(arguments)) : try TableOutput.settings(arguments, command: name)
        let origin = path == "-" ? "<stdin>" : path
        let article = try readArticle(path, origin: origin, console: &console)
        let claims = ClaimExtractor.standard.extract(article, published: published)
        if asClaims {
            let source = ExtractionSource(
                origin: origin, idPrefix: arguments.value("id-prefix"), speaker: arguments.value("speaker"),
                outlet: arguments.value("outlet"), article: arguments.value("article") ?? "", url: arguments.value("url") ?? "",
                published: published)
            let cues: SubjectCues
            do { cues = try SubjectCues.standard() } catch { throw CLIError.from(error) }
            let (table, skipped) = ExtractedClaim.claimsTable(claims, article: article, source: source, cues: cues)
            let bytes = CSVWriter(options: csvOptions ?? CSVOptions()).bytes(table)
            try checkLoadsBack(bytes)
            try write(bytes, arguments, console: &console)
            for (claim, reason) in skipped {
                console.error("\(origin):\(claim.line):\(claim.column): warning: “\(claim.quote)” left out: \(reason)")
            }
        } else if format == .csv, let csvOptions {
            try write(csvBytes(claims, origin: origin, options: csvOptions), arguments, console: &console)
        } else {
            try TableOutput.emit(ExtractedClaim.table(claims, origin: origin), arguments, command: name, console: &console)
        }
        return 0
    }

    /// The CSV of the claims, rendered a few thousand rows at a time so that a large input
    /// never holds a table of every claim in memory (the same bytes as rendering it whole).
    static func csvBytes(_ claims: [ExtractedClaim], origin: String, options: CSVOptions) -> [UInt8] {
        let chunk = 2048
        var bytes: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + chunk, claims.count)
            var chunkOptions = options
            chunkOptions.byteOrderMark = options.byteOrderMark && start == 0
            let table = ExtractedClaim.table(claims[start..<end], origin: origin, firstNumber: start + 1)
            let rendered = CSVWriter(options: chunkOptions).bytes(table)
            if start == 0 {
                bytes = rendered
            } else if let headerEnd = rendered.firstIndex(of: 0x0A) {
                // Every chunk starts with the header line (which holds no line break): drop it.
                bytes.append(contentsOf: rendered[(headerEnd + 1)...])
            }
            start = end
        } while start < claims.count
        return bytes
    }

    /// The claims file of `--as-claims`, loaded with the rules of `--claims` (beside the
    /// embedded ledger, whose ids it must not repeat): what they would refuse is an error
    /// here, before anything is written.
    private static func checkLoadsBack(_ bytes: [UInt8]) throws(CLIError) {
        var ledger: ClaimLedger
        do { ledger = try ClaimLedger.standard() } catch { throw CLIError.from(error) }
        do { try ledger.addFile(bytes, origin: "--as-claims") } catch {
            let place = error.location.map { "line \($0.line), column \($0.column): " } ?? ""
            throw CLIError.input(
                "the claims file --as-claims would write does not load back (\(place)\(error.message)); nothing was written")
        }
    }

    /// The CSV options of `--as-claims`: the claims-file format is CSV with `,`.
    private static func claimsCSVOptions(_ arguments: Arguments) throws(CLIError) -> CSVOptions {
        if let format = arguments.value("format"), format != "csv" {
            throw CLIError.usage("--as-claims writes CSV; --format \(format) does not apply", command: name)
        }
        if arguments.value("delimiter") != nil {
            throw CLIError.usage("--as-claims writes the claims-file format, which uses ','", command: name)
        }
        var options = CSVOptions(byteOrderMark: arguments.flag("excel"))
        if let ending = arguments.value("line-ending") {
            guard let value = CSVOptions.LineEnding(rawValue: ending) else {
                throw CLIError.usage("unknown line ending '\(ending)' (expected crlf or lf)", command: name)
            }
            options.lineEnding = value
        }
        return options
    }

    private static func write(_ bytes: [UInt8], _ arguments: Arguments, console: inout Console) throws(CLIError) {
        let output = try Output.open(arguments.value("output"), command: name, console: console)
        output.write(bytes: bytes)
        try output.finish()
    }

    /// The article at `path`; the bytes are released once decoded.
    private static func readArticle(_ path: String, origin: String, console: inout Console) throws(CLIError) -> ArticleText {
        let bytes = try InputFile.read(path, limit: ArticleText.maximumBytes, console: &console)
        do { return try ArticleText(bytes: bytes, origin: origin) } catch { throw CLIError.from(error) }
    }
}
