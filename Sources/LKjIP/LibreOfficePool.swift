import Foundation

/// The LibreOffice of a run: started once, when the first document needs laying out, used
/// by every document of the run (every report of a batch, every annex of `lint`), and ended
/// with the run. Starting LibreOffice costs about a second; a second document then costs
/// only its layout.
///
/// LibreOffice lays out one document at a time, so a batch may use up to `limit` of them
/// (one per core by default): each lays out one report while lkjip compiles or checks the
/// next. A session is lent to one document at a time; one that failed (timed out, stopped)
/// is ended, not lent again.
public final class LibreOfficePool: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [Session] = []
    private var started = 0
    private var closed = false
    public let limit: Int

    /// A LibreOffice and the work folder its profile and files live in.
    final class Session {
        let office: LibreOffice
        let folder: WorkFolder
        init(office: LibreOffice, folder: WorkFolder) {
            self.office = office
            self.folder = folder
        }
        func close() {
            office.close()
            folder.remove()
        }
    }

    public init(limit: Int = 1) {
        self.limit = max(1, limit)
    }

    deinit { close() }

    /// Runs `body` with a LibreOffice of its own for the time of the call, started in a
    /// work folder inside `directory` when none is idle and fewer than `limit` run.
    public func withSession<T>(in directory: URL, note: (String) -> Void, _ body: (LibreOffice, URL) throws -> T) throws -> T {
        let session = try borrow(in: directory, note: note)
        do {
            let result = try body(session.office, session.folder.url)
            giveBack(session)
            return result
        } catch {
            // After a failure (a time-out, a crash) the session is not trusted again.
            session.close()
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func borrow(in directory: URL, note: (String) -> Void) throws -> Session {
        condition.lock()
        while true {
            if closed { condition.unlock(); throw LKjIPError.output("LibreOffice was already stopped for this run") }
            if let session = idle.popLast() { condition.unlock(); return session }
            if started < limit { break }
            condition.wait()
        }
        started += 1
        condition.unlock()
        do {
            let folder = try WorkFolder(in: directory)
            do {
                return Session(office: try LibreOffice(work: folder.url, note: note), folder: folder)
            } catch {
                folder.remove()
                throw error
            }
        } catch {
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ session: Session) {
        condition.lock()
        if closed {
            condition.unlock()
            session.close()
            return
        }
        idle.append(session)
        condition.signal()
        condition.unlock()
    }

    /// Ends every LibreOffice of the run and removes their work folders.
    public func close() {
        condition.lock()
        closed = true
        let sessions = idle
        idle = []
        condition.broadcast()
        condition.unlock()
        for session in sessions { session.close() }
    }
}
