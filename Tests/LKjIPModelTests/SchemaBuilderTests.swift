@testable import LKjIPModel
import XCTest

/// The schema is derived from the decoding code; these tests hold it to the promises the
/// model's doc comments make: every key is documented, optional keys are optional, enums
/// list their words.
final class SchemaBuilderTests: XCTestCase {
    /// Every object schema reachable from a file's top level, with the path that leads to it.
    private func objects(in schema: Schema, path: String) -> [(path: String, object: ObjectSchema)] {
        switch schema {
        case .object(let object):
            return [(path, object)] + object.properties.flatMap { objects(in: $0.schema, path: path + "." + $0.key) }
        case .array(let element):
            return objects(in: element, path: path + "[]")
        case .map(_, let value):
            return objects(in: value, path: path + "{}")
        default:
            return []
        }
    }

    private func object(_ kind: DataFileKind, _ path: String) -> ObjectSchema? {
        objects(in: kind.schema, path: kind.rawValue).first { $0.path == path }?.object
    }

    /// The completeness test promised by `DataRecord`: each key the decoder reads, in every
    /// record of every kind of file, has a non-empty description in its `fields` table.
    func testEveryKeyOfEveryRecordIsDocumented() {
        var undocumented: [String] = []
        var count = 0
        for kind in DataFileKind.allCases {
            for (path, object) in objects(in: kind.schema, path: kind.rawValue) {
                XCTAssertFalse(object.summary.isEmpty, "\(object.name) (\(path)) has no summary")
                for property in object.properties {
                    count += 1
                    if property.spec.description.trimmingCharacters(in: .whitespaces).isEmpty {
                        undocumented.append("\(path).\(property.key) (\(object.name))")
                    }
                }
            }
        }
        XCTAssertEqual(undocumented, [], "keys without a FieldSpec description")
        XCTAssertGreaterThan(count, 100, "the walk must reach the nested records too")
    }

    /// The reverse: a `fields` entry that no decoder reads is documentation of a key that
    /// does not exist (a renamed key left behind).
    func testNoFieldSpecForAKeyThatIsNotRead() {
        let records: [(DataRecord.Type, [String])] = [
            (Instansi.self, SchemaBuilder.keys(of: Instansi.self)),
            (Pejabat.self, SchemaBuilder.keys(of: Pejabat.self)),
            (Organisasi.self, SchemaBuilder.keys(of: Organisasi.self)),
            (Satker.self, SchemaBuilder.keys(of: Satker.self)),
            (Divisi.self, SchemaBuilder.keys(of: Divisi.self)),
            (JenisSatker.self, SchemaBuilder.keys(of: JenisSatker.self)),
            (Renstra.self, SchemaBuilder.keys(of: Renstra.self)),
            (AnggaranKantor.self, SchemaBuilder.keys(of: AnggaranKantor.self)),
            (NilaiSmart.self, SchemaBuilder.keys(of: NilaiSmart.self)),
            (AspekIkpa.self, SchemaBuilder.keys(of: AspekIkpa.self)),
            (IndikatorIkpa.self, SchemaBuilder.keys(of: IndikatorIkpa.self)),
            (Lampiran.self, SchemaBuilder.keys(of: Lampiran.self)),
            (Foto.self, SchemaBuilder.keys(of: Foto.self)),
            (PerjanjianKinerja.self, SchemaBuilder.keys(of: PerjanjianKinerja.self)),
            (Periode.self, SchemaBuilder.keys(of: Periode.self)),
            (SasaranPK.self, SchemaBuilder.keys(of: SasaranPK.self)),
            (IndikatorPK.self, SchemaBuilder.keys(of: IndikatorPK.self)),
            (Sasaran.self, SchemaBuilder.keys(of: Sasaran.self)),
            (Indikator.self, SchemaBuilder.keys(of: Indikator.self)),
            (TargetTriwulan.self, SchemaBuilder.keys(of: TargetTriwulan.self)),
            (StandarNasional.self, SchemaBuilder.keys(of: StandarNasional.self)),
            (AturanCapaian.self, SchemaBuilder.keys(of: AturanCapaian.self)),
            (Kegiatan.self, SchemaBuilder.keys(of: Kegiatan.self)),
            (Revisi.self, SchemaBuilder.keys(of: Revisi.self)),
            (PerubahanTarget.self, SchemaBuilder.keys(of: PerubahanTarget.self)),
            (PerubahanAnggaran.self, SchemaBuilder.keys(of: PerubahanAnggaran.self)),
            (CapaianDivisi.self, SchemaBuilder.keys(of: CapaianDivisi.self)),
            (Realisasi.self, SchemaBuilder.keys(of: Realisasi.self)),
            (RealisasiTriwulan.self, SchemaBuilder.keys(of: RealisasiTriwulan.self)),
            (Analisis.self, SchemaBuilder.keys(of: Analisis.self)),
            (RealisasiKegiatan.self, SchemaBuilder.keys(of: RealisasiKegiatan.self)),
            (UnitKinerja.self, SchemaBuilder.keys(of: UnitKinerja.self)),
            (RiwayatIndikator.self, SchemaBuilder.keys(of: RiwayatIndikator.self)),
            (RenstraIndikator.self, SchemaBuilder.keys(of: RenstraIndikator.self)),
            (AnggaranTahun.self, SchemaBuilder.keys(of: AnggaranTahun.self)),
        ]
        for (type, keys) in records {
            XCTAssertFalse(keys.isEmpty, "\(type)")
            XCTAssertEqual(Set(type.fields.keys).subtracting(keys), [], "\(type) documents keys its decoder never reads")
            XCTAssertEqual(Set(keys).subtracting(type.fields.keys), [], "\(type) reads keys it does not document")
        }
    }

    /// Required and optional follow from the Swift types: a non-optional property is
    /// required, an optional one may be left out.
    func testRequiredAndOptionalKeys() {
        let instansi = object(.instansi, "instansi.instansi")
        XCTAssertEqual(instansi?.property("kode")?.required, true)
        XCTAssertEqual(instansi?.property("tahun")?.required, true)
        XCTAssertEqual(instansi?.property("jenis")?.required, false)
        XCTAssertEqual(instansi?.property("logo")?.required, false)
        XCTAssertEqual(instansi?.property("aturan_capaian")?.required, false)

        let indikator = object(.pk, "pk.sasaran_kegiatan[].indikator[]")
        XCTAssertEqual(indikator?.property("id")?.required, true)
        XCTAssertEqual(indikator?.property("nama")?.required, true)
        XCTAssertEqual(indikator?.property("target")?.required, false, "one of target, target_teks, target_rentang")
        XCTAssertEqual(indikator?.property("polaritas")?.required, false)

        let satker = object(.organisasi, "organisasi.satker[]")
        XCTAssertEqual(satker?.property("laki_laki")?.required, true)
        XCTAssertEqual(satker?.property("jumlah")?.required, false, "a computed total may be left out")

        let unit = object(.realisasi, "realisasi.unit[]")
        XCTAssertEqual(unit?.property("riwayat")?.required, false, "a unit without history leaves table b out")
        XCTAssertEqual(unit?.property("judul")?.required, false)
        XCTAssertEqual(object(.realisasi, "realisasi")?.property("anggaran_kegiatan")?.required, false)
        XCTAssertEqual(object(.pk, "pk")?.property("revisi")?.required, false)
        XCTAssertEqual(object(.pk, "pk")?.property("sasaran_kegiatan")?.required, false, "`sasaran` or `sasaran_kegiatan`")
        XCTAssertEqual(object(.pk, "pk")?.property("divisi")?.required, false, "the head of office's own PK has none")
    }

    /// Kinds of value: whole numbers for Rupiah, typed decimals for targets, cells for table
    /// values, year-keyed maps for history rows.
    func testValueKinds() {
        guard case .integer? = object(.pk, "pk.kegiatan[]")?.property("anggaran")?.schema else { return XCTFail("anggaran must be a whole number") }
        guard case .number? = object(.pk, "pk.sasaran_kegiatan[].indikator[]")?.property("target")?.schema else { return XCTFail("target must be a number") }
        guard case .boolean? = object(.pk, "pk.kegiatan[]")?.property("program")?.schema else { return XCTFail("program must be a boolean") }
        guard case .map(let key, let value)? = object(.realisasi, "realisasi.unit[].riwayat[]")?.property("nilai")?.schema,
              case .cell = value else { return XCTFail("riwayat nilai must map years to cells") }
        XCTAssertEqual(key, .year)
        guard case .array(.number)? = object(.pk, "pk.sasaran_kegiatan[].indikator[]")?.property("target_rentang")?.schema
        else { return XCTFail("target_rentang must be a list of numbers") }
    }

    /// Enumerations list exactly their words, for the validator and `lkjip schema`.
    func testEnumerationsListTheirValues() {
        func values(_ schema: Schema?) -> [String]? {
            if case .enumeration(_, let values, let descriptions)? = schema {
                XCTAssertEqual(Set(descriptions.keys), Set(values), "every value is described")
                return values
            }
            return nil
        }
        let indikator = object(.pk, "pk.sasaran_kegiatan[].indikator[]")
        XCTAssertEqual(values(indikator?.property("polaritas")?.schema), ["positif", "negatif"])
        XCTAssertEqual(values(object(.pk, "pk.sasaran_kegiatan[].indikator[].triwulan")?.property("agregasi")?.schema), ["jumlah", "akhir", "rata_rata"])
        XCTAssertEqual(values(object(.pk, "pk.sasaran_kegiatan[].indikator[].capaian")?.property("rumus_negatif")?.schema), ["selisih", "rasio"])
        XCTAssertEqual(values(object(.instansi, "instansi.instansi.aturan_capaian")?.property("target_nol")?.schema), ["kosong", "biner"])
        XCTAssertEqual(values(object(.pejabat, "pejabat.pejabat[]")?.property("status")?.schema), ["definitif", "plt", "plh"])
    }

    /// Formats and ranges come from the FieldSpec: NIP, date, id, path; Rupiah from 0.
    func testFormatsAndRanges() {
        let pejabat = object(.pejabat, "pejabat.pejabat[]")
        XCTAssertEqual(pejabat?.property("nip")?.spec.format, .nip)
        XCTAssertEqual(pejabat?.property("ttd")?.spec.format, .path)
        XCTAssertEqual(pejabat?.property("id")?.spec.format, .id)
        XCTAssertEqual(object(.pk, "pk")?.property("tanggal")?.spec.format, .date)
        XCTAssertEqual(object(.pk, "pk.kegiatan[]")?.property("anggaran")?.spec.range, Ranges.rupiah)
        XCTAssertEqual(object(.pk, "pk.sasaran_kegiatan[].indikator[]")?.property("target")?.spec.range?.lowerBound, 0, "a target is never negative")
        XCTAssertEqual(object(.pk, "pk.sasaran_kegiatan[].indikator[]")?.property("desimal")?.spec.range, Ranges.desimal)
    }

    /// Keys come out in the order the decoder reads them (the order of the CodingKeys, or of the
    /// properties without them), so the reference and `lkjip schema` list them stably.
    func testKeysInDeclarationOrder() {
        XCTAssertEqual(SchemaBuilder.keys(of: Periode.self), ["mulai", "selesai"])
        XCTAssertEqual(SchemaBuilder.keys(of: AnggaranTahun.self), ["tahun", "pagu", "realisasi"])
        XCTAssertEqual(SchemaBuilder.keys(of: AturanCapaian.self), ["batas", "rumus_negatif", "target_nol"], "CodingKeys order")
        XCTAssertEqual(SchemaBuilder.keys(of: String.self), [], "a scalar has no keys")
    }
}
