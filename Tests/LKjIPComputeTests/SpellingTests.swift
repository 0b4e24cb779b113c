import Foundation
@testable import LKjIPCompute
import LKjIPModel
import XCTest

/// Official names spelled one way: a word one or two edits from a distinctive official term
/// is reported with the term it probably means.
final class SpellingTests: XCTestCase {
    /// The data defines the terms: the office ("Kementerian", "Kemenkumham"), the divisions
    /// ("Administrasi", "Pemasyarakatan").
    private static let organisasi = ComputeFixture.organisasi.replacingOccurrences(of: "satker:", with: """
          - id: pemasyarakatan
            nama: Divisi Pemasyarakatan
            kepala: kadiv-administrasi
            tugas: Pemasyarakatan.
        satker:
        """)

    private func warnings(_ narasi: String) throws -> [Diagnostic] {
        let fixture = try ComputeFixture(["organisasi.yaml": Self.organisasi, "narasi/kata-pengantar.md": narasi])
        return Spelling.check(try fixture.data())
    }

    /// The seed's "Pemasarakatan" and "adminitrasi": warnings with the right suggestion, at
    /// their lines.
    func testMisspellingsAreReported() throws {
        let found = try warnings("Unit Pemasarakatan di wilayah.\nLayanan adminitrasi kantor.\n")
        XCTAssertEqual(found.map(\.description), [
            "narasi/kata-pengantar.md:1: warning: \"Pemasarakatan\" looks like a misspelling of the official name \"Pemasyarakatan\"; did you mean \"Pemasyarakatan\"?",
            "narasi/kata-pengantar.md:2: warning: \"adminitrasi\" looks like a misspelling of the official name \"Administrasi\"; did you mean \"Administrasi\"?",
        ])
    }

    /// "administratif" is a related word with another ending, and "Kepmenkumham" (a
    /// ministerial decree) is an ordinary word one edit from "Kemenkumham": neither is flagged.
    func testRelatedAndOrdinaryWordsAreNotReported() throws {
        XCTAssertEqual(try warnings("Layanan administratif dan fasilitatif sesuai Kepmenkumham Nomor 1.\n"), [])
        XCTAssertEqual(try warnings("Divisi Pemasyarakatan dan Divisi Administrasi Kementerian Hukum.\n"), [], "correct spellings")
        XCTAssertEqual(try warnings("pemasyarakatan masyarakat Kemenkumham\n"), [])
    }

    /// A misspelling in a PK name is reported at that key.
    func testMisspellingInAnIndicatorName() throws {
        let pk = ComputeFixture.pk.replacingOccurrences(of: "nama: Indeks kepuasan layanan internal", with: "nama: Indeks kepuasan layanan Pemasarakatan")
        let fixture = try ComputeFixture(["organisasi.yaml": Self.organisasi, "pk/administrasi.yaml": pk])
        let found = Spelling.check(try fixture.data())
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.location.keyPath, "sasaran_kegiatan[0].indikator[0].nama")
        XCTAssertEqual(found.first?.severity, .warning)
    }

    /// The same misspelling on one line is reported once.
    func testOneWarningPerWordAndLine() throws {
        XCTAssertEqual(try warnings("Pemasarakatan dan Pemasarakatan.\n").count, 1)
    }

    /// Spelling warnings are part of the checker.
    func testCheckerIncludesSpelling() throws {
        let fixture = try ComputeFixture(["organisasi.yaml": Self.organisasi, "narasi/kata-pengantar.md": "Unit Pemasarakatan.\n"])
        XCTAssertFalse(try fixture.check().containing("looks like a misspelling").isEmpty)
    }
}
