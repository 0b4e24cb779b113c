import LKjIPCompute

/// A row of the table of target changes (target awal, target revisi, alasan).
enum PerubahanContext {
    static func make(_ change: PerubahanTargetEfektif) -> ContextObject {
        let indikator = change.indikator
        return [
            "indikator": indikator.nama,
            "sasaran": change.sasaran,
            "targetAwal": IndonesianFormat.value(change.targetAwal, satuan: indikator.satuan, decimals: indikator.desimal),
            "targetRevisi": IndonesianFormat.value(change.targetRevisi, satuan: indikator.satuan, decimals: indikator.desimal),
            "alasan": change.alasan,
            "revisi": RomanNumeral.string(change.nomor),
            "tanggal": (try? IndonesianFormat.date(iso: change.tanggal)) ?? change.tanggal,
        ]
    }
}
