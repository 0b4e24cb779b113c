import Foundation
import LKjIPCompute
import LKjIPModel

/// Turns the computed report into the context the chapter templates render.
///
/// This is where numbers become Indonesian text ("99,56%", "Rp 22.186.820.000",
/// "28 (dua puluh delapan)"), so templates only place strings and never compute.
public enum ReportContext {
    public static func make(_ report: ComputedReport) throws -> [String: Any] {
        let data = report.data
        let dataDirectory = URL(fileURLWithPath: data.sources.directory)
        let instansi = data.instansi
        guard let kepala = data.pejabat.first(where: { $0.id == instansi.kepala }) else {
            throw Diagnostic(.error, at: data.sources.location(file: "instansi.yaml", keyPath: "instansi.kepala"), "unknown pejabat `\(instansi.kepala)`")
        }
        let tanggalLaporan = try IndonesianFormat.date(iso: instansi.tanggalLaporan)
        let perjanjian = try report.perjanjian.map {
            try PerjanjianContext.make($0, instansi: instansi, dataDirectory: dataDirectory)
        }
        return [
            "instansi": [
                "nama": instansi.nama,
                "namaUpper": instansi.nama.uppercased(),
                "namaSingkat": instansi.namaSingkat,
                "kementerian": instansi.kementerian,
                "kementerianUpper": instansi.kementerian.uppercased(),
                "provinsi": instansi.provinsi,
                "provinsiUpper": instansi.provinsi.uppercased(),
                "alamat": instansi.alamat,
                "kota": instansi.kota,
                "tahun": String(instansi.tahun),
                "tanggalLaporan": tanggalLaporan,
                "tempatTanggal": "\(instansi.kota), \(tanggalLaporan)",
                "logo": logoPath(instansi, dataDirectory: dataDirectory),
            ] as ContextObject,
            "kepala": PejabatContext.make(kepala, dataDirectory: dataDirectory),
            "narasi": narasi(data.narasi),
            "organisasi": organisasi(report),
            "renstra": renstra(data.renstra),
            "divisi": report.divisi.enumerated().map { DivisiContext.make($1, nomor: $0 + 1, tahun: instansi.tahun) },
            "anggaranKantor": anggaranKantor(report),
            "perjanjian": perjanjian,
            "perubahanTarget": report.perjanjian.flatMap { pk in pk.perubahan.map { PerubahanContext.make($0) } }
                .enumerated().map { index, row -> ContextObject in
                    var row = row
                    row["nomor"] = String(index + 1)
                    return row
                },
            "hasPerubahanTarget": report.perjanjian.contains { !$0.perubahan.isEmpty },
            "legenda": CapaianStatus.allCases.compactMap { status -> ContextObject? in
                guard let shade = status.shading else { return nil }
                return ["shade": shade, "label": status.label]
            },
        ]
    }

    /// The default logo lives in the assets folder; a data directory may bring its own.
    static func logoPath(_ instansi: Instansi, dataDirectory: URL) -> String {
        if let logo = instansi.logo { return logo }
        return "logo.png"
    }

    /// `narasi/kata-pengantar.md` becomes `narasi.kata_pengantar`: mustache names stay plain.
    static func narasi(_ texts: [String: String]) -> ContextObject {
        var object: ContextObject = [:]
        for key in NarasiKeys.all { object[key.replacingOccurrences(of: "-", with: "_")] = "" }
        for (key, text) in texts {
            object[key.replacingOccurrences(of: "-", with: "_")] = text
        }
        return object
    }

    static func organisasi(_ report: ComputedReport) -> ContextObject {
        let pegawai = report.pegawai
        return [
            "jumlahDivisi": IndonesianFormat.countWithWords(report.data.organisasi.divisi.count),
            "jumlahUpt": IndonesianFormat.countWithWords(report.jumlahUpt),
            "hasUpt": report.jumlahUpt > 0,
            "hasSatker": !pegawai.baris.isEmpty,
            "jenisSatker": report.satkerPerJenis.enumeratedContext { item in
                ["jumlah": IndonesianFormat.countWithWords(item.jumlah), "label": item.label]
            },
            "pegawai": pegawai.baris.map { row -> ContextObject in
                [
                    "nomor": String(row.nomor),
                    "nama": row.satker.nama,
                    "lakiLaki": IndonesianFormat.integer(Int64(row.satker.lakiLaki)),
                    "perempuan": IndonesianFormat.integer(Int64(row.satker.perempuan)),
                    "total": IndonesianFormat.integer(Int64(row.total)),
                ]
            },
            "totalLakiLaki": IndonesianFormat.integer(Int64(pegawai.lakiLaki)),
            "totalPerempuan": IndonesianFormat.integer(Int64(pegawai.perempuan)),
            "totalPegawai": IndonesianFormat.integer(Int64(pegawai.total)),
        ]
    }

    static func renstra(_ renstra: Renstra) -> ContextObject {
        [
            "pengantar": renstra.pengantar,
            "visiNasional": renstra.visiNasional,
            "pengantarMisiNasional": renstra.pengantarMisiNasional,
            "misiNasional": renstra.misiNasional.map { ["teks": $0] },
            "pengantarVisi": renstra.pengantarVisi,
            "visi": renstra.visi,
            "pengantarMisi": renstra.pengantarMisi,
            "misi": renstra.misi.map { ["teks": $0] },
            "tataNilai": renstra.tataNilai,
            "pengantarTujuan": renstra.pengantarTujuan,
            "tujuan": renstra.tujuan.map { ["teks": $0] },
            "sasaranStrategis": renstra.sasaranStrategis,
        ]
    }

    static func anggaranKantor(_ report: ComputedReport) -> ContextObject {
        let anggaran = report.data.anggaran
        return [
            "realisasi": report.anggaranKantor.map(AnggaranContext.row),
            "hasRealisasi": !report.anggaranKantor.isEmpty,
            "grafik": UnitContext.anggaranChart(report.anggaranKantor, caption: "Pagu dan Realisasi Anggaran \(report.data.instansi.namaSingkat) (juta rupiah)"),
            "widths": (["2.2"] + report.anggaranKantor.map { _ in "2" }).joined(separator: ","),
            "narasiRealisasi": anggaran.narasiRealisasi.orEmpty,
            "smartDja": anggaran.smartDja.enumeratedContext { row in
                [
                    "satker": row.satker,
                    "kode": "(\(row.kode))",
                    "nilai": IndonesianFormat.number(row.nilai, decimals: 2),
                    "keterangan": row.keterangan.orEmpty,
                ]
            },
            "hasSmartDja": !anggaran.smartDja.isEmpty,
            "narasiSmart": anggaran.narasiSmart.orEmpty,
            "ikpa": anggaran.ikpa.enumeratedContext { aspek in
                [
                    "aspek": aspek.aspek,
                    "aspekUpper": aspek.aspek.uppercased(),
                    "uraian": aspek.uraian.orEmpty,
                    "indikator": aspek.indikator.map { item -> ContextObject in
                        [
                            "nama": item.nama,
                            "nilai": IndonesianFormat.number(item.nilai, decimals: 2),
                            "bobot": item.bobot.map { IndonesianFormat.number($0) } ?? "-",
                            "uraian": item.uraian.orEmpty,
                        ]
                    },
                ]
            },
            "hasIkpa": !anggaran.ikpa.isEmpty,
            "narasiIkpa": anggaran.narasiIkpa.orEmpty,
        ]
    }
}
