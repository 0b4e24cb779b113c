import Foundation

/// The file operations every writer and remover of lkjip goes through, so that none of them
/// follows a link someone planted, blocks on a FIFO, reads a huge file whole, or removes
/// anything but what lkjip itself put there.
enum FileSafety {
    /// `strerror(errno)` as text.
    static func reason(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Removes `path` and, when it is a directory, everything under it, never following a
    /// symbolic link: a link is removed itself, whatever it points at. Depth is bounded, so a
    /// hostile tree cannot exhaust the stack.
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT != S_IFDIR {
            unlink(path)
            return
        }
        let parent = open((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { return }
        defer { close(parent) }
        removeEntry(parent, (path as NSString).lastPathComponent, depth: 0)
    }

    /// Removes `name` inside the open directory `parent` (depth-limited recursion through
    /// directory descriptors opened with `O_NOFOLLOW`).
    private static func removeEntry(_ parent: Int32, _ name: String, depth: Int) {
        if unlinkat(parent, name, 0) == 0 { return }
        guard errno == EISDIR || errno == EPERM, depth < 64 else { return }
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        guard let stream = fdopendir(descriptor) else { close(descriptor); return }
        var names: [String] = []
        while let entry = readdir(stream) {
            let child = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if child != "." && child != ".." { names.append(child) }
        }
        let inner = dirfd(stream)
        for child in names { removeEntry(inner, child, depth: depth + 1) }
        closedir(stream)
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    enum ReadProblem: Error, CustomStringConvertible {
        case notRegular
        case tooLarge(Int)
        case failed(String)

        var description: String {
            switch self {
            case .notRegular: return "not a regular file"
            case .tooLarge(let size): return "too large (\(size / 1024 / 1024) MiB)"
            case .failed(let reason): return reason
            }
        }
    }

    /// Reads a regular file of at most `limit` bytes. The file is opened without blocking (a
    /// FIFO cannot hang the run) and checked on the open descriptor, so what is read is what
    /// was checked.
    static func read(_ path: String, limit: Int, followLinks: Bool = true) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { throw ReadProblem.failed(reason()) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ReadProblem.failed(reason()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ReadProblem.notRegular }
        guard Int(info.st_size) <= limit else { throw ReadProblem.tooLarge(Int(info.st_size)) }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        while offset < data.count {
            let count = data.withUnsafeMutableBytes { buffer in Foundation.read(descriptor, buffer.baseAddress!.advanced(by: offset), buffer.count - offset) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ReadProblem.failed(reason())
            }
            if count == 0 { break }
            offset += count
        }
        if offset < data.count { data.removeSubrange(offset...) }
        return data
    }

    /// Creates `path` exclusively (`O_EXCL`: never an existing file; `O_NOFOLLOW`: never
    /// through a link), writes `data` and syncs it.
    static func createExclusive(_ path: String, _ data: Data, mode: mode_t = 0o666) throws {
        let file = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
        guard file >= 0 else { throw WriteProblem(path: path, reason: reason()) }
        defer { close(file) }
        do {
            try writeAll(file, data, path: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    struct WriteProblem: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func writeAll(_ file: Int32, _ data: Data, path: String) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(file, buffer.baseAddress!.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteProblem(path: path, reason: reason())
                }
                offset += written
            }
        }
        guard fsync(file) == 0 else { throw WriteProblem(path: path, reason: reason()) }
    }

    /// The process's file mode creation mask, read without changing it (`umask(2)` can only
    /// be read by setting it, which would race with other threads creating files).
    static let umask: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return value
        }
        return 0o022
    }()

    /// The mode a new file gets from `open(..., 0666)`.
    static var newFileMode: mode_t { 0o666 & ~umask }

    /// The real path of an existing file or directory (every link resolved), or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `root` or lies under it (both real paths).
    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// A random hexadecimal name part.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 16)
    }
}
