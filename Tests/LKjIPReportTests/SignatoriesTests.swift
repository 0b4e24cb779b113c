import Foundation
import LKjIPDocument
import LKjIPModel
@testable import LKjIPReport
import XCTest

/// How a pejabat signs: position with Plt./Plh., name with academic titles, rank with grade,
/// formatted NIP.
final class SignatoriesTests: XCTestCase {
    func pejabat(_ id: String) throws -> Pejabat {
        try XCTUnwrap(try SmallReport.report.data.pejabat.first { $0.id == id })
    }

    /// gelar_depan before the name, gelar_belakang after a comma: "Dr. Haris Sukamto, S.H., M.H.".
    func testFullName() throws {
        XCTAssertEqual(Signatories.fullName(try pejabat("kakanwil")), "Dr. Haris Sukamto, S.H., M.H.")
        XCTAssertEqual(Signatories.fullName(try pejabat("kadiv-pas")), "Siti Aminah, S.H.")
        XCTAssertEqual(Signatories.fullName(try pejabat("kadiv-pas-lama")), "Budi Santoso")
        var empty = try pejabat("kakanwil")
        empty.gelarDepan = ""
        empty.gelarBelakang = ""
        XCTAssertEqual(Signatories.fullName(empty), "Haris Sukamto")
    }

    /// An acting head signs "Plt." (pelaksana tugas) or "Plh." (pelaksana harian) before
    /// the short position; the full position on request.
    func testActingPrefix() throws {
        XCTAssertEqual(Signatories(wording: try SmallReport.wording).jabatan(try pejabat("kadiv-administrasi")), "Plt. Kepala Divisi Administrasi")
        XCTAssertEqual(Signatories(wording: try SmallReport.wording).jabatan(try pejabat("kadiv-pas")), "Plh. Kepala Divisi Pemasyarakatan")
        XCTAssertEqual(Signatories(wording: try SmallReport.wording).jabatan(try pejabat("kakanwil")), "Kepala Kantor Wilayah")
        XCTAssertEqual(Signatories(wording: try SmallReport.wording).jabatan(try pejabat("kadiv-administrasi"), full: true), "Plt. Kepala Divisi Administrasi Kantor Wilayah Uji")
    }

    /// Rank with its grade in parentheses; either alone; none.
    func testRank() throws {
        XCTAssertEqual(Signatories.rank(try pejabat("kakanwil")), "Pembina Utama Muda (IV/c)")
        var only = try pejabat("kakanwil")
        only.golongan = nil
        XCTAssertEqual(Signatories.rank(only), "Pembina Utama Muda")
        only.pangkat = nil
        only.golongan = "IV/c"
        XCTAssertEqual(Signatories.rank(only), "IV/c")
        XCTAssertNil(Signatories.rank(try pejabat("kadiv-pas")))
    }

    /// The NIP is printed in its four groups: birth date, appointment month, sex, number.
    func testSignatory() throws {
        let signatory = Signatories(wording: try SmallReport.wording).make(try pejabat("kakanwil"), images: [:])
        XCTAssertEqual(signatory.identifier, "NIP. 19660605 198911 1 001")
        XCTAssertEqual(signatory.name, "Dr. Haris Sukamto, S.H., M.H.")
        XCTAssertEqual(signatory.roleLines, ["Kepala Kantor Wilayah"])
        XCTAssertEqual(signatory.rank, "Pembina Utama Muda (IV/c)")
        XCTAssertNil(signatory.image, "no scan in the data: the space stays blank")
    }

    /// A scan named by `ttd`, or found at assets/ttd/<NIP>.png, is the signature image, 110 pt wide.
    func testScanByNIP() throws {
        let pixel = try ImageFile(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGM4IScHRwzIHABvCgghBqXSdgAAAABJRU5ErkJggg==")!)
        let signatory = Signatories(wording: try SmallReport.wording).make(try pejabat("kakanwil"), images: ["assets/ttd/196606051989111001.png": pixel])
        let image = try XCTUnwrap(signatory.image)
        XCTAssertEqual(image.widthPoints, 110)
        XCTAssertEqual(image.heightPoints, 55, "the scan is 4 x 2 pixels")
    }
}
