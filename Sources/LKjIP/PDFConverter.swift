import Foundation

/// Turns a .docx into PDF with LibreOffice headless. LibreOffice lays the pages out and so
/// fills the DAFTAR ISI page numbers, which only exist after layout.
public enum PDFConverter {
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

    /// Converts `docx` bytes and returns the PDF bytes. With LibreOffice's Python bridge
    /// (python3-uno) the indexes are updated before export, so DAFTAR ISI carries page numbers;
    /// without it, a plain `--convert-to pdf` keeps the entries as written. Each run uses its own
    /// LibreOffice profile so parallel conversions do not lock each other out.
    public static func convert(docx: Data, name: String) throws -> Data {
        guard let soffice = sofficePath() else {
            throw LKjIPError.usage("--format pdf needs LibreOffice: install it with `apt-get install -y libreoffice-writer-nogui python3-uno` (Debian/Ubuntu) and run again")
        }
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("lkjip-pdf-\(UUID().uuidString)")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: work) }
        let input = work.appendingPathComponent("\(name).docx")
        let output = work.appendingPathComponent("\(name).pdf")
        try docx.write(to: input)
        var messages = ""
        if manager.isExecutableFile(atPath: "/usr/bin/python3") {
            let script = work.appendingPathComponent("export.py")
            try Data(UNOExportScript.source.utf8).write(to: script)
            messages = run("/usr/bin/python3", [script.path, soffice, input.path, output.path, work.appendingPathComponent("profile").path])
        }
        if !manager.fileExists(atPath: output.path) {
            messages += run(soffice, [
                "-env:UserInstallation=file://\(work.path)/profile-plain", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", work.path, input.path,
            ])
        }
        guard let pdf = try? Data(contentsOf: output) else {
            throw LKjIPError.output("LibreOffice could not convert \(name).docx to PDF: \(messages)")
        }
        return pdf
    }

    /// Runs a program, returning what it wrote on standard error.
    static func run(_ executable: String, _ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch { return "\(executable): \(error)" }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The LibreOffice UNO script: open hidden, update every index (the TOC), export PDF.
enum UNOExportScript {
    static let source = #"""
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

soffice, source, target, profile = sys.argv[1:5]
pipe = "lkjip%d" % os.getpid()
office = subprocess.Popen([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
    "--nologo", "--norestore", "--accept=pipe,name=%s;urp;" % pipe], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for attempt in range(120):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    else:
        sys.exit("LibreOffice did not start")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
    indexes = document.getDocumentIndexes()
    for i in range(indexes.getCount()):
        indexes.getByIndex(i).update()
    document.refresh()
    document.getTextFields().refresh()
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "writer_pdf_Export"),))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=20)
    except Exception:
        office.kill()
"""#
}
