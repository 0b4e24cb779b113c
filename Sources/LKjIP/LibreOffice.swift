import Foundation

/// One headless LibreOffice for the run, driven through its Python bridge (python3-uno)
/// over a pipe: "pdf" lays a .docx out and exports it as PDF with its bookmarks as named
/// destinations. LibreOffice runs with a private profile in the run's work folder, and dies
/// with the run: the bridge sets the parent-death signal for itself and for LibreOffice, and
/// the run's cleanup kills the bridge on SIGINT/SIGTERM.
public final class LibreOffice {
    let process: Process
    let input: FileHandle
    let output: FileHandle
    let work: URL
    private var buffer = Data()

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

    public init(work: URL) throws {
        guard let soffice = Self.sofficePath() else { throw LKjIPError.usage("LibreOffice is not installed: \(Self.installHint)") }
        self.work = work
        let script = work.appendingPathComponent("bridge.py")
        try Data(UNOBridge.source.utf8).write(to: script)
        // The profile's locale is Indonesian, so that number formats LibreOffice applies itself
        // (the axes of the native charts, "#,##0") print "2.500", as the document does.
        let user = work.appendingPathComponent("profile/user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try Data(Self.registry.utf8).write(to: user.appendingPathComponent("registrymodifications.xcu"))
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, soffice, work.appendingPathComponent("profile").path]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = work.path
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        do { try process.run() } catch { throw LKjIPError.output("cannot start LibreOffice's Python bridge: \(error)") }
        Cleanup.shared.add(processGroup: process.processIdentifier)
        let ready = try readLine()
        guard ready == "ready" else { close(); throw LKjIPError.output("LibreOffice did not start: \(ready)") }
    }

    deinit { close() }

    public func close() {
        if process.isRunning {
            try? input.write(contentsOf: Data("quit\n".utf8))
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        Cleanup.shared.remove(processGroup: process.processIdentifier)
    }

    func readLine() throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = output.availableData
            if chunk.isEmpty { throw LKjIPError.output("LibreOffice stopped unexpectedly") }
            buffer.append(chunk)
        }
    }

    /// Lays out `docx`, exports it as PDF (`pdf`) with every bookmark as a named destination,
    /// and returns the PDF page of every bookmark, read back with poppler's `pdfinfo -dests`.
    /// Pages are counted in the PDF itself, so they are exactly the pages a reader sees
    /// (LibreOffice's own page count includes blank pages it inserts but never prints).
    public func layout(_ docx: Data, pdf: URL) throws -> [String: Int] {
        let input = work.appendingPathComponent("report.docx")
        try docx.write(to: input)
        try? FileManager.default.removeItem(at: pdf)
        try self.input.write(contentsOf: Data("pdf\t\(input.path)\t\(pdf.path)\n".utf8))
        let answer = try readLine()
        guard answer == "ok" else { throw LKjIPError.output("LibreOffice could not lay out the document: \(answer)") }
        return try Self.destinations(pdf)
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
/// the contents are lkjip's own.
enum UNOBridge {
    static let source = #"""
import ctypes, json, os, signal, subprocess, sys, time
libc = ctypes.CDLL("libc.so.6", use_errno=True)
PR_SET_PDEATHSIG = 1
libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

soffice, profile = sys.argv[1:3]
program = os.path.join(os.path.dirname(os.path.realpath(soffice)), "soffice.bin")
if not os.path.exists(program):
    program = soffice
pipe = "lkjip%d" % os.getpid()
def child():
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
def start():
    return subprocess.Popen([program, "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
        "--nologo", "--norestore", "--nodefault", "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=child)
office = start()
resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
context = None
for attempt in range(480):
    # A new profile makes soffice.bin exit with 81 once, asking to be restarted (what the
    # oosplash launcher would do).
    if office.poll() == 81:
        office = start()
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.25)
if context is None:
    print("LibreOffice did not start", flush=True); sys.exit(1)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
print("ready", flush=True)
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if parts[0] == "quit":
        break
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(parts[1])), "_blank", 0, (prop("Hidden", True),))
        options = uno.Any("[]com.sun.star.beans.PropertyValue", (prop("ExportBookmarksToPDFDestination", True),))
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(parts[2])), (prop("FilterName", "writer_pdf_Export"), prop("FilterData", options)))
        document.close(True)
        print("ok", flush=True)
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
