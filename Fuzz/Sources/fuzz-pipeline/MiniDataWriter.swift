import Foundation

/// Writing the test suite's small data directory (Tests/LKjIPTests/MiniDataFiles.swift,
/// linked into this target as MiniDataFiles.swift) into the fuzzer's private folder.
extension MiniData {
    /// Writes every file under `root`.
    static func write(to root: URL) throws {
        for (file, text) in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
