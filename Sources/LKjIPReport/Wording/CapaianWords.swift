import Foundation
import LKjIPCompute
import LKjIPModel

/// Compute states results as values (a status, a trend's direction, whether a word target was
/// reached); the words for them are the wording's, looked up here once for every table.
enum CapaianWords {
    /// "123%", "Tercapai", "Tidak tercapai", "-".
    static func capaian(_ indikator: IndikatorKinerja, _ w: Wording) -> String {
        if indikator.indikator.targetTeks != nil {
            guard let tercapai = indikator.tercapai else { return "-" }
            return tercapai ? w[.teksTercapai] : w[.teksTidakTercapai]
        }
        return IndonesianFormat.capaian(indikator.capaian)
    }

    static func status(_ status: CapaianStatus, _ w: Wording) -> String {
        switch status {
        case .melebihi: return w[.statusMelebihi]
        case .tercapai: return w[.statusTercapai]
        case .belumTercapai: return w[.statusBelum]
        case .negatif: return w[.statusNegatif]
        case .tidakAdaData: return w[.statusTidakAdaData]
        }
    }

    /// "membaik 4,2% dibanding 2022", "membaik 3,4 poin dibanding 2022", "tetap dibanding
    /// 2022", "tidak sebanding dengan 2022 (satuan berbeda)". The number is Compute's
    /// (`Tren.perubahanAngka`); the words are the wording's.
    static func tren(_ tren: Tren, _ w: Wording) -> String {
        let change = tren.perubahanAngka.map { number in
            tren.poin ? w.format(.poin, ["angka": number]) : number + "%"
        }
        let year = ["tahun": String(tren.dari)]
        switch tren.arah {
        case .tetap: return w.format(.trenTetap, year)
        case .takSebanding: return w.format(.trenTakSebanding, year)
        case .membaik: return change.map { w.format(.trenMembaik, year.merging(["perubahan": $0]) { a, _ in a }) } ?? w.format(.trenMembaikSaja, year)
        case .memburuk: return change.map { w.format(.trenMemburuk, year.merging(["perubahan": $0]) { a, _ in a }) } ?? w.format(.trenMemburukSaja, year)
        }
    }

    /// The cell of "Capaian thd Target Renstra": "58%", "-", or "tidak sebanding".
    static func renstra(_ progres: ProgresRenstra, _ w: Wording) -> String {
        progres.takSebanding == nil ? IndonesianFormat.capaian(progres.capaian) : w[.renstraTakSebanding]
    }

    /// "Efisien", "Kurang efisien", or "Tidak dinilai" (no verdict where NILAI SS is below zero).
    static func efisiensi(_ efisiensi: Efisiensi, _ w: Wording) -> String {
        efisiensi.efisien.map { $0 ? w[.efisiensiEfisien] : w[.efisiensiKurang] } ?? w[.efisiensiTidakDinilai]
    }

    /// "naik", "turun" or "tetap", for prose around an unsigned difference.
    static func arah(_ change: Decimal, _ w: Wording) -> String {
        change > 0 ? w[.arahNaik] : change < 0 ? w[.arahTurun] : w[.arahTetap]
    }
}
