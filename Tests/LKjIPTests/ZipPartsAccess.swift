import Foundation
import TestSupport

/// Zip entries by path, for tests that look at single parts.
enum ZipPartsAccess {
    static func read(_ data: Data) throws -> [String: Data] {
        var parts: [String: Data] = [:]
        for (path, bytes) in try ZipParts.read(data) { parts[path] = bytes }
        return parts
    }
}
