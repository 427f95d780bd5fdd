import Tables
import TextCore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@Suite struct AtomicFileWriterTests {
    func temporaryFolder() -> String {
        var template = Array("/tmp/reckon-writer-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: path!)
    }

    func contents(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func entries(_ folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    @Test func piecesAppearOnlyAfterCommit() throws {
        let folder = temporaryFolder()
        let path = folder + "/samples.csv"
        let writer = try AtomicFileWriter(path: path)
        try writer.write(Array("value\n".utf8))
        try writer.write(Array("1\n2\n".utf8))
        #expect(contents(path) == nil)
        try writer.commit()
        #expect(contents(path) == "value\n1\n2\n")
        #expect(entries(folder) == ["samples.csv"])
    }

    @Test func aWriterDroppedWithoutCommitLeavesTheOldFileAndNoTemporary() throws {
        let folder = temporaryFolder()
        let path = folder + "/samples.csv"
        try AtomicFile.write(Array("old\n".utf8), to: path)
        do {
            let writer = try AtomicFileWriter(path: path)
            try writer.write(Array("partial".utf8))
        }
        #expect(contents(path) == "old\n")
        #expect(entries(folder) == ["samples.csv"])
    }

    @Test func aMissingFolderIsAnErrorThatNamesThePath() {
        #expect {
            _ = try AtomicFileWriter(path: "/nonexistent-reckon-folder/samples.csv")
        } throws: { error in
            (error as? AtomicFile.WriteError)?.message.hasPrefix("cannot write '/nonexistent-reckon-folder/samples.csv'") ?? false
        }
    }
}
