import Foundation

/// Writes the files of one run as a set: all new or all old.
///
/// - The output directory is locked (`flock` on the directory itself) for the whole run, so
///   a second run into the same directory waits for the first.
/// - Every file is written to a temporary name created exclusively (`O_EXCL`), without
///   following links (`O_NOFOLLOW`), then synced.
/// - Nothing is renamed before every file of the set exists and every target has been
///   checked (no two files with one name, no target that is a directory).
/// - The commit is journaled: each old file is kept under a hard link, the new files are
///   renamed into place, and the backups and journal removed. A failure rolls back; a run
///   killed during the commit is rolled back by the next run that takes the lock, which
///   also removes temporary files and work folders left by killed runs.
public final class OutputSet {
    public let directory: URL
    private var descriptor: Int32 = -1
    private var staged: [(temporary: String, final: String)] = []
    private let claims: OutputClaims?
    static let prefix = ".lkjip-"
    static let journalName = ".lkjip-journal"

    /// Prepares `directory` (created if needed) and takes its lock; `waiting` is called
    /// once when another run holds it.
    public init(directory: URL, claims: OutputClaims? = nil, waiting: () -> Void = {}) throws {
        self.directory = directory.standardizedFileURL
        self.claims = claims
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: self.directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw LKjIPError.output("output path \(self.directory.path) exists and is not a directory") }
        } else {
            do {
                try manager.createDirectory(at: self.directory, withIntermediateDirectories: true)
            } catch {
                throw LKjIPError.output("cannot create output directory \(self.directory.path): \(Self.reason(error))")
            }
        }
        guard access(self.directory.path, W_OK | X_OK) == 0 else {
            throw LKjIPError.output("output directory \(self.directory.path) is not writable")
        }
        descriptor = open(self.directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw LKjIPError.output("cannot open output directory \(self.directory.path): \(String(cString: strerror(errno)))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(descriptor, LOCK_EX) == 0 else {
                close(descriptor)
                throw LKjIPError.output("cannot lock output directory \(self.directory.path): \(String(cString: strerror(errno)))")
            }
        }
        try recover()
    }

    deinit {
        discard()
        if descriptor >= 0 { close(descriptor) }
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func randomName(_ suffix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + String(generator.next() as UInt64, radix: 16) + suffix
    }

    /// Undoes an interrupted commit and removes what killed runs left behind.
    func recover() throws {
        let journal = path(Self.journalName)
        if let text = try? String(contentsOfFile: journal, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count == 3 else { continue }
                let final = path(fields[0]), backup = fields[1].isEmpty ? nil : path(fields[1])
                if let backup {
                    if access(backup, F_OK) == 0 { rename(backup, final) }
                } else {
                    unlink(final)
                }
                unlink(path(fields[2]))
            }
            unlink(journal)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(Self.prefix) {
            try? FileManager.default.removeItem(atPath: path(name))
        }
    }

    /// A private folder inside the output directory for intermediate files (LibreOffice's
    /// work), removed at the end, on a signal, or by the next run after a kill.
    public func workFolder() throws -> URL {
        let name = Self.randomName("work")
        let url = directory.appendingPathComponent(name)
        guard mkdir(url.path, 0o700) == 0 else { throw LKjIPError.output("cannot create a work folder in \(directory.path): \(String(cString: strerror(errno)))") }
        Cleanup.shared.add(folder: url.path)
        return url
    }

    public func removeWorkFolder(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
        Cleanup.shared.remove(folder: url.path)
    }

    /// Writes `data` under a fresh temporary name; nothing is visible under `name` yet.
    public func stage(_ data: Data, as name: String) throws {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw LKjIPError.output("invalid output file name \(name)")
        }
        if staged.contains(where: { $0.final == name }) {
            throw LKjIPError.output("two documents of this run would both be written as \(name); nothing was written")
        }
        let temporary = Self.randomName(".tmp")
        try writeExclusive(data, temporary, for: name)
        staged.append((temporary, name))
    }

    /// Creates `temporary` exclusively (`O_EXCL`, `O_NOFOLLOW`: a planted file or link makes
    /// the run fail instead of being followed), writes `data` and syncs it. The file is known
    /// to `Cleanup` from its creation, so a signal removes it.
    private func writeExclusive(_ data: Data, _ temporary: String, for name: String) throws {
        let full = path(temporary)
        let file = open(full, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw LKjIPError.output("cannot write in \(directory.path): \(String(cString: strerror(errno)))") }
        Cleanup.shared.add(file: full)
        defer { close(file) }
        do {
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(file, buffer.baseAddress!.advanced(by: offset), buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw LKjIPError.output("cannot write \(path(name)): \(String(cString: strerror(errno)))")
                    }
                    offset += written
                }
            }
            guard fsync(file) == 0 else { throw LKjIPError.output("cannot write \(path(name)): \(String(cString: strerror(errno)))") }
        } catch {
            unlink(full)
            Cleanup.shared.remove(file: full)
            throw error
        }
    }

    /// Puts every staged file in place, or none.
    @discardableResult
    public func commit() throws -> [URL] {
        var entries: [(final: String, backup: String?, temporary: String)] = []
        for item in staged {
            var info = stat()
            if lstat(path(item.final), &info) == 0 {
                let kind = info.st_mode & S_IFMT
                guard kind == S_IFREG || kind == S_IFLNK else {
                    throw LKjIPError.output("cannot replace \(path(item.final)): it is not a file; nothing was written")
                }
                entries.append((item.final, Self.randomName(".bak"), item.temporary))
            } else {
                entries.append((item.final, nil, item.temporary))
            }
        }
        try claims?.claim(staged.map(\.final), in: directory.path)
        let journal = entries.map { "\($0.final)\t\($0.backup ?? "")\t\($0.temporary)" }.joined(separator: "\n") + "\n"
        let journalTemp = Self.randomName(".tmp")
        try writeExclusive(Data(journal.utf8), journalTemp, for: Self.journalName)
        guard rename(path(journalTemp), path(Self.journalName)) == 0 else {
            unlink(path(journalTemp))
            Cleanup.shared.remove(file: path(journalTemp))
            throw LKjIPError.output("cannot write in \(directory.path); nothing was written")
        }
        Cleanup.shared.remove(file: path(journalTemp))
        fsync(descriptor)
        var done: [Int] = []
        do {
            for (index, entry) in entries.enumerated() {
                if let backup = entry.backup, linkat(AT_FDCWD, path(entry.final), AT_FDCWD, path(backup), 0) != 0 {
                    throw LKjIPError.output("cannot keep the previous \(path(entry.final)): \(String(cString: strerror(errno))); nothing was written")
                }
                _ = index
            }
            for (index, entry) in entries.enumerated() {
                guard rename(path(entry.temporary), path(entry.final)) == 0 else {
                    throw LKjIPError.output("cannot move the new file into place at \(path(entry.final)): \(String(cString: strerror(errno))); the previous files were kept")
                }
                done.append(index)
            }
        } catch {
            for index in done.reversed() {
                let entry = entries[index]
                if let backup = entry.backup { rename(path(backup), path(entry.final)) } else { unlink(path(entry.final)) }
            }
            for entry in entries {
                if let backup = entry.backup { unlink(path(backup)) }
            }
            unlink(path(Self.journalName))
            discard()
            throw error
        }
        for entry in entries {
            if let backup = entry.backup { unlink(path(backup)) }
            Cleanup.shared.remove(file: path(entry.temporary))
        }
        unlink(path(Self.journalName))
        fsync(descriptor)
        let written = staged.map { directory.appendingPathComponent($0.final) }
        staged.removeAll()
        return written
    }

    /// Removes staged temporary files (after a failure).
    public func discard() {
        for item in staged {
            unlink(path(item.temporary))
            Cleanup.shared.remove(file: path(item.temporary))
        }
        staged.removeAll()
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedFailureReason ?? "error \(ns.code)"
    }
}

/// The file names the reports of one command have written into each output directory.
/// Several reports built together (`lkjip build A B -o out`) must not replace each other's
/// files: a set with a name an earlier set of the same command wrote fails before any of its
/// files is moved.
public final class OutputClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String: Set<String>] = [:]

    public init() {}

    func claim(_ wanted: [String], in directory: String) throws {
        lock.lock()
        defer { lock.unlock() }
        let taken = names[directory, default: []]
        if let clash = wanted.first(where: taken.contains) {
            throw LKjIPError.output("two reports of this run would both be written as \(directory)/\(clash) (the same `kode` and `tahun`?); nothing of the second was written")
        }
        names[directory, default: []].formUnion(wanted)
    }
}
