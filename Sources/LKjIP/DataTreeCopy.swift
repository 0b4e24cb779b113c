import Foundation
import LKjIPModel

/// Copies the files of a data directory that lkjip knows — the YAML data files, the narasi,
/// the JSON Schemas of `.schema/` and the PNG/JPEG pictures — and nothing else, for
/// `init --from` (next year's directory) and `sheet import` (the private copy the import is
/// checked on). The source is only read:
///
/// - each file is read as what it is, not through what it claims to be: opened without
///   blocking (a FIFO is skipped, never waited on) and checked on the open descriptor;
///   devices, sockets and FIFOs are skipped;
/// - a link is followed only when its target lies inside the source directory, and the
///   copy is a regular file (so writing the copy can never write the original);
/// - sizes are bounded per file by the data limits (a sparse 3 GiB file is skipped, not
///   copied) and in all, and the walk by depth and count;
/// - hidden folders (`.git`, lkjip's own `.lkjip-*`) are not entered, except `.schema`.
///
/// What is left out is reported, so the officer knows.
struct DataTreeCopy {
    enum Mode {
        /// Independent copies (next year's directory).
        case copy
        /// Hard links where the file system allows them (a private copy that is only read
        /// and whose changed files are replaced, never written in place), else copies.
        case link
    }

    static let maximumDepth = 8
    static let maximumEntries = 20_000
    static let maximumTotalBytes = 1 << 30

    let source: String
    let mode: Mode
    private(set) var skipped: [String] = []
    private var entries = 0
    private var total = 0

    /// `source` must be a real path (links resolved).
    init(source: String, mode: Mode) {
        self.source = source
        self.mode = mode
    }

    /// Copies into `target` (an existing, empty private folder).
    mutating func copy(into target: String) throws {
        try walk("", into: target, depth: 0)
    }

    private mutating func walk(_ relative: String, into target: String, depth: Int) throws {
        let folder = relative.isEmpty ? source : source + "/" + relative
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            entries += 1
            guard entries <= Self.maximumEntries else {
                throw LKjIPError.usage("\(source) holds more than \(Self.maximumEntries) files and folders; a data directory needs far fewer")
            }
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = source + "/" + path
            if name.hasPrefix(".") && !(relative.isEmpty && name == ".schema") { continue }
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            var real = full
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let resolved = FileSafety.realPath(full), FileSafety.isInside(resolved, source), stat(resolved, &info) == 0 else {
                    skipped.append("\(path) (a link to outside the data directory)")
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR {
                    skipped.append("\(path) (a link to a folder)")
                    continue
                }
                real = resolved
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard depth < Self.maximumDepth else { skipped.append("\(path)/ (folders nested too deep)"); continue }
                guard mkdir(target + "/" + path, 0o777) == 0 else { throw LKjIPError.output("cannot create \(target)/\(path): \(FileSafety.reason())") }
                try walk(path, into: target, depth: depth + 1)
            case S_IFREG:
                guard let limit = Self.limit(for: path) else {
                    if !Self.isQuietlySkipped(path) { skipped.append(path) }
                    continue
                }
                try copyFile(real, as: path, into: target, limit: limit)
            default:
                skipped.append("\(path) (not a regular file)")
            }
        }
    }

    private mutating func copyFile(_ real: String, as path: String, into target: String, limit: Int) throws {
        let destination = target + "/" + path
        if mode == .link, real.hasPrefix(source + "/") {
            var info = stat()
            if lstat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit, link(real, destination) == 0 { return }
        }
        let data: Data
        do {
            data = try FileSafety.read(real, limit: limit, followLinks: false)
        } catch FileSafety.ReadProblem.notRegular {
            skipped.append("\(path) (not a regular file)")
            return
        } catch FileSafety.ReadProblem.tooLarge(let size) {
            skipped.append("\(path) (\(size / 1024 / 1024) MiB, larger than the \(limit / 1024 / 1024) MiB a file of its kind may have)")
            return
        } catch {
            throw LKjIPError.usage("cannot read \(source)/\(path): \(error)")
        }
        total += data.count
        guard total <= Self.maximumTotalBytes else {
            throw LKjIPError.usage("\(source) holds more than \(Self.maximumTotalBytes / 1024 / 1024) MiB of data and pictures; nothing was written")
        }
        do {
            try FileSafety.createExclusive(destination, data)
        } catch {
            throw LKjIPError.output("cannot write \(destination): \(error)")
        }
    }

    /// The size limit of a file lkjip knows at `path`, or nil for a file it does not know.
    static func limit(for path: String) -> Int? {
        let parts = path.split(separator: "/").map(String.init)
        let ext = (path as NSString).pathExtension.lowercased()
        if ["png", "jpg", "jpeg"].contains(ext) { return DataLimits.maximumImageBytes }
        switch (parts.count, parts.first) {
        case (1, _) where DataFileKind.extensions.contains(ext):
            return DataLimits.maximumFileBytes
        case (2, "pk"?), (2, "realisasi"?):
            return DataFileKind.extensions.contains(ext) ? DataLimits.maximumFileBytes : nil
        case (2, "narasi"?):
            return ext == "md" ? DataLimits.maximumNarasiBytes : nil
        case (2, ".schema"?):
            return ext == "json" ? 1 << 20 : nil
        default:
            return nil
        }
    }

    /// Editor and system leftovers nobody needs to hear about.
    static func isQuietlySkipped(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasSuffix("~") || name.hasSuffix(".swp") || name == "Thumbs.db" || name == "desktop.ini"
    }
}
