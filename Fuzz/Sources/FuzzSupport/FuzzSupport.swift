import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPHTML
import LKjIPLayout

/// Helpers shared by the fuzz targets. Nothing here may hide a crash: errors thrown by the
/// code under test are expected (bad input), traps are what the fuzzer looks for.
public enum FuzzSupport {
    /// The lkjip checkout: `LKJIP_REPO` if set, else found from this source file
    /// (Fuzz/Sources/FuzzSupport/FuzzSupport.swift).
    public static let repository: URL = {
        if let path = ProcessInfo.processInfo.environment["LKJIP_REPO"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    public static var templates: URL { repository.appendingPathComponent("templates", isDirectory: true) }
    public static var assets: URL { repository.appendingPathComponent("assets", isDirectory: true) }

    /// The input as UTF-8 text; nil (input skipped) when it is not valid UTF-8.
    public static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// The input split into a selector byte and UTF-8 text after it.
    public static func selectorAndText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> (UInt8, String)? {
        guard let data, size >= 1 else { return nil }
        let rest = UnsafeBufferPointer(start: data + 1, count: size - 1)
        guard let text = text(rest) else { return nil }
        return (data[0], text)
    }

    /// A 2×1 PNG (the test fixture pixel.png) for pictures the harnesses register.
    public static let pixelPNG = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8BQz0AEYBxVSF8HAPzOAgF2cYNxAAAAAElFTkSuQmCC")!

    public static func image(_ description: String = "gambar", width: Double = 200) -> Image {
        Image(data: pixelPNG, format: .png, widthPoints: width, heightPoints: width / 2, description: description)
    }

    /// What Publisher does with a finished document, in memory: the layout pass, then the
    /// docx and html bytes. Returns the total size so the work cannot be optimised away.
    @discardableResult
    public static func write(_ original: Document, docx: Bool = true, html: Bool = true) throws -> Int {
        var document = original
        DocumentLayout.apply(&document)
        var total = 0
        if docx { total += try DocxWriter.write(document, options: DocxOptions()).count }
        if html { total += HTMLWriter.write(document).utf8.count }
        return total
    }

    /// When `LKJIP_FUZZ_DEBUG` is set, errors the code under test threw are printed, to see
    /// how far inputs get (slows the fuzzer down; for reproducing only).
    public static let debug = ProcessInfo.processInfo.environment["LKJIP_FUZZ_DEBUG"] != nil

    /// An invariant of lkjip that the input broke without a trap: input that one stage
    /// accepted and a later stage refused (data that passed every check but does not build;
    /// markup the reader accepted that a writer refuses). Such a refusal reaches the user as
    /// an error blamed on the wrong file, so it counts as a finding: the process traps and
    /// libFuzzer saves the input. `LKJIP_FUZZ_LENIENT=1` only prints it (debug mode).
    public static let lenient = ProcessInfo.processInfo.environment["LKJIP_FUZZ_LENIENT"] != nil

    public static func invariant(_ message: @autoclosure () -> String) {
        if lenient { note("invariant: " + message()); return }
        fatalError("lkjip fuzz invariant violated: " + message())
    }

    public static func note(_ message: @autoclosure () -> String) {
        if debug { FileHandle.standardError.write(Data(("[fuzz] " + message() + "\n").utf8)) }
    }
}
