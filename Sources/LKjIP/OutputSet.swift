import Foundation
import LKjIPModel

/// Writes the files of one run as a set: all new or all old.
///
/// - The output directory is locked (`flock` on the directory itself) while a set is
///   committed, so two runs into the same directory never interleave their renames; a run
///   that asks for it (`holdingLock`, `sheet import` on its data directory) holds the lock
///   from the start instead, so that a second run waits for the first. Runs that only lock
///   the commit lay their documents out side by side.
/// - Every file is written to a temporary name created exclusively (`O_EXCL`), without
///   following links (`O_NOFOLLOW`), then synced, inside the set's private `WorkFolder`;
///   under the lock it is moved next to its final name.
/// - Nothing is renamed before every file of the set exists and every target has been
///   checked (no two files with one name, no target that is a directory).
/// - The commit is journaled: each old file is kept under a hard link, the new files are
///   renamed into place, and the backups and journal removed. A failure rolls back; a run
///   killed during the commit is rolled back by the next run that takes the lock, which
///   also removes temporary files and work folders left by killed runs.
/// - The journal is data someone else could have planted, so the rollback trusts nothing in
///   it: every name must be a plain name in this directory (no `/`, no `..`), backups and
///   temporaries must have lkjip's own names, a new file is removed only when it is the very
///   file the run created (device and inode recorded), and a journal that breaks any of this
///   is refused with a message instead of being applied. Leftovers are removed without
///   following links.
/// - A file keeps the permissions of the file it replaces (a 0600 report stays 0600); new
///   files get the usual `0666 & ~umask`. Temporaries are 0600 until then.
public final class OutputSet {
    public let directory: URL
    private var descriptor: Int32 = -1
    private var staged: [(temporary: String, final: String)] = []
    private let claims: OutputClaims?
    private let holdingLock: Bool
    private var locked = false
    /// Where staged files wait for the commit (created with the first one).
    private var staging: WorkFolder?
    private var workFolders: [String: WorkFolder] = [:]
    static let prefix = ".lkjip-"
    static let journalName = ".lkjip-journal"

    /// Prepares `directory` (created if needed) and cleans up after killed runs under its
    /// lock; `holdingLock` keeps the lock until the set is committed or dropped. `waiting` is
    /// called when another run holds the lock.
    public init(directory: URL, claims: OutputClaims? = nil, holdingLock: Bool = true, waiting: () -> Void = {}) throws {
        self.directory = directory.standardizedFileURL
        self.claims = claims
        self.holdingLock = holdingLock
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
        try lock(waiting: waiting)
        do {
            try recover()
        } catch {
            unlock()
            throw error
        }
        if !holdingLock { unlock() }
    }

    deinit {
        discard()
        for folder in workFolders.values { folder.remove() }
        if descriptor >= 0 { close(descriptor) }
    }

    /// Takes the directory's lock (waiting for another run's commit if need be).
    private func lock(waiting: () -> Void) throws {
        guard !locked else { return }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            guard flock(descriptor, LOCK_EX) == 0 else {
                throw LKjIPError.output("cannot lock output directory \(directory.path): \(String(cString: strerror(errno)))")
            }
        }
        locked = true
    }

    private func unlock() {
        guard locked else { return }
        flock(descriptor, LOCK_UN)
        locked = false
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func randomName(_ suffix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + String(generator.next() as UInt64, radix: 16) + suffix
    }

    /// Undoes an interrupted commit and removes what killed runs left behind.
    func recover() throws {
        let journal = path(Self.journalName)
        var info = stat()
        if lstat(journal, &info) == 0 {
            // A real journal is a regular file lkjip wrote; anything else was planted and is
            // removed unread (never followed).
            if info.st_mode & S_IFMT == S_IFREG, let data = try? FileSafety.read(journal, limit: 1 << 20, followLinks: false) {
                let entries = try Self.journalEntries(String(decoding: data, as: UTF8.self), journal: journal, directory: directory.path)
                for entry in entries {
                    if let backup = entry.backup {
                        if lstat(path(backup), &info) == 0, info.st_mode & S_IFMT == S_IFREG { rename(path(backup), path(entry.final)) }
                    } else if let identity = entry.identity, lstat(path(entry.final), &info) == 0,
                              info.st_mode & S_IFMT == S_IFREG, Self.identity(info) == identity {
                        unlink(path(entry.final))
                    }
                    unlink(path(entry.temporary))
                }
            }
            unlink(journal)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(Self.prefix) {
            if name.hasSuffix(WorkFolder.suffix) {
                // A live run's folder (its staged files, its LibreOffice) is locked by it.
                if WorkFolder.isInUse(path(name)) { continue }
                LibreOffice.removeSockets(ofDeadSession: path(name))
            }
            FileSafety.removeTree(path(name))
        }
    }

    struct JournalEntry: Equatable {
        var final: String
        var backup: String?
        var temporary: String
        /// `device:inode` of the new file, so a rollback removes that file and no other.
        var identity: String?
    }

    static func identity(_ info: stat) -> String { "\(info.st_dev):\(info.st_ino)" }

    /// The entries of a journal, or an error naming the first line that could make a
    /// rollback touch something lkjip did not write.
    static func journalEntries(_ text: String, journal: String, directory: String) throws -> [JournalEntry] {
        var entries: [JournalEntry] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let entry: JournalEntry? = {
                guard fields.count == 3 || fields.count == 4, isPlainName(fields[0]), !fields[0].hasPrefix("."),
                      fields[1].isEmpty || isOwnName(fields[1], suffix: ".bak"), isOwnName(fields[2], suffix: ".tmp") else { return nil }
                let identity = fields.count == 4 ? fields[3] : nil
                if let identity, !identity.isEmpty, !identity.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) { return nil }
                return JournalEntry(final: fields[0], backup: fields[1].isEmpty ? nil : fields[1], temporary: fields[2], identity: identity.flatMap { $0.isEmpty ? nil : $0 })
            }()
            guard let entry else {
                throw LKjIPError.output("\(journal): line \(index + 1) (\(Escape.inline(String(line.prefix(120))))) names a file outside \(directory) or a file lkjip never writes; the interrupted run it describes was not undone. Check the folder, then delete \(journal)")
            }
            entries.append(entry)
        }
        return entries
    }

    /// A name of a file directly in the directory: no separator, not `.` or `..`.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\u{0}") && name.utf8.count <= 255
    }

    /// `.lkjip-<hex><suffix>`, the only names lkjip gives its temporaries and backups.
    static func isOwnName(_ name: String, suffix: String) -> Bool {
        guard name.hasPrefix(prefix), name.hasSuffix(suffix) else { return false }
        let middle = name.dropFirst(prefix.count).dropLast(suffix.count)
        return !middle.isEmpty && middle.count <= 16 && middle.allSatisfy { $0.isHexDigit }
    }

    /// A private folder inside the output directory for intermediate files (LibreOffice's
    /// work), removed at the end, on a signal, or by the next run after a kill.
    public func workFolder() throws -> URL {
        let folder = try WorkFolder(in: directory)
        workFolders[folder.url.path] = folder
        return folder.url
    }

    public func removeWorkFolder(_ url: URL) {
        if let folder = workFolders.removeValue(forKey: url.path) { folder.remove() }
    }

    /// Writes `data` under a fresh temporary name in the set's private folder; nothing is
    /// visible under `name` yet.
    public func stage(_ data: Data, as name: String) throws {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw LKjIPError.output("invalid output file name \(name)")
        }
        if staged.contains(where: { $0.final == name }) {
            throw LKjIPError.output("two documents of this run would both be written as \(name); nothing was written")
        }
        if staging == nil { staging = try WorkFolder(in: directory) }
        let temporary = Self.randomName(".tmp")
        try writeExclusive(data, staging!.url.appendingPathComponent(temporary).path, for: name)
        staged.append((temporary, name))
    }

    /// Creates `full` exclusively (`O_EXCL`, `O_NOFOLLOW`: a planted file or link makes
    /// the run fail instead of being followed), writes `data` and syncs it. The file is known
    /// to `Cleanup` from its creation, so a signal removes it.
    private func writeExclusive(_ data: Data, _ full: String, for name: String) throws {
        let file = open(full, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
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

    /// Puts every staged file in place, or none; `waiting` is called when another run holds
    /// the lock.
    @discardableResult
    public func commit(waiting: () -> Void = {}) throws -> [URL] {
        try lock(waiting: waiting)
        defer { unlock() }
        if !holdingLock { try recover() }
        // Under the lock, the staged files move next to their final names.
        if let staging {
            for item in staged {
                let from = staging.url.appendingPathComponent(item.temporary).path
                Cleanup.shared.add(file: path(item.temporary))
                guard rename(from, path(item.temporary)) == 0 else {
                    throw LKjIPError.output("cannot write in \(directory.path): \(FileSafety.reason()); nothing was written")
                }
                Cleanup.shared.remove(file: from)
            }
            staging.remove()
            self.staging = nil
        }
        var entries: [(final: String, backup: String?, temporary: String)] = []
        var identities: [String] = []
        for item in staged {
            var info = stat()
            // The new file takes the permissions of the one it replaces (a link gets the
            // usual mode: what it pointed at is none of lkjip's business).
            var mode = FileSafety.newFileMode
            if lstat(path(item.final), &info) == 0 {
                let kind = info.st_mode & S_IFMT
                guard kind == S_IFREG || kind == S_IFLNK else {
                    throw LKjIPError.output("cannot replace \(path(item.final)): it is not a file; nothing was written")
                }
                if kind == S_IFREG { mode = info.st_mode & 0o777 }
                entries.append((item.final, Self.randomName(".bak"), item.temporary))
            } else {
                entries.append((item.final, nil, item.temporary))
            }
            guard chmod(path(item.temporary), mode) == 0, lstat(path(item.temporary), &info) == 0 else {
                throw LKjIPError.output("cannot write in \(directory.path): \(FileSafety.reason()); nothing was written")
            }
            identities.append(Self.identity(info))
        }
        try claims?.claim(staged.map(\.final), in: directory.path)
        let journal = zip(entries, identities).map { "\($0.final)\t\($0.backup ?? "")\t\($0.temporary)\t\($1)" }.joined(separator: "\n") + "\n"
        let journalTemp = Self.randomName(".tmp")
        try writeExclusive(Data(journal.utf8), path(journalTemp), for: Self.journalName)
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
            if let staging { Cleanup.shared.remove(file: staging.url.appendingPathComponent(item.temporary).path) }
        }
        staged.removeAll()
        staging?.remove()
        staging = nil
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
