import Foundation
import TestSupport
import XCTest

/// `--tte` on the pages a signing system receives: the Bengkulu example with a scanned
/// signature planted for the Kepala Kantor Wilayah (assets/ttd/<nip>.png, found by its NIP)
/// is built as PDF, report and annexes and the year's documents. Without `--tte` the scan is
/// printed on the pages he signs; with it, no page that carries a signature (a "NIP." line)
/// has a picture, and each of them carries the BSrE note. Needs LibreOffice and poppler
/// (skipped without them unless LKJIP_REQUIRE_TOOLS=1).
final class ElectronicSignatureTests: XCTestCase {
    static let note = "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN"

    /// The text of each page, whitespace collapsed (the note wraps).
    func pages(_ pdf: URL, pdftotext: URL) throws -> [String] {
        let output = try ToolCheck.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"])
        return output.standardOutput.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }

    /// Pages (1-based) that hold a picture, from `pdfimages -list`.
    func pagesWithPictures(_ pdf: URL, pdfimages: URL) throws -> Set<Int> {
        let output = try ToolCheck.run(pdfimages, ["-list", pdf.path])
        return Set(output.standardOutput.split(separator: "\n").dropFirst(2).compactMap { line in
            line.split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
        })
    }

    func testNoScanAndTheNoteOnEverySignedPage() throws {
        let pdftotext = try ToolCheck.require(ToolCheck.find("pdftotext"), "pdftotext (poppler-utils)")
        let pdfimages = try ToolCheck.require(ToolCheck.find("pdfimages"), "pdfimages (poppler-utils)")
        _ = try ToolCheck.require(ToolCheck.find("soffice") ?? ToolCheck.find("libreoffice"), "LibreOffice")
        let data = try Fixtures.copy(Fixtures.repository.appendingPathComponent("examples/kanwil-kemenkum-bengkulu-2025"))
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let scan = data.appendingPathComponent("assets/ttd/197304181998031002.png")
        try FileManager.default.createDirectory(at: scan.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.assets.appendingPathComponent("logo.png"), to: scan)
        let plain = data.deletingLastPathComponent().appendingPathComponent("plain")
        let tte = data.deletingLastPathComponent().appendingPathComponent("tte")
        let runs: [[String]] = [
            ["build", data.path, "--format", "pdf"], ["annex", data.path, "--format", "pdf", "--pejabat", "kepala"],
            ["dokumen", "iku", data.path, "--format", "pdf"], ["dokumen", "rencana-aksi", data.path, "--format", "pdf", "--pejabat", "kepala"],
            ["dokumen", "triwulan", data.path, "--format", "pdf", "--triwulan", "2"],
        ]
        for arguments in runs {
            for (folder, extra) in [(plain, [String]()), (tte, ["--tte"])] {
                let result = try LKjIPProcess.run(arguments + ["-o", folder.path] + extra)
                XCTAssertEqual(result.status, 0, "\(arguments) \(extra): \(result.standardError.suffix(2000))")
            }
        }
        let names = ["LKjIP-Kanwil-Kemenkum-Bengkulu-2025", "PK-Kanwil-Kemenkum-Bengkulu-2025-kepala", "IKU-Kanwil-Kemenkum-Bengkulu-2025",
                     "RA-Kanwil-Kemenkum-Bengkulu-2025-kepala", "Pengukuran-Kanwil-Kemenkum-Bengkulu-2025-TW2"]
        var signedPages = 0
        for name in names {
            let withScan = plain.appendingPathComponent("\(name).pdf"), electronic = tte.appendingPathComponent("\(name).pdf")
            // Control: the scan is printed without --tte on a page he signs.
            let plainPages = try pages(withScan, pdftotext: pdftotext)
            let plainSigned = Set(plainPages.indices.filter { plainPages[$0].contains("Mulyadi Hasan") && plainPages[$0].contains("NIP. 19730418") }.map { $0 + 1 })
            XCTAssertFalse(plainSigned.isDisjoint(with: try pagesWithPictures(withScan, pdfimages: pdfimages)), "\(name): the planted scan must show without --tte")
            XCTAssertFalse(plainPages.contains { $0.contains("BSrE") }, name)
            // --tte: no picture on a signed page, the note on each.
            let texts = try pages(electronic, pdftotext: pdftotext)
            let signed = texts.indices.filter { texts[$0].contains("NIP. ") }
            XCTAssertFalse(signed.isEmpty, name)
            let pictures = try pagesWithPictures(electronic, pdfimages: pdfimages)
            for index in signed {
                XCTAssertFalse(pictures.contains(index + 1), "\(name): page \(index + 1) is signed and has a picture")
                XCTAssertTrue(texts[index].contains(Self.note), "\(name): page \(index + 1) is signed and has no BSrE note")
                signedPages += 1
            }
            // Only signed pages carry the note.
            for (index, text) in texts.enumerated() where !signed.contains(index) {
                XCTAssertFalse(text.contains("BSrE"), "\(name): page \(index + 1) has the note but no signature")
            }
        }
        // The report alone signs KATA PENGANTAR, the Pernyataan Telah Direviu and its PKs.
        XCTAssertGreaterThanOrEqual(signedPages, 10)
    }
}
