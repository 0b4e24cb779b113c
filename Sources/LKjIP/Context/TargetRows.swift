import LKjIPCompute
import LKjIPModel

/// Flattens sasaran -> indikator into table rows. The first row of each sasaran carries
/// the sasaran cells and their row span, so a template writes one `<tr>` per indicator.
enum TargetRows {
    static func kinerja(_ sasaran: [SasaranKinerja], numbered: Bool = true) -> [ContextObject] {
        var rows: [ContextObject] = []
        for (sasaranIndex, item) in sasaran.enumerated() {
            let span = max(item.indikator.count, 1)
            let numberedIndicators = item.indikator.count > 1
            for (index, indikator) in item.indikator.enumerated() {
                let status = indikator.status
                rows.append([
                    "first": index == 0,
                    "rowspan": String(span),
                    "nomor": "\(sasaranIndex + 1).",
                    "kode": item.kode,
                    "sasaran": item.sasaran.nama,
                    "indikator": (numbered && numberedIndicators ? "\(index + 1). " : "") + indikator.indikator.nama,
                    "target": IndonesianFormat.value(indikator.indikator.target, satuan: indikator.indikator.satuan, decimals: indikator.indikator.desimal),
                    "realisasi": IndonesianFormat.value(indikator.realisasi, satuan: indikator.indikator.satuan, decimals: indikator.indikator.desimal),
                    "capaian": indikator.capaian.map { IndonesianFormat.percent($0, decimals: 0) } ?? "-",
                    "shade": status.shading ?? "",
                    "status": status.label,
                    "keterangan": indikator.keterangan.orEmpty,
                ])
            }
        }
        return rows
    }

    /// IKK rows of a PK lampiran: the (latest) targets without realisasi.
    static func targets(_ sasaran: [Sasaran]) -> [ContextObject] {
        var rows: [ContextObject] = []
        for (sasaranIndex, item) in sasaran.enumerated() {
            let numberedIndicators = item.indikator.count > 1
            for (index, indikator) in item.indikator.enumerated() {
                rows.append([
                    "first": index == 0,
                    "rowspan": String(max(item.indikator.count, 1)),
                    "nomor": "\(sasaranIndex + 1).",
                    "sasaran": item.nama,
                    "indikator": (numberedIndicators ? "\(index + 1). " : "") + indikator.nama,
                    "target": IndonesianFormat.value(indikator.target, satuan: indikator.satuan, decimals: indikator.desimal),
                ])
            }
        }
        return rows
    }

    /// IKU / IKP rows of a PK lampiran: targets only, some of them words ("WTP").
    static func perjanjian(_ sasaran: [SasaranPK]) -> [ContextObject] {
        var rows: [ContextObject] = []
        for (sasaranIndex, item) in sasaran.enumerated() {
            let span = max(item.indikator.count, 1)
            let numberedIndicators = item.indikator.count > 1
            for (index, indikator) in item.indikator.enumerated() {
                let target = indikator.targetTeks ?? IndonesianFormat.value(indikator.target, satuan: indikator.satuan, decimals: indikator.desimal)
                rows.append([
                    "first": index == 0,
                    "rowspan": String(span),
                    "nomor": "\(sasaranIndex + 1).",
                    "sasaran": item.nama,
                    "indikator": (numberedIndicators ? "\(index + 1). " : "") + indikator.nama,
                    "target": target,
                ])
            }
        }
        return rows
    }

    /// e-Performance "Indikator Sasaran" rows: one per sasaran with its NILAI SS.
    static func nilaiSasaran(_ sasaran: [SasaranKinerja]) -> [ContextObject] {
        sasaran.map { item in
            [
                "kode": item.kode,
                "nama": item.sasaran.nama,
                "jumlah": String(item.jumlahIndikator),
                "nilai": item.nilai.map { IndonesianFormat.percent($0, decimals: 0) } ?? "-",
                "shade": item.status.shading ?? "",
                "status": item.status.label,
            ]
        }
    }
}
