import Foundation
import LKjIPModel

/// Every computed figure a narrative may cite as `{{name}}`, by name, already in Indonesian
/// form. Prose that repeats a figure from a table cites it instead of retyping it, so the
/// prose can never contradict the table (the seed's "98,54%" beside a computed 102,33%).
/// `lkjip figures DATA` lists them all.
public struct FigureCatalog: Equatable, Sendable {
    public private(set) var names: [String] = []
    public private(set) var values: [String: String] = [:]

    static let empty = FigureCatalog()

    private init() {}

    public subscript(name: String) -> String? { values[name] }

    mutating func add(_ name: String, _ value: String) {
        if values[name] == nil { names.append(name) }
        values[name] = value
    }

    init(_ report: ComputedReport) {
        let data = report.data
        add("tahun", String(data.instansi.tahun))
        add("jumlah_divisi", IndonesianFormat.integer(Int64(data.organisasi.divisi.count)))
        add("jumlah_divisi.terbilang", IndonesianFormat.countWithWords(data.organisasi.divisi.count))
        add("jumlah_upt", IndonesianFormat.integer(Int64(report.jumlahUpt)))
        add("jumlah_upt.terbilang", IndonesianFormat.countWithWords(report.jumlahUpt))
        for kind in report.satkerPerJenis {
            add("jumlah_upt.\(kind.jenis)", IndonesianFormat.integer(Int64(kind.jumlah)))
            add("jumlah_upt.\(kind.jenis).terbilang", IndonesianFormat.countWithWords(kind.jumlah))
        }
        add("jumlah_satker", IndonesianFormat.integer(Int64(data.organisasi.satker.count)))
        add("jumlah_satker.terbilang", IndonesianFormat.countWithWords(data.organisasi.satker.count))
        add("pegawai.laki_laki", IndonesianFormat.integer(Int64(report.pegawai.lakiLaki)))
        add("pegawai.perempuan", IndonesianFormat.integer(Int64(report.pegawai.perempuan)))
        add("pegawai.total", IndonesianFormat.integer(Int64(report.pegawai.total)))
        budget("anggaran", report.anggaranKantor)
        for divisi in report.divisi {
            let prefix = "divisi.\(divisi.divisi.id)"
            add("\(prefix).jumlah_sasaran", IndonesianFormat.integer(Int64(divisi.sasaran.count)))
            add("\(prefix).jumlah_sasaran.terbilang", IndonesianFormat.countWithWords(divisi.sasaran.count))
            let count = divisi.sasaran.reduce(0) { $0 + $1.indikator.count }
            add("\(prefix).jumlah_ikk", IndonesianFormat.integer(Int64(count)))
            add("\(prefix).jumlah_ikk.terbilang", IndonesianFormat.countWithWords(count))
            add("\(prefix).total_anggaran", IndonesianFormat.rupiah(divisi.perjanjian.totalAnggaran))
            for sasaran in divisi.sasaran {
                add("\(prefix).\(sasaran.sasaran.id).jumlah_ikk", IndonesianFormat.integer(Int64(sasaran.indikator.count)))
                add("\(prefix).\(sasaran.sasaran.id).jumlah_ikk.terbilang", IndonesianFormat.countWithWords(sasaran.indikator.count))
                add("\(prefix).\(sasaran.sasaran.id).nilai", IndonesianFormat.capaian(sasaran.nilai))
                add("\(prefix).\(sasaran.sasaran.id).status", sasaran.status.label)
                for item in sasaran.indikator {
                    let key = "\(prefix).\(item.indikator.id)"
                    add("\(key).target", item.targetTeks)
                    add("\(key).realisasi", item.realisasiText)
                    add("\(key).capaian", item.capaianText)
                    if let awal = item.targetAwal { add("\(key).target_awal", awal) }
                }
            }
            for unit in divisi.units {
                let ikk = unit.sasaran.reduce(0) { $0 + $1.indikator.count }
                add("\(prefix).\(unit.nama).jumlah_sasaran", IndonesianFormat.integer(Int64(unit.sasaran.count)))
                add("\(prefix).\(unit.nama).jumlah_sasaran.terbilang", IndonesianFormat.countWithWords(unit.sasaran.count))
                add("\(prefix).\(unit.nama).jumlah_ikk", IndonesianFormat.integer(Int64(ikk)))
                add("\(prefix).\(unit.nama).jumlah_ikk.terbilang", IndonesianFormat.countWithWords(ikk))
                budget("\(prefix).\(unit.nama).anggaran", unit.anggaran)
                if divisi.units.count == 1 { budget("\(prefix).anggaran", unit.anggaran) }
            }
        }
    }

    /// "naik", "turun" or "tetap", for prose around an unsigned difference.
    static func direction(_ change: Decimal) -> String {
        change > 0 ? "naik" : change < 0 ? "turun" : "tetap"
    }

    mutating func budget(_ prefix: String, _ rows: [RealisasiAnggaran]) {
        for row in rows {
            add("\(prefix).\(row.tahun).pagu", IndonesianFormat.rupiah(row.pagu))
            add("\(prefix).\(row.tahun).realisasi", IndonesianFormat.rupiah(row.realisasi))
            add("\(prefix).\(row.tahun).persen", IndonesianFormat.persenAnggaran(row.persen))
            if let change = row.perubahanPagu { add("\(prefix).\(row.tahun).perubahan_pagu", IndonesianFormat.percent(change, decimals: 2)) }
            // Prose says "naik"/"turun" itself: the differences are cited without a sign.
            if let change = row.selisihPagu {
                add("\(prefix).\(row.tahun).selisih_pagu", IndonesianFormat.rupiah(Int64(change.magnitude)))
                add("\(prefix).\(row.tahun).arah_pagu", Self.direction(Decimal(change)))
            }
            if let change = row.selisihPersen {
                add("\(prefix).\(row.tahun).selisih_persen", IndonesianFormat.percent(abs(change), decimals: 2))
                add("\(prefix).\(row.tahun).arah_persen", Self.direction(change))
            }
        }
    }
}
