import Foundation
import LKjIPCompute
import LKjIPDocument
@testable import LKjIPReport
import LKjIPTemplates
import XCTest

/// The template context: finished Indonesian text and refs to typed blocks.
final class ReportContextTests: XCTestCase {
    func context() throws -> (object: [String: Any], registry: BlockRegistry) {
        let registry = BlockRegistry()
        let object = try ReportContext.make(try SmallReport.report, registry: registry, narasiNames: ["latar_belakang", "saran"])
        return (object, registry)
    }

    /// Instansi texts: dates in Indonesian ("10 Januari 2024"), upper-case variants.
    func testInstansi() throws {
        let instansi = try XCTUnwrap(try context().object["instansi"] as? [String: Any])
        XCTAssertEqual(instansi["tanggalLaporan"] as? String, "10 Januari 2024")
        XCTAssertEqual(instansi["tempatTanggal"] as? String, "Padang, 10 Januari 2024")
        XCTAssertEqual(instansi["tahun"] as? String, "2023")
        XCTAssertEqual(instansi["namaUpper"] as? String, "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM UJI")
        XCTAssertEqual(instansi["hasLogo"] as? Bool, false)
    }

    /// Every narasi name the templates use is present (empty when there is no file), so a
    /// typo is still caught; files become names with underscores.
    func testNarasiAlwaysPresent() throws {
        let narasi = try XCTUnwrap(try context().object["narasi"] as? [String: Any])
        XCTAssertEqual(narasi["saran"] as? String, "")
        XCTAssertEqual((narasi["latar_belakang"] as? String)?.hasPrefix("Latar belakang"), true)
        XCTAssertEqual(narasi["kata_pengantar"] as? String, "Puji syukur.")
    }

    /// Counts in words, UPT kinds with list flags, refs that resolve to the typed blocks.
    func testOrganisasi() throws {
        let (object, registry) = try context()
        let organisasi = try XCTUnwrap(object["organisasi"] as? [String: Any])
        XCTAssertEqual(organisasi["jumlahDivisi"] as? String, "2 (dua)")
        XCTAssertEqual(organisasi["jumlahUpt"] as? String, "3 (tiga)")
        let kinds = try XCTUnwrap(organisasi["jenisSatker"] as? [[String: Any]])
        XCTAssertEqual(kinds.map { $0["jumlah"] as? String }, ["2 (dua)", "1 (satu)"])
        XCTAssertEqual(kinds.map { $0["isLast"] as? Bool }, [false, true])
        XCTAssertEqual(kinds.map { $0["isFirst"] as? Bool }, [true, false])
        let pegawai = try XCTUnwrap(organisasi["tabelPegawai"] as? String)
        let sections = try MarkupReader(template: "x.mustache", registry: registry, assets: []).parse("<chapter><section><insert ref=\"\(pegawai)\"/></section></chapter>")
        guard case .table(let table)? = sections.first?.blocks.first else { return XCTFail("the ref should give the pegawai table") }
        XCTAssertEqual(table.rows.count, 2 + 4 + 1)
    }

    /// Each division: number, name, its head as a signatory ref, its PK target table.
    func testDivisi() throws {
        let (object, registry) = try context()
        let divisi = try XCTUnwrap(object["divisi"] as? [[String: Any]])
        XCTAssertEqual(divisi.map { $0["nama"] as? String }, ["Divisi Administrasi", "Divisi Pemasyarakatan"])
        XCTAssertEqual(divisi.map { $0["nomor"] as? String }, ["1", "2"])
        let kepala = try XCTUnwrap(divisi[0]["kepala"] as? [String: Any])
        XCTAssertEqual(kepala["nama"] as? String, "Ramelan Suprihadi")
        XCTAssertEqual(kepala["jabatanSingkat"] as? String, "Plt. Kepala Divisi Administrasi")
        XCTAssertEqual(kepala["nip"] as? String, "NIP. 19681209 199403 1 001")
        XCTAssertEqual(kepala["pangkat"] as? String, "Pembina (IV/a)")
        let units = try XCTUnwrap(divisi[0]["units"] as? [[String: Any]])
        XCTAssertEqual(units.first?["nomor"] as? String, "I")
        XCTAssertEqual(units.first?["hasEfisiensi"] as? Bool, true)
        XCTAssertEqual(units.first?["tahunAnggaran"] as? String, "2022 dan 2023")
        let ttd = try XCTUnwrap(kepala["ttd"] as? String)
        let sections = try MarkupReader(template: "x.mustache", registry: registry, assets: []).parse("<chapter><section><signature><right ref=\"\(ttd)\"/></signature></section></chapter>")
        guard case .signature(let signature)? = sections.first?.blocks.first else { return XCTFail() }
        XCTAssertEqual(signature.right?.identifier, "NIP. 19681209 199403 1 001")
    }

    /// Perjanjian Kinerja: title, place and date of signing, the first flagged.
    func testPerjanjian() throws {
        let perjanjian = try XCTUnwrap(try context().object["perjanjian"] as? [[String: Any]])
        XCTAssertEqual(perjanjian.count, 3)
        XCTAssertEqual(perjanjian[0]["judul"] as? String, "PERJANJIAN KINERJA TAHUN 2023")
        XCTAssertEqual(perjanjian[0]["tempatTanggal"] as? String, "Padang, 5 Januari 2023")
        XCTAssertEqual(perjanjian.map { $0["isFirst"] as? Bool }, [true, false, false])
        XCTAssertEqual(perjanjian[2]["periode"] as? String, "Periode 1 Juli 2023 s.d. 31 Desember 2023")
        XCTAssertEqual(perjanjian[0]["hasIku"] as? Bool, true)
        XCTAssertEqual(perjanjian[0]["hasIkp"] as? Bool, false)
    }
}
