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

    /// Converts `docx` bytes and returns the PDF bytes. Each run uses its own LibreOffice
    /// profile so parallel conversions do not lock each other out.
    public static func convert(docx: Data, name: String) throws -> Data {
        guard let soffice = sofficePath() else {
            throw LKjIPError.usage("--format pdf needs LibreOffice: install it with `apt-get install -y libreoffice-writer-nogui` (Debian/Ubuntu) and run again")
        }
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("lkjip-pdf-\(UUID().uuidString)")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: work) }
        let input = work.appendingPathComponent("\(name).docx")
        try docx.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=file://\(work.path)/profile", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", work.path, input.path,
        ]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let output = work.appendingPathComponent("\(name).pdf")
        guard process.terminationStatus == 0, let pdf = try? Data(contentsOf: output) else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw LKjIPError.output("LibreOffice could not convert \(name).docx to PDF (exit \(process.terminationStatus)): \(message)")
        }
        return pdf
    }
}
