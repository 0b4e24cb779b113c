import Foundation
import LKjIPCompute
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// Turns the computed report into the context the chapter templates render: finished
/// Indonesian text for every figure ("99,56%", "Rp 22.186.820.000", "28 (dua puluh
/// delapan)") and refs to typed blocks for every computed structure.
public enum ReportContext {
    /// `narasiNames`: the narasi context keys the templates use (`TemplateRenderer.names`).
    public static func make(_ report: ComputedReport, registry: BlockRegistry, narasiNames: Set<String>) throws -> [String: Any] {
        let context = BuildContext(report: report, registry: registry)
        let data = report.data
        let instansi = data.instansi
        let tanggalLaporan = try IndonesianFormat.date(iso: instansi.tanggalLaporan)
        let kementerianSingkat = instansi.kementerianSingkat ?? instansi.kementerian
        var logo = ""
        if let path = instansi.logo, let image = context.images[path] {
            var sized = image
            let scale = 150 / max(sized.widthPoints, 1)
            sized.widthPoints = 150
            sized.heightPoints *= scale
            sized.description = "Logo \(instansi.kementerian)"
            logo = context.ref(.figure(Figure(image: sized)))
        }
        var object: ContextObject = [
            "instansi": [
                "nama": instansi.nama,
                "namaUpper": instansi.nama.uppercased(),
                "namaSingkat": instansi.namaSingkat,
                "jenis": instansi.jenis ?? "Kantor Wilayah",
                "jenisUpper": (instansi.jenis ?? "Kantor Wilayah").uppercased(),
                "kementerian": instansi.kementerian,
                "kementerianUpper": instansi.kementerian.uppercased(),
                "kementerianSingkat": kementerianSingkat,
                "kementerianSingkatUpper": kementerianSingkat.uppercased(),
                "provinsi": instansi.provinsi,
                "provinsiUpper": instansi.provinsi.uppercased(),
                "alamat": instansi.alamat,
                "kota": instansi.kota,
                "tahun": String(instansi.tahun),
                "tanggalLaporan": tanggalLaporan,
                "tempatTanggal": "\(instansi.kota), \(tanggalLaporan)",
                "logo": logo,
                "hasLogo": !logo.isEmpty,
            ] as ContextObject,
            "narasi": narasi(data.narasi, names: narasiNames),
            "organisasi": organisasi(context),
            "renstra": renstra(data.renstra),
            "divisi": report.divisi.enumerated().map { DivisiContext.make($1, nomor: $0 + 1, context: context) },
            "anggaranKantor": OfficeContext.make(context),
            "perjanjian": try report.perjanjian.enumerated().map { index, pk in
                var item = try PerjanjianContext.make(pk, context: context)
                item["isFirst"] = index == 0
                return item
            },
            "legenda": context.ref(LegendTable.make()),
            "lampiran": lampiran(context),
        ]
        if let kepala = data.pejabat(instansi.kepala) { object["kepala"] = context.pejabat(kepala) }
        let changes = report.perjanjian.flatMap { pk in pk.perubahan.map { (divisi: pk.divisi.nama, change: $0) } }
        object["hasPerubahanTarget"] = !changes.isEmpty
        object["perubahanTarget"] = changes.isEmpty ? "" : context.ref(PerubahanTargetTable.make(changes))
        return object
    }

    /// `narasi/kata-pengantar.md` becomes `narasi.kata_pengantar`: mustache names stay plain.
    /// Every name a template uses exists (empty when there is no file), so a typo in a
    /// template is still caught by the variable check.
    static func narasi(_ texts: [String: String], names: Set<String>) -> ContextObject {
        var object: ContextObject = [:]
        for key in names { object[key] = "" }
        for (key, text) in texts { object[NarasiNames.contextKey(key)] = text }
        return object
    }

    static func organisasi(_ context: BuildContext) -> ContextObject {
        let report = context.report
        let pegawai = report.pegawai
        return [
            "jumlahDivisi": IndonesianFormat.countWithWords(report.data.organisasi.divisi.count),
            "jumlahUpt": IndonesianFormat.countWithWords(report.jumlahUpt),
            "hasUpt": report.jumlahUpt > 0,
            "hasSatker": !pegawai.baris.isEmpty,
            "jenisSatker": report.satkerPerJenis.enumeratedContext { item in
                ["jumlah": IndonesianFormat.countWithWords(item.jumlah), "label": item.label]
            },
            "tabelPegawai": pegawai.baris.isEmpty ? "" : context.ref(PegawaiTable.make(pegawai)),
            "struktur": context.ref(.orgChart(OrgChartBuilder.make(report))),
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

    static func lampiran(_ context: BuildContext) -> ContextObject {
        func gallery(_ photos: [Foto]?) -> String {
            let items = (photos ?? []).compactMap { foto -> Figure? in
                guard var image = context.images[foto.berkas] else { return nil }
                image.description = foto.keterangan
                return Figure(image: image, caption: Caption(.figure, foto.keterangan))
            }
            return items.isEmpty ? "" : context.ref(.gallery(Gallery(items: items, columns: 2)))
        }
        let dokumentasi = gallery(context.data.lampiran.dokumentasi)
        let aplikasi = gallery(context.data.lampiran.aplikasi)
        return ["dokumentasi": dokumentasi, "hasDokumentasi": !dokumentasi.isEmpty, "aplikasi": aplikasi, "hasAplikasi": !aplikasi.isEmpty]
    }
}

/// The narasi files templates can place. The set is read from the templates themselves
/// (every `narasi.*` name they use), so a copied template folder can add its own.
public enum NarasiNames {
    /// `kata-pengantar` <-> `kata_pengantar`.
    public static func contextKey(_ file: String) -> String { file.replacingOccurrences(of: "-", with: "_") }
    public static func fileName(_ contextKey: String) -> String { contextKey.replacingOccurrences(of: "_", with: "-") }
}
