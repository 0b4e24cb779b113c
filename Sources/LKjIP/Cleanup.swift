import Dispatch
import Foundation

/// What a run must undo if it is interrupted: temporary files, private work folders (removed
/// without following links), LibreOffice's sockets, and child processes (LibreOffice). SIGINT and SIGTERM are caught through Dispatch, so the
/// cleanup runs as ordinary code, then the process exits with 128 + signal. A `kill -9`
/// cannot be caught; the next run removes what it left (`OutputSet`), and LibreOffice dies
/// with its parent (`LibreOffice` sets the parent-death signal).
public final class Cleanup: @unchecked Sendable {
    public static let shared = Cleanup()

    private let lock = NSLock()
    private var files: Set<String> = []
    private var folders: Set<String> = []
    private var processGroups: Set<Int32> = []
    private var sources: [DispatchSourceSignal] = []

    private init() {}

    /// Installs the handlers once; the command-line tool calls this at start.
    public func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [weak self] in
                self?.runAll()
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    func add(file path: String) { lock.lock(); files.insert(path); lock.unlock() }
    func remove(file path: String) { lock.lock(); files.remove(path); lock.unlock() }
    func add(folder path: String) { lock.lock(); folders.insert(path); lock.unlock() }
    func remove(folder path: String) { lock.lock(); folders.remove(path); lock.unlock() }
    func add(processGroup pid: Int32) { lock.lock(); processGroups.insert(pid); lock.unlock() }
    func remove(processGroup pid: Int32) { lock.lock(); processGroups.remove(pid); lock.unlock() }

    /// Removes every registered file and folder and ends every registered process group.
    public func runAll() {
        lock.lock()
        let files = self.files, folders = self.folders, groups = self.processGroups
        self.files = []; self.folders = []; self.processGroups = []
        lock.unlock()
        for group in groups { kill(-group, SIGKILL) }
        for path in files { unlink(path) }
        for path in folders { FileSafety.removeTree(path) }
    }
}
