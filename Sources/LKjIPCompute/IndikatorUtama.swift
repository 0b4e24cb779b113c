import LKjIPModel

/// Which indicators are the office's Indikator Kinerja Utama: those of the head of office's
/// own agreement when the data has one (its sasaran are the office's IKU); otherwise those of
/// every division's agreement, as a Kantor Wilayah without its own PK lists them (the IKU
/// table of the Sulawesi Barat seed). One rule for the IKU document and for the evaluation
/// of their definitions (LKE 2.a.2).
public enum IndikatorUtama {
    public static func units(_ report: ComputedReport) -> [DivisiKinerja] {
        report.kantor.map { [$0] } ?? report.divisi
    }

    /// The Renstra row (table d) linked to an indicator: its targets per year.
    public static func renstra(_ indikator: String, in unit: DivisiKinerja) -> BarisRenstra? {
        for item in unit.units {
            if let row = item.renstra.first(where: { $0.indikator == indikator }) { return row }
        }
        return nil
    }

    /// The years the IKU document prints a target for: every year of the linked Renstra rows
    /// and the report year (whose target is the agreement's when the Renstra row lacks it).
    public static func years(_ report: ComputedReport) -> [Int] {
        var years: Set<Int> = [report.data.instansi.tahun]
        for unit in units(report) {
            for item in unit.sasaran.flatMap(\.indikator) {
                if let row = renstra(item.indikator.id, in: unit) { years.formUnion(row.target.keys) }
            }
        }
        return years.sorted()
    }
}
