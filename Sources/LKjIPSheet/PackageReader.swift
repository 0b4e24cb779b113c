import Foundation

/// The zip container of an .xlsx, opened for reading parts by name. Every entry name is
/// checked up front (no `..` segments, no absolute paths, no duplicates) and the sizes the
/// archive declares are summed against the limit before anything is inflated; each entry
/// is then inflated with its declared size as a cap, so the limit holds even when the
/// declarations lie.
struct PackageReader {
    private let archive: ZipArchive
    private var entries: [String: ZipArchive.Entry] = [:]
    private var lowercased: [String: String] = [:]

    init(data: Data, limits: XLSXReadLimits) throws {
        let limit = limits.maximumUncompressedSize
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw SheetError("this is a password-protected workbook or an old .xls file; save it as an Excel Workbook (.xlsx) without a password")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw SheetError("this is not an .xlsx file (it is not a zip archive); save it from Excel or LibreOffice as \"Excel Workbook (.xlsx)\"")
        }
        guard bytes.count <= limit else { throw Self.tooLarge(limit) }
        do {
            archive = try ZipArchive(bytes)
        } catch {
            throw Self.failure(error, path: nil)
        }
        var declared = 0
        for entry in archive.entries {
            let path = entry.path
            let segments = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.contains(":") || segments.contains("..") {
                throw SheetError("the zip entry \"\(path.prefix(80))\" points outside the package; the file was refused")
            }
            guard entries[path] == nil else {
                throw SheetError("the zip archive holds \"\(path.prefix(80))\" twice; the file is damaged")
            }
            entries[path] = entry
            lowercased[path.lowercased()] = path
            declared += entry.uncompressedSize
            guard declared <= limit else { throw Self.tooLarge(limit) }
        }
    }

    static func tooLarge(_ limit: Int) -> SheetError {
        let size = limit >= 1024 * 1024 ? "\(limit / 1024 / 1024) MiB" : "\(limit) bytes"
        return SheetError("the workbook unpacks to more than \(size); split it or remove unused sheets")
    }

    static func failure(_ error: Error, path: String?) -> SheetError {
        switch error {
        case ZipArchive.Failure.notZip:
            return SheetError("this is not an .xlsx file: it starts like a zip archive but has no zip directory; the file is damaged or incomplete")
        case ZipArchive.Failure.encrypted:
            return SheetError(part: path, "is encrypted; save the workbook without a password")
        case ZipArchive.Failure.unsupportedMethod(let method):
            return SheetError(part: path, "uses zip compression method \(method), which this reader does not support; save the file again from Excel or LibreOffice")
        case ZipArchive.Failure.damaged(let reason):
            return SheetError("the zip archive is damaged: \(reason)")
        default:
            return SheetError("the zip archive cannot be read: \(error)")
        }
    }

    /// Part names are case-insensitive in OPC; an exact match wins.
    private func resolve(_ path: String) -> ZipArchive.Entry? {
        entries[path] ?? lowercased[path.lowercased()].flatMap { entries[$0] }
    }

    /// The bytes of a part, or nil when the package has no such part.
    func read(_ path: String) throws -> Data? {
        guard let entry = resolve(path), !entry.isDirectory else { return nil }
        do {
            return Data(try archive.contents(of: entry))
        } catch {
            throw Self.failure(error, path: path)
        }
    }
}
