import Munitions
import Tables
import TextCore

/// `reckon extract FILE`: the numeric and dated claims in an article.
enum ExtractCommand: Command {
    static let name = "extract"
    static let summary = "the numeric and dated claims in an article, with hedges, units and quotes"
    static let usage = """
        Usage: reckon extract FILE|- [--published DATE] [--format FORMAT] [--output FILE]
               reckon extract FILE|- --as-claims [--published DATE] [--outlet NAME] [--speaker NAME]
                                     [--article TITLE] [--url URL] [--id-prefix PREFIX] [--output FILE]

        Reads an article (plain text or markdown, UTF-8; '-' reads standard input; at most
        16 MiB) and lists one row per numeric or dated claim: the exact quote and its
        offsets (Unicode scalars from the start of the input, end exclusive), the figure as
        written and as stated (a number: "nearly 50" states 50), the value with the hedge
        read (low, nominal, high), the unit or what is counted, the hedge and its reading, a
        caliber label, alternative groups ("X or Y"), dates in ISO 8601, the check of
        figures given in two units, and the speaker the sentence names ("Shin said",
        "according to the State Department").

        Relative dates ("on Wednesday", "last week") and days written without a year are
        resolved against --published; without it they are flagged as unresolved.

        --as-claims writes the claims-file format (the columns of Datasets/claims.csv) as
        CSV, for 'reckon claims --claims FILE' and 'reckon conflicts --claims FILE'. Each
        claim gets the subject of Datasets/subjects.csv that Datasets/subject-cues.csv
        proposes; claims no subject fits, and dates that cannot be resolved, are left out
        (each named on standard error). Each claim's speaker is the one its sentence names;
        --speaker NAME sets it for all; a claim whose sentence names nobody gets a marker to
        replace.
        """
    static let published = Option<CalendarDate>("published", "DATE", help: "the article's publication date, YYYY-MM-DD") {
        text throws(OptionProblem) in
        do throws(DateError) { return try CalendarDate(iso: text) } catch { throw OptionProblem("--published: \(error.message)") }
    }
    static let asClaims = Flag("as-claims", help: "write the claims-file format (CSV)")
    static let outlet = Option<String>(
        "outlet", "NAME", help: "with --as-claims: the publication (default: the file name)", read: required("outlet"))
    static let speaker = Option<String>("speaker", "NAME", help: "with --as-claims: who made the claims (default: the speaker each sentence names)", read: required("speaker"))
    static let article = Option<String>("article", "TITLE", help: "with --as-claims: the headline")
    static let url = Option<String>("url", "URL", help: "with --as-claims: the article's address")
    static let idPrefix = Option<String>(
        "id-prefix", "PREFIX", help: "with --as-claims: the prefix of claim ids, lower-case letters, digits and '-' (default: x-FILENAME)"
    ) { text throws(OptionProblem) in
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw OptionProblem("--id-prefix takes lower-case letters, digits and '-' ('\(text)')")
        }
        return text
    }
    /// The options that only `--as-claims` uses.
    static let claimsFileOptions = [outlet.spec, speaker.spec, article.spec, url.spec, idPrefix.spec]
    static let options: [OptionSpec] = [published.spec, asClaims.spec] + claimsFileOptions + TableOutput.options
    static let operands = OptionSpec.Completion.file

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1 else {
            throw CLIError.usage(
                arguments.positional.isEmpty ? "give the article to read (a file, or '-' for standard input)" : "give one article",
                command: name)
        }
        let path = arguments.positional[0]
        let published = try arguments.value(Self.published)
        let asClaims = arguments.isSet(Self.asClaims)
        if !asClaims, let given = claimsFileOptions.first(where: arguments.isGiven) {
            throw CLIError.usage("\(given.longName) is for --as-claims", command: name)
        }
        // Checked before the article is read: bad options never cost a read.
        let (format, csvOptions) = asClaims ? (TableFormat.csv, try claimsCSVOptions(arguments)) : try TableOutput.settings(arguments)
        let target = try TableOutput.target(arguments, format: format, console: console)
        let origin = InputOrigin.name(path)
        let article = try readArticle(path, origin: origin, console: &console)
        let claims = extractClaims(article, published: published, console: console)
        if asClaims {
            try writeClaimsFile(claims, article: article, origin: origin, arguments, target: target, console: &console)
        } else if format == .csv, let csvOptions {
            try target.write(csvBytes(claims, origin: origin, options: csvOptions), console: &console)
        } else {
            let table = ExtractedClaim.table(claims, origin: origin)
            try TableOutput.emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
        }
        return 0
    }

    /// `--as-claims`: the claims file, and a warning for each claim left out.
    private static func writeClaimsFile(
        _ claims: [ExtractedClaim], article: ArticleText, origin: String, _ arguments: Arguments, target: OutputTarget,
        console: inout Console
    ) throws(CLIError) {
        let source = ExtractionSource(
            origin: origin, idPrefix: try arguments.value(idPrefix), speaker: try arguments.value(speaker),
            outlet: try arguments.value(outlet), article: try arguments.value(Self.article) ?? "",
            url: try arguments.value(url) ?? "", published: try arguments.value(published))
        let cues: SubjectCues
        do { cues = try SubjectCues.standard() } catch { throw CLIError.from(error) }
        let (table, skipped) = ExtractedClaim.claimsTable(claims, article: article, source: source, cues: cues)
        let bytes = CSVWriter(options: try claimsCSVOptions(arguments)).bytes(table)
        try checkLoadsBack(bytes)
        try target.write(bytes, console: &console)
        for (claim, reason) in skipped {
            console.error("\(origin):\(claim.line):\(claim.column): warning: “\(claim.quote)” left out: \(reason)".escapedForTerminal)
        }
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

    /// A claims-file field every row needs (the speaker, the outlet): not empty.
    private static func required(_ option: String) -> @Sendable (String) throws(OptionProblem) -> String {
        { text throws(OptionProblem) in
            guard !text.trimmingSpaces().isEmpty else {
                throw OptionProblem("--\(option) may not be empty: every row of a claims file names its \(option)")
            }
            return text
        }
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
        if let format = try arguments.value(TableOutput.format), format != .csv {
            throw CLIError.usage("--as-claims writes CSV; --format \(format.rawValue) does not apply", command: name)
        }
        if arguments.isGiven(TableOutput.delimiter.spec) {
            throw CLIError.usage("--as-claims writes the claims-file format, which uses ','", command: name)
        }
        var options = CSVOptions(byteOrderMark: arguments.isSet(TableOutput.excel), mode: try TableOutput.mode(arguments))
        if let ending = try arguments.value(TableOutput.lineEnding) { options.lineEnding = ending }
        return options
    }

    /// Inputs longer than this many Unicode scalars (1 Mi) show a progress line on a terminal.
    static let progressAbove = 1 << 20

    /// The claims of `article`, with a progress line for a long article on a terminal.
    private static func extractClaims(_ article: ArticleText, published: CalendarDate?, console: Console) -> [ExtractedClaim] {
        guard
            let line = ProgressLine(
                "extracting", total: article.scalars.count, unit: nil, longAbove: progressAbove,
                terminal: console.standardErrorIsTerminal)
        else { return ClaimExtractor.standard.extract(article, published: published) }
        defer { line.finish() }
        return ClaimExtractor.standard.extract(article, published: published) { done, _ in line.update(done) }
    }

    /// The article at `path`; the bytes are released once decoded.
    private static func readArticle(_ path: String, origin: String, console: inout Console) throws(CLIError) -> ArticleText {
        let bytes = try InputFile.read(path, limit: ArticleText.maximumBytes, console: &console)
        do { return try ArticleText(bytes: bytes, origin: origin) } catch { throw CLIError.from(error) }
    }
}
