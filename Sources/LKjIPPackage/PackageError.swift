/// Why a zip package (an .xlsx workbook, a reference .docx) cannot be read. Each reader of
/// this module's callers turns it into one line in its own words ("this is not an .xlsx
/// file", "the reference document is damaged"), so the reasons are data, not sentences.
public struct PackageError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The bytes are not a zip archive at all.
        case notZip
        /// An OLE compound file: a password-protected Office file or an old binary format.
        case compoundFile
        /// It starts like a zip archive but has no readable central directory.
        case noDirectory
        /// The archive's structure is damaged (the text says where).
        case damaged(String)
        /// The entry is encrypted.
        case encrypted
        /// The entry uses a compression method other than stored or deflate.
        case unsupportedMethod(Int)
        /// The archive (declared or inflated) is larger than the limit, in bytes.
        case tooLarge(limit: Int)
        /// An entry name that would leave the package (`..`, absolute, drive letters).
        case outsidePath
        /// Two entries with one name.
        case duplicate
    }

    public var reason: Reason
    /// The entry concerned, when there is one (at most 80 characters of it).
    public var part: String?

    public init(_ reason: Reason, part: String? = nil) {
        self.reason = reason
        self.part = part.map { String($0.prefix(80)) }
    }

    /// A neutral English sentence, for callers that do not word the reasons themselves.
    public var description: String {
        let subject = part.map { "\($0): " } ?? ""
        switch reason {
        case .notZip: return "not a zip archive"
        case .compoundFile: return "a password-protected or old binary Office file, not a zip archive"
        case .noDirectory: return "starts like a zip archive but has no zip directory; the file is damaged or incomplete"
        case .damaged(let text): return "the zip archive is damaged: \(text)"
        case .encrypted: return "\(subject)is encrypted"
        case .unsupportedMethod(let method): return "\(subject)uses zip compression method \(method), which is not supported"
        case .tooLarge(let limit): return "unpacks to more than \(PackageError.size(limit))"
        case .outsidePath: return "the zip entry \"\(part ?? "")\" points outside the package"
        case .duplicate: return "the zip archive holds \"\(part ?? "")\" twice; the file is damaged"
        }
    }

    /// `64 MiB`, or bytes below one MiB.
    public static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / 1024 / 1024) MiB" : "\(bytes) bytes"
    }
}
