import Foundation

/// A zip package held in memory, opened for reading parts by name: the one reading path for
/// every untrusted package lkjip opens (workbooks to import, an office's reference .docx).
///
/// Every entry name is checked up front (no `..` segments, no absolute paths, no drive
/// letters, no duplicates) and the sizes the archive declares are summed against `limit`
/// before anything is inflated. Each entry is then inflated by `Inflater` with its declared
/// size as a hard cap, so the limit holds for the bytes actually inflated even when the
/// declarations lie; a part above `partLimit` is refused before inflating. Damage of any
/// kind is a `PackageError`, never a trap. (ZIPFoundation, which writes lkjip's packages,
/// traps or loops on some damaged archives when reading from memory on Linux.)
public struct PackageReader {
    private let archive: ZipArchive
    private var entries: [String: ZipArchive.Entry] = [:]
    private var lowercased: [String: String] = [:]
    public let partLimit: Int

    /// - Parameters:
    ///   - limit: the most bytes the whole package may declare (and so inflate), and the
    ///     most its compressed form may take.
    ///   - partLimit: the most bytes one part may inflate to.
    public init(data: Data, limit: Int, partLimit: Int? = nil) throws {
        self.partLimit = partLimit ?? limit
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw PackageError(.compoundFile) }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw PackageError(.notZip) }
        guard bytes.count <= limit else { throw PackageError(.tooLarge(limit: limit)) }
        do {
            archive = try ZipArchive(bytes)
        } catch {
            throw Self.failure(error, path: nil)
        }
        var declared = 0
        for entry in archive.entries {
            let path = entry.path
            let segments = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.contains(":") || segments.contains("..") || path.contains("\u{0}") {
                throw PackageError(.outsidePath, part: path)
            }
            guard entries[path] == nil else { throw PackageError(.duplicate, part: path) }
            entries[path] = entry
            lowercased[path.lowercased()] = path
            declared += entry.uncompressedSize
            guard declared <= limit else { throw PackageError(.tooLarge(limit: limit)) }
        }
    }

    static func failure(_ error: Error, path: String?) -> PackageError {
        switch error {
        case let error as PackageError: return error
        case ZipArchive.Failure.notZip: return PackageError(.noDirectory)
        case ZipArchive.Failure.encrypted: return PackageError(.encrypted, part: path)
        case ZipArchive.Failure.unsupportedMethod(let method): return PackageError(.unsupportedMethod(method), part: path)
        case ZipArchive.Failure.damaged(let reason): return PackageError(.damaged(reason), part: path)
        default: return PackageError(.damaged("\(error)"), part: path)
        }
    }

    /// Part names are case-insensitive in OPC; an exact match wins.
    private func resolve(_ path: String) -> ZipArchive.Entry? {
        entries[path] ?? lowercased[path.lowercased()].flatMap { entries[$0] }
    }

    /// Every entry name, in the order of the central directory.
    public var paths: [String] { archive.entries.map(\.path) }

    /// Whether the package holds a part of this name.
    public func contains(_ path: String) -> Bool { resolve(path).map { !$0.isDirectory } ?? false }

    /// The bytes of a part, or nil when the package has no such part.
    public func read(_ path: String) throws -> Data? {
        guard let entry = resolve(path), !entry.isDirectory else { return nil }
        guard entry.uncompressedSize <= partLimit else { throw PackageError(.tooLarge(limit: partLimit), part: path) }
        do {
            return Data(try archive.contents(of: entry))
        } catch {
            throw Self.failure(error, path: path)
        }
    }
}
