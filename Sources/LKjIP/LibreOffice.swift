import Foundation
import LKjIPDocx

/// One headless LibreOffice for the run, driven through its Python bridge (python3-uno)
/// over a pipe: "pdf" lays a .docx out and exports it as PDF with its bookmarks as named
/// destinations. LibreOffice runs with a private profile in the run's work folder, and dies
/// with the run: the bridge sets the parent-death signal for itself and for LibreOffice, and
/// the run's cleanup kills the bridge on SIGINT/SIGTERM.
///
/// LibreOffice is somebody else's program and may hang (a document it cannot lay out, a
/// profile it cannot write, a binary that never answers). So every answer is awaited with a
/// deadline (`timeout`, `LKJIP_LIBREOFFICE_TIMEOUT` seconds); past it, LibreOffice is
/// killed and the run fails with a message, releasing the output folder's lock for the next
/// run. While it works, a note says so every half minute. Its temporary files go into the
/// run's work folder (`TMPDIR`); the two sockets LibreOffice insists on creating in /tmp
/// (its single-instance pipe and the bridge's pipe, a path it hard-wires) are listed in the
/// work folder and removed when the session ends, on a signal, or by the next run.
public final class LibreOffice {
    let process: Process
    let input: FileHandle
    let output: FileHandle
    let work: URL
    private var buffer = Data()
    private var sockets: [String] = []

    /// Seconds LibreOffice may take to start or to lay out one document.
    public static var timeout: Double {
        ProcessInfo.processInfo.environment["LKJIP_LIBREOFFICE_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 300
    }

    /// The file in the work folder that lists LibreOffice's sockets in /tmp.
    static let socketList = "sockets"

    /// The `soffice` executable on PATH, if LibreOffice is installed.
    public static func sofficePath() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Whether LibreOffice and its Python bridge are installed.
    public static var isAvailable: Bool {
        sofficePath() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
    }

    static let registry = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
        <item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>id-ID</value></prop></item>
        </oor:items>

        """

    public static let installHint = "install LibreOffice with `apt-get install -y libreoffice-writer-nogui python3-uno` (Debian/Ubuntu)"

    public init(work: URL, note: (String) -> Void = { _ in }) throws {
        guard let soffice = Self.sofficePath() else { throw LKjIPError.usage("LibreOffice is not installed: \(Self.installHint)") }
        self.work = work
        let script = work.appendingPathComponent("bridge.py")
        try FileSafety.createExclusive(script.path, Data(UNOBridge.source.utf8), mode: 0o600)
        // The profile's locale is Indonesian, so that number formats LibreOffice applies itself
        // (the axes of the native charts, "#,##0") print "2.500", as the document does.
        let user = work.appendingPathComponent("profile/user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try FileSafety.createExclusive(user.appendingPathComponent("registrymodifications.xcu").path, Data(Self.registry.utf8), mode: 0o600)
        let temporary = work.appendingPathComponent("tmp")
        guard mkdir(temporary.path, 0o700) == 0 else { throw LKjIPError.output("cannot create \(temporary.path): \(FileSafety.reason())") }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, soffice, work.appendingPathComponent("profile").path, "lkjip" + FileSafety.randomHex(), work.appendingPathComponent(Self.socketList).path]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work.path
        for name in ["TMPDIR", "TMP", "TEMP"] { environment[name] = temporary.path }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        note("starting LibreOffice for the page numbers (at most \(Int(Self.timeout)) s; LKJIP_LIBREOFFICE_TIMEOUT sets the limit)")
        do { try process.run() } catch { throw LKjIPError.output("cannot start LibreOffice's Python bridge: \(error)") }
        Cleanup.shared.add(processGroup: process.processIdentifier)
        let ready: String
        do {
            ready = try readLine(doing: "to start", note: note)
        } catch {
            close()
            throw error
        }
        registerSockets()
        guard ready == "ready" else { close(); throw LKjIPError.output("LibreOffice did not start: \(ready)") }
    }

    deinit { close() }

    /// Ends LibreOffice: asked to quit, killed after ten seconds, its sockets removed.
    public func close() {
        if process.isRunning {
            try? input.write(contentsOf: Data("quit\n".utf8))
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(-process.processIdentifier, SIGKILL); kill(process.processIdentifier, SIGKILL) }
        }
        Cleanup.shared.remove(processGroup: process.processIdentifier)
        registerSockets()
        for path in sockets {
            unlink(path)
            Cleanup.shared.remove(file: path)
        }
    }

    /// Kills the bridge and LibreOffice at once (they share the bridge's process group).
    func stop() {
        if process.isRunning {
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        close()
    }

    /// Reads the socket paths the bridge listed, so that a signal removes them too.
    private func registerSockets() {
        guard sockets.isEmpty else { return }
        sockets = Self.listedSockets(in: work.path)
        for path in sockets { Cleanup.shared.add(file: path) }
    }

    /// The sockets a session in `work` listed: only LibreOffice's own names in /tmp, so a
    /// planted list cannot make lkjip remove anything else.
    static func listedSockets(in work: String) -> [String] {
        guard let data = try? FileSafety.read(work + "/" + socketList, limit: 4096, followLinks: false) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(isOwnSocket)
    }

    static func isOwnSocket(_ path: String) -> Bool {
        let prefix = "/tmp/OSL_PIPE_\(getuid())_"
        guard path.hasPrefix(prefix) else { return false }
        let name = path.dropFirst(prefix.count)
        let hex = { (text: Substring) in !text.isEmpty && text.count <= 32 && text.allSatisfy(\.isHexDigit) }
        if name.hasPrefix("lkjip") { return hex(name.dropFirst(5)) }
        if name.hasPrefix("SingleOfficeIPC_") { return hex(name.dropFirst(16)) }
        return false
    }

    /// Removes the sockets a dead session left in /tmp (the session's work folder is about
    /// to be removed by the next run, which holds the output folder's lock).
    static func removeSockets(ofDeadSession work: String) {
        for path in listedSockets(in: work) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK, info.st_uid == getuid() else { continue }
            unlink(path)
        }
    }

    /// The next line from the bridge, waiting at most `timeout` seconds; past that,
    /// LibreOffice is stopped and the run fails. A note every 30 seconds says it is working.
    func readLine(doing task: String, note: (String) -> Void) throws -> String {
        let started = Date()
        var noted = started
        let limit = Self.timeout
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let elapsed = Date().timeIntervalSince(started)
            if elapsed >= limit {
                stop()
                throw LKjIPError.output("LibreOffice did not manage \(task) within \(Int(limit)) s and was stopped; nothing was written (set LKJIP_LIBREOFFICE_TIMEOUT to allow more seconds, or build with --no-layout)")
            }
            if Date().timeIntervalSince(noted) >= min(30, max(1, limit / 3)) {
                noted = Date()
                note("LibreOffice is still working \(task) (\(Int(elapsed)) s of at most \(Int(limit)) s)")
            }
            var descriptor = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(1, min(1000, (limit - elapsed) * 1000)))
            let ready = poll(&descriptor, 1, wait)
            if ready < 0 && errno != EINTR { stop(); throw LKjIPError.output("cannot read from LibreOffice: \(FileSafety.reason())") }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = Foundation.read(output.fileDescriptor, &chunk, chunk.count)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            if count <= 0 { throw LKjIPError.output("LibreOffice stopped unexpectedly") }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    /// Lays out `docx` and exports it as PDF (`pdf`) with every bookmark as a named
    /// destination; returns the PDF page of every bookmark, read back with poppler's
    /// `pdfinfo -dests`. Pages are counted in the PDF itself, so they are exactly the pages a
    /// reader sees (LibreOffice's own page count includes blank pages it inserts but never
    /// prints).
    public func layout(_ docx: Data, pdf: URL, note: (String) -> Void = { _ in }) throws -> [String: Int] {
        _ = try lay(docx, pdf: pdf, numbering: false, note: note)
        return try Self.destinations(pdf)
    }

    /// Lays out `docx` and exports it as `pdf`. With `numbering`, every page-number
    /// placeholder of the contents lists (`ContentsWriter.placeholder` after the entry's tab)
    /// first becomes a page reference to the entry's bookmark, which LibreOffice fills in as
    /// it lays the pages out: the numbers take their real width in this very layout, so the
    /// PDF is final and no second pass is needed to confirm them. Returns what LibreOffice
    /// printed for each bookmark (bookmark name to label, e.g. "iii" or "12"), for the caller
    /// to compare with the numbers it writes.
    public func lay(_ docx: Data, pdf: URL, numbering: Bool, note: (String) -> Void = { _ in }) throws -> [String: String] {
        let input = work.appendingPathComponent("report-\(FileSafety.randomHex()).docx")
        try FileSafety.createExclusive(input.path, docx, mode: 0o600)
        defer { unlink(input.path) }
        unlink(pdf.path)
        try self.input.write(contentsOf: Data("pdf\t\(input.path)\t\(pdf.path)\t\(numbering ? 1 : 0)\n".utf8))
        let answer = try readLine(doing: "to lay out the document", note: note)
        guard answer == "ok" || answer.hasPrefix("ok\t") else { throw LKjIPError.output("LibreOffice could not lay out the document: \(answer)") }
        var printed: [String: String] = [:]
        for pair in answer.dropFirst(3).split(separator: " ") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            printed[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
        }
        return printed
    }

    /// Whether poppler's pdfinfo is installed (the layout pass reads page numbers with it).
    public static var hasPoppler: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") }

    /// Bookmark name to page, from the PDF's named destinations. LibreOffice writes an
    /// underscore of a bookmark name as "5F"; lkjip's names are lowercase letters, digits and
    /// underscores, so "5F" maps back unambiguously.
    static func destinations(_ pdf: URL) throws -> [String: Int] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = ["-dests", pdf.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw LKjIPError.usage("the layout pass needs poppler's pdfinfo: apt-get install -y poppler-utils") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages: [String: Int] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let page = fields.first.flatMap({ Int($0) }), let quote = line.firstIndex(of: "\""), line.last == "\"" else { continue }
            let name = line[line.index(after: quote)..<line.index(before: line.endIndex)].replacingOccurrences(of: "5F", with: "_")
            if pages[name] == nil { pages[name] = page }
        }
        return pages
    }
}

/// The Python side of `LibreOffice`: starts soffice.bin with a private profile, then answers
/// commands on stdin. It never updates the document's fields or indexes: the page numbers in
/// the contents are lkjip's own. What must run inside LibreOffice (one call per entry of the
/// contents would cost a round trip over the pipe each) is a small LibreOffice Basic module,
/// `UNOBridge.basic`, put into the profile's application library when LibreOffice starts.
enum UNOBridge {
    /// `Fields` turns each page-number placeholder of the contents lists (a "#" after a tab
    /// at the end of a paragraph, inside a link to a bookmark) into a page reference to that
    /// bookmark, printed in the numbering style of the page it points at (`PAGE_DESC`), and
    /// keeps the link. `Values` lists what those references print once laid out.
    static let basic = """
        Function Fields(doc As Object) As String
          Dim sd As Object, found As Object, r As Object, f As Object, c As Object
          Dim i As Long, n As Long, url As String
          sd = doc.createSearchDescriptor()
          sd.SearchRegularExpression = True
          sd.SearchString = "(?<=\\t)\(DocxBookmarks.pagePlaceholder)$"
          found = doc.findAll(sd)
          doc.lockControllers()
          n = 0
          For i = 0 To found.getCount() - 1
            r = found.getByIndex(i)
            url = r.HyperLinkURL
            If Len(url) > 1 And Left(url, 1) = "#" Then
              f = doc.createInstance("com.sun.star.text.TextField.GetReference")
              f.ReferenceFieldSource = 2
              f.SourceName = Mid(url, 2)
              f.ReferenceFieldPart = 4
              r.getText().insertTextContent(r, f, True)
              c = r.getText().createTextCursorByRange(f.getAnchor())
              c.HyperLinkURL = url
              n = n + 1
            End If
          Next
          doc.unlockControllers()
          Fields = CStr(n)
        End Function

        Function Values(doc As Object) As String
          Dim e As Object, f As Object, result As String
          result = ""
          e = doc.getTextFields().createEnumeration()
          Do While e.hasMoreElements()
            f = e.nextElement()
            If f.supportsService("com.sun.star.text.TextField.GetReference") Then
              result = result & " " & f.SourceName & "=" & Replace(f.getPresentation(False), " ", "_")
            End If
          Loop
          Values = result
        End Function

        """

    static var source: String { python.replacingOccurrences(of: "@BASIC@", with: basic.replacingOccurrences(of: "\\", with: "\\\\")) }

    static let python = #"""
import ctypes, json, os, signal, subprocess, sys, time
libc = ctypes.CDLL("libc.so.6", use_errno=True)
PR_SET_PDEATHSIG = 1
libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

import hashlib
soffice, profile, pipe, socket_list = sys.argv[1:5]
program = os.path.join(os.path.dirname(os.path.realpath(soffice)), "soffice.bin")
if not os.path.exists(program):
    program = soffice
# A new profile makes soffice.bin exit with 81 once, asking to be restarted after it has
# registered the installation's extensions. Marking them registered for this build of
# LibreOffice (the build id of its versionrc) spares that second start.
try:
    with open(os.path.join(os.path.dirname(program), "versionrc")) as rc:
        build = [line.split("=", 1)[1].strip() for line in rc if line.startswith("buildid=")][0]
    extensions = os.path.join(profile, "user", "extensions")
    for kind in ("bundled", "shared"):
        os.makedirs(os.path.join(extensions, kind), mode=0o700, exist_ok=True)
        with open(os.path.join(extensions, kind, "lastsynchronized"), "x") as stamp:
            stamp.write("1")
    with open(os.path.join(extensions, "buildid"), "x") as stamp:
        stamp.write(build)
except Exception:
    pass
# LibreOffice puts its pipes in /tmp whatever TMPDIR says: its single-instance pipe, named
# after the MD5 of the profile URL in UTF-16, and the pipe it accepts the bridge on. lkjip
# removes them afterwards, so they are listed before LibreOffice starts.
installation = "file://" + profile
ident = "SingleOfficeIPC_" + hashlib.md5(installation.encode("utf-16-le")).hexdigest()
with open(socket_list, "x") as listing:
    for name in (pipe, ident):
        listing.write("/tmp/OSL_PIPE_%d_%s\n" % (os.getuid(), name))
def child():
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
def start():
    return subprocess.Popen([program, "-env:UserInstallation=" + installation, "--headless", "--invisible",
        "--nologo", "--norestore", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=child)
office = start()
resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
context = None
for attempt in range(2400):
    # Should the profile still ask for a restart, do what the oosplash launcher would do.
    if office.poll() == 81:
        office = start()
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.05)
if context is None:
    print("LibreOffice did not start", flush=True); sys.exit(1)
manager = context.ServiceManager
desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
scripts = None
try:
    libraries = manager.createInstanceWithContext("com.sun.star.script.ApplicationScriptLibraryContainer", context)
    if not libraries.hasByName("LkjipBridge"):
        libraries.createLibrary("LkjipBridge")
    libraries.loadLibrary("LkjipBridge")
    library = libraries.getByName("LkjipBridge")
    if library.hasByName("Bridge"):
        library.removeByName("Bridge")
    library.insertByName("Bridge", """@BASIC@""")
    provider = manager.createInstanceWithContext("com.sun.star.script.provider.MasterScriptProviderFactory", context).createScriptProvider("")
    scripts = {name: provider.getScript("vnd.sun.star.script:LkjipBridge.Bridge.%s?language=Basic&location=application" % name) for name in ("Fields", "Values")}
except Exception as error:
    print(("LibreOffice Basic is not available: %s" % error).replace("\n", " "), flush=True); sys.exit(1)
print("ready", flush=True)
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if parts[0] == "quit":
        break
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(parts[1])), "_blank", 0, (prop("Hidden", True),))
        try:
            numbered = len(parts) > 3 and parts[3] == "1" and scripts["Fields"].invoke((document,), (), ())[0] != "0"
            options = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("ExportBookmarksToPDFDestination", True),))
            document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(parts[2])), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", options)))
            printed = scripts["Values"].invoke((document,), (), ())[0] if numbered else ""
        finally:
            document.close(True)
        print(("ok\t" + printed.strip()).replace("\n", " "), flush=True)
    except Exception as error:
        print(("failed: %s" % error).replace("\n", " "), flush=True)
try:
    desktop.terminate()
except Exception:
    pass
try:
    office.wait(timeout=20)
except Exception:
    office.kill()
"""#
}
