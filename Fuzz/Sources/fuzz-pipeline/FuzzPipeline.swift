import Foundation
import FuzzSupport
import LKjIP
import LKjIPModel
import LKjIPReport
import LKjIPTemplates

/// The whole pipeline on a data directory where one file is the fuzz input: load, validate,
/// compute and check (`Pipeline.run`, what `lkjip check` runs); when that reports no error,
/// the report and annex documents are built (`ReportBuilder.document`,
/// `ReportDocuments.annexes`) and written to docx and html bytes in memory, as `lkjip build`
/// does without LibreOffice.
///
/// Input: bit 0 of byte 0 picks the file — 0: `pk/pelayanan.yaml`, 1:
/// `realisasi/pelayanan.yaml` — and the rest is its UTF-8 text (invalid UTF-8 is written
/// as is: the loader must refuse it with a located error). The rest of the directory is
/// MiniData, written once into a private temporary folder; the file is restored after
/// each input.
private let targets = ["pk/pelayanan.yaml", "realisasi/pelayanan.yaml"]

private final class Harness {
    let root: URL
    let renderer: TemplateRenderer

    init() {
        var template = Array((NSTemporaryDirectory() + "/lkjip-fuzz-pipeline-XXXXXX").utf8CString)
        guard let path = mkdtemp(&template) else { fatalError("mkdtemp failed") }
        root = URL(fileURLWithPath: String(cString: path), isDirectory: true).appendingPathComponent("data")
        do {
            try MiniData.write(to: root)
            renderer = try TemplateRenderer(directory: FuzzSupport.templates, assets: [FuzzSupport.assets])
        } catch {
            fatalError("fuzz-pipeline setup: \(error)")
        }
        let folder = root.deletingLastPathComponent().path
        atexit_folder = strdup(folder)
        atexit { if let folder = atexit_folder { try? FileManager.default.removeItem(atPath: String(cString: folder)) } }
        // The untouched MiniData must build: otherwise every input stops at the same error.
        let result = Pipeline.run(dataDirectory: root, templates: renderer, assets: FuzzSupport.assets)
        if !result.errors.isEmpty || result.report == nil {
            fatalError("fuzz-pipeline: MiniData does not pass the checks: \(result.errors)")
        }
    }

    func run(_ file: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let url = root.appendingPathComponent(file)
        let original = Data(MiniData.files[file]!.utf8)
        defer { try? original.write(to: url) }
        do { try Data(buffer: bytes).write(to: url) } catch { fatalError("cannot write \(url.path): \(error)") }

        let result = Pipeline.run(dataDirectory: root, templates: renderer, assets: FuzzSupport.assets)
        guard let report = result.report, result.errors.isEmpty else {
            FuzzSupport.note("refused: \(result.errors.prefix(3))")
            return
        }
        do {
            let document = try ReportBuilder.document(for: report, renderer: renderer)
            try FuzzSupport.write(document)
            for (annex, _) in try ReportDocuments.annexes(report, renderer: renderer, pejabat: nil, combined: false) {
                try FuzzSupport.write(annex)
            }
            FuzzSupport.note("built")
        } catch {
            // Data that passed every check must build: an error here (typically a template
            // error such as "unknown variable") means a check is missing, and the user is
            // told to fix a template for a data problem (issue 12, item 7).
            if FuzzSupport.debug { FuzzSupport.note("divisi: \(report.divisi.map(\.divisi.id))") }
            FuzzSupport.invariant("data that passed every check failed to build: \(error)")
        }
    }
}

nonisolated(unsafe) private var atexit_folder: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private let harness = Harness()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size >= 1 else { return 0 }
    harness.run(targets[Int(data[0] & 1)], UnsafeBufferPointer(start: data + 1, count: size - 1))
    return 0
}

/// `LKJIP_FUZZ_WRITE_SEEDS=<dir>`: write the seed inputs (MiniData's two files with their
/// selector byte) and exit, for corpus/fuzz-pipeline.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    if let directory = ProcessInfo.processInfo.environment["LKJIP_FUZZ_WRITE_SEEDS"] {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (index, file) in targets.enumerated() {
            let bytes = Data([UInt8(index)]) + Data(MiniData.files[file]!.utf8)
            try! bytes.write(to: folder.appendingPathComponent("minidata-" + file.replacingOccurrences(of: "/", with: "-")))
        }
        exit(0)
    }
    _ = harness
    return 0
}
