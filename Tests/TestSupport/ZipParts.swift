import Foundation
import ZIPFoundation

/// Reads every entry of a generated .docx so tests can look at its parts.
public enum ZipParts {
    /// Entry path -> bytes, in archive order.
    public static func read(_ data: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, Data)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            parts.append((entry.path, bytes))
        }
        return parts
    }

    public static func part(_ path: String, in data: Data) throws -> Data? {
        try read(data).first { $0.path == path }?.data
    }
}
