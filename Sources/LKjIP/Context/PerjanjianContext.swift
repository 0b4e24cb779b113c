import Foundation
import LKjIPCompute
import LKjIPModel

/// One Perjanjian Kinerja: the agreement page, its lampiran table and the statement page.
/// Used by the LKjIP's LAMPIRAN and by `lkjip annex` alike, so both print the same document.
enum PerjanjianContext {
    static func make(_ pk: PerjanjianEfektif, instansi: Instansi, dataDirectory: URL) throws -> ContextObject {
        let agreement = pk.perjanjian
        let tempat = agreement.tempat ?? instansi.kota
        let tanggal = try IndonesianFormat.date(iso: pk.tanggal)
        let first = PejabatContext.make(pk.pihakPertama, dataDirectory: dataDirectory)
        let second = PejabatContext.make(pk.pihakKedua, dataDirectory: dataDirectory)
        var title = "PERJANJIAN KINERJA TAHUN \(instansi.tahun)"
        if let revisi = pk.revisi {
            title += " — REVISI \(RomanNumeral.string(revisi.nomor))"
        }
        let kegiatan = agreement.kegiatan.map { item -> ContextObject in
            [
                "nama": item.nama,
                "anggaran": IndonesianFormat.rupiah(item.anggaran),
                "program": item.program ?? false,
            ]
        }
        return [
            "id": agreement.divisi,
            "judul": title,
            "jabatanPertamaUpper": (pk.pihakPertama.jabatanSingkat ?? pk.pihakPertama.jabatan).uppercased(),
            "jabatanKeduaUpper": (pk.pihakKedua.jabatanSingkat ?? pk.pihakKedua.jabatan).uppercased(),
            "instansiUpper": instansi.nama.uppercased(),
            "pihakPertama": first,
            "pihakKedua": second,
            "tempatTanggal": "\(tempat), \(tanggal)",
            "iku": TargetRows.perjanjian(agreement.sasaranStrategis),
            "hasIku": !agreement.sasaranStrategis.isEmpty,
            "ikp": TargetRows.perjanjian(agreement.sasaranProgram),
            "hasIkp": !agreement.sasaranProgram.isEmpty,
            "ikk": TargetRows.targets(agreement.sasaranKegiatan),
            "hasIkk": !agreement.sasaranKegiatan.isEmpty,
            "kegiatan": kegiatan,
            "hasKegiatan": !kegiatan.isEmpty,
            "totalAnggaran": IndonesianFormat.rupiah(pk.totalAnggaran),
            "hasRevisi": pk.revisi != nil,
            "revisi": revisi(pk),
        ]
    }

    static func revisi(_ pk: PerjanjianEfektif) -> ContextObject {
        guard let revisi = pk.revisi else {
            return ["nomor": "", "tanggal": "", "alasan": "", "perubahan": [ContextObject]()]
        }
        let tanggal = (try? IndonesianFormat.date(iso: revisi.tanggal)) ?? revisi.tanggal
        return [
            "nomor": RomanNumeral.string(revisi.nomor),
            "tanggal": tanggal,
            "alasan": revisi.alasan,
            "perubahan": pk.perubahan.enumeratedContext(PerubahanContext.make),
        ]
    }
}

/// "I", "II", ... for revision numbers and sub-unit numbering.
enum RomanNumeral {
    static func string(_ number: Int) -> String {
        guard number > 0 && number < 4000 else { return String(number) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, letters) in table {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }
}
