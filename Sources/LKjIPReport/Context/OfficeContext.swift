import LKjIPCompute
import LKjIPDocument

/// BAB III B and C: the office budget, SMART DJA and IKPA.
enum OfficeContext {
    static func make(_ context: BuildContext) -> ContextObject {
        let report = context.report
        let anggaran = report.data.anggaran
        let years = report.anggaranKantor.map(\.tahun)
        let chart = context.ref(ChartBuilder.anggaran(report.anggaranKantor, caption: "Pagu dan Realisasi Anggaran \(report.data.instansi.namaSingkat) Tahun \(YearsText.make(years))"))
        return [
            "hasRealisasi": !report.anggaranKantor.isEmpty,
            "tabel": report.anggaranKantor.isEmpty ? "" : context.ref(AnggaranTable.make(report.anggaranKantor, yearPrefix: "")),
            "tahun": YearsText.make(years),
            "grafik": chart,
            "hasGrafik": !chart.isEmpty,
            "narasiRealisasi": anggaran.narasiRealisasi.orEmpty,
            "hasSmartDja": !anggaran.smartDja.isEmpty,
            "tabelSmart": anggaran.smartDja.isEmpty ? "" : context.ref(SmartDjaTable.make(anggaran.smartDja)),
            "narasiSmart": anggaran.narasiSmart.orEmpty,
            "hasIkpa": !anggaran.ikpa.isEmpty,
            "tabelIkpa": anggaran.ikpa.isEmpty ? "" : context.ref(IkpaTable.make(anggaran.ikpa)),
            "ikpa": anggaran.ikpa.enumeratedContext { aspek in
                // The table of explanations only when an indicator of the aspect has one.
                let explained = aspek.indikator.contains { !($0.uraian ?? "").isEmpty }
                return [
                    "aspek": aspek.aspek,
                    "aspekUpper": aspek.aspek.uppercased(),
                    "uraian": aspek.uraian.orEmpty,
                    "hasTabelUraian": explained,
                    "tabelUraian": explained ? context.ref(IkpaTable.uraian(aspek, images: context.images)) : "",
                ]
            },
            "narasiIkpa": anggaran.narasiIkpa.orEmpty,
        ]
    }
}
