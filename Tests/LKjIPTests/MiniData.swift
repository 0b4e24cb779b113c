import Foundation

/// Writing the small data directory of MiniDataFiles.swift, fresh for each test, so a test
/// can break one thing and see exactly that reported.
extension MiniData {
    /// Writes the directory, with `replacing` files swapped in (nil removes a file).
    static func write(replacing: [String: String?] = [:], name: String = #function) throws -> URL {
        let root = try Fixtures.temporaryDirectory(name).appendingPathComponent("data")
        var all = files.mapValues { Optional($0) }
        for (key, value) in replacing { all[key] = value }
        for (file, text) in all {
            guard let text else { continue }
            try Fixtures.write(root, file, text)
        }
        return root
    }

    /// The text of a file with one substring replaced (the test fails if it is absent).
    static func file(_ name: String, replacing old: String, with new: String, line: UInt = #line) -> String {
        let text = files[name] ?? ""
        precondition(text.contains(old), "\(name) lacks \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }
}
