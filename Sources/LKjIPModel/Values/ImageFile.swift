import Foundation

/// A picture read for the report (signature scan, logo, photo), with its pixel size read from
/// the file header so that no image library is needed and absurd sizes are refused.
public struct ImageFile: Equatable, Sendable {
    public enum Format: String, Equatable, Sendable { case png, jpeg }

    public var data: Data
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int

    public enum Problem: Error, Equatable {
        case notAnImage
        case tooManyPixels(Int, Int)
    }

    /// Reads the header of PNG or JPEG bytes.
    public init(_ data: Data) throws {
        guard let (format, width, height) = ImageFile.header(data), width > 0, height > 0 else { throw Problem.notAnImage }
        guard width <= DataLimits.maximumImageSide, height <= DataLimits.maximumImageSide, width * height <= DataLimits.maximumImagePixels else {
            throw Problem.tooManyPixels(width, height)
        }
        self.data = data
        self.format = format
        self.pixelWidth = width
        self.pixelHeight = height
    }

    static func header(_ data: Data) -> (Format, Int, Int)? {
        let bytes = [UInt8](data.prefix(256 * 1024))
        func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        if bytes.count >= 33, bytes[0] == 0x89, bytes[1] == 0x50, bytes[2] == 0x4E, bytes[3] == 0x47,
           bytes[12] == 0x49, bytes[13] == 0x48, bytes[14] == 0x44, bytes[15] == 0x52 {
            return (.png, be32(16), be32(20))
        }
        if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            var i = 2
            while i + 9 < bytes.count {
                guard bytes[i] == 0xFF else { i += 1; continue }
                let marker = bytes[i + 1]
                if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                    return (.jpeg, be16(i + 7), be16(i + 5))
                }
                let length = be16(i + 2)
                guard length >= 2 else { return nil }
                i += 2 + length
            }
        }
        return nil
    }
}

/// Reads files named by the data with the checks a hostile directory calls for: the path
/// stays inside the allowed roots after links are resolved, it is a regular file (a FIFO or
/// device would block or lie), and its size is checked on the opened file, not on a path
/// that could be swapped in between.
public enum SafeFile {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notFound
        case outside
        case notRegular
        case tooLarge(Int, limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notFound: return "file not found"
            case .outside: return "the file lies outside the data directory (through a link); copy it into the data directory"
            case .notRegular: return "not a regular file"
            case .tooLarge(let size, let limit): return "file is too large: \(size / 1024) KiB, at most \(limit / 1024) KiB"
            case .unreadable(let reason): return "cannot read: \(reason)"
            }
        }
    }

    /// Reads `url`, which must resolve inside one of `roots`, up to `limit` bytes.
    public static func read(_ url: URL, roots: [URL], limit: Int) throws -> Data {
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        let inside = roots.contains { root in
            let base = root.resolvingSymlinksInPath().standardizedFileURL.path
            return real == base || real.hasPrefix(base.hasSuffix("/") ? base : base + "/")
        }
        guard inside else { throw Problem.outside }
        let descriptor = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw Problem.notFound }
            throw Problem.unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Problem.unreadable(String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Problem.notRegular }
        guard Int(info.st_size) <= limit else { throw Problem.tooLarge(Int(info.st_size), limit: limit) }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        let total = data.count
        while offset < total {
            let count = data.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress!.advanced(by: offset), total - offset)
            }
            if count < 0 { throw Problem.unreadable(String(cString: strerror(errno))) }
            if count == 0 { break }
            offset += count
        }
        if offset < total { data.removeSubrange(offset..<total) }
        return data
    }
}
