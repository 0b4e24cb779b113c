

/// Every Markdown text of the data, with its file and key path: the narasi files and the
/// Markdown fields of the YAML files. The checks on prose (counts written in words,
/// spelling of official names, figure citations) visit texts through this one list.
public enum MarkdownFields {
    public struct Field {
        public let file: String
        /// Empty for a narasi file.
        public let keyPath: String
    }

    /// Calls `body` with each text, which it may change (to resolve citations).
    public static func visit(_ data: inout ReportData, _ body: (Field, inout String) -> Void) {
        for key in data.narasi.keys.sorted() {
            var text = data.narasi[key] ?? ""
            body(Field(file: "narasi/\(key).md", keyPath: ""), &text)
            data.narasi[key] = text
        }
        func visit(_ file: String, _ keyPath: String, _ text: inout String) { body(Field(file: file, keyPath: keyPath), &text) }
        func visit(_ file: String, _ keyPath: String, _ text: inout String?) {
            guard var value = text else { return }
            body(Field(file: file, keyPath: keyPath), &value)
            text = value
        }
        let organisasi = file(data, .organisasi), renstra = file(data, .renstra), anggaran = file(data, .anggaran)
        for i in data.organisasi.divisi.indices {
            visit(organisasi, "divisi[\(i)].tugas", &data.organisasi.divisi[i].tugas)
            visit(organisasi, "divisi[\(i)].fungsi", &data.organisasi.divisi[i].fungsi)
        }
        visit(renstra, "pengantar", &data.renstra.pengantar)
        visit(renstra, "visi_nasional", &data.renstra.visiNasional)
        visit(renstra, "pengantar_misi_nasional", &data.renstra.pengantarMisiNasional)
        visit(renstra, "pengantar_visi", &data.renstra.pengantarVisi)
        visit(renstra, "visi", &data.renstra.visi)
        visit(renstra, "pengantar_misi", &data.renstra.pengantarMisi)
        visit(renstra, "tata_nilai", &data.renstra.tataNilai)
        visit(renstra, "pengantar_tujuan", &data.renstra.pengantarTujuan)
        visit(renstra, "sasaran_strategis", &data.renstra.sasaranStrategis)
        for i in data.renstra.misiNasional.indices { visit(renstra, "misi_nasional[\(i)]", &data.renstra.misiNasional[i]) }
        for i in data.renstra.misi.indices { visit(renstra, "misi[\(i)]", &data.renstra.misi[i]) }
        for i in data.renstra.tujuan.indices { visit(renstra, "tujuan[\(i)]", &data.renstra.tujuan[i]) }
        visit(anggaran, "narasi_realisasi", &data.anggaran.narasiRealisasi)
        visit(anggaran, "narasi_smart", &data.anggaran.narasiSmart)
        visit(anggaran, "narasi_ikpa", &data.anggaran.narasiIkpa)
        for i in data.anggaran.smartDja.indices { visit(anggaran, "smart_dja[\(i)].keterangan", &data.anggaran.smartDja[i].keterangan) }
        for a in data.anggaran.ikpa.indices {
            visit(anggaran, "ikpa[\(a)].uraian", &data.anggaran.ikpa[a].uraian)
            for i in data.anggaran.ikpa[a].indikator.indices { visit(anggaran, "ikpa[\(a)].indikator[\(i)].uraian", &data.anggaran.ikpa[a].indikator[i].uraian) }
        }
        for p in data.perjanjian.indices {
            let file = data.perjanjian[p].file
            for r in (data.perjanjian[p].revisi ?? []).indices { visit(file, "revisi[\(r)].alasan", &data.perjanjian[p].revisi![r].alasan) }
            let key = data.perjanjian[p].sasaranKey
            for s in data.perjanjian[p].sasaranKegiatan.indices {
                for i in data.perjanjian[p].sasaranKegiatan[s].indikator.indices {
                    visit(file, "\(key)[\(s)].indikator[\(i)].definisi_operasional", &data.perjanjian[p].sasaranKegiatan[s].indikator[i].definisiOperasional)
                }
            }
        }
        for c in data.capaian.indices {
            let file = data.capaian[c].file
            for k in data.capaian[c].realisasi.indices {
                visit(file, "realisasi[\(k)].keterangan", &data.capaian[c].realisasi[k].keterangan)
                if data.capaian[c].realisasi[k].analisis != nil {
                    visit(file, "realisasi[\(k)].analisis.penyebab", &data.capaian[c].realisasi[k].analisis!.penyebab)
                    visit(file, "realisasi[\(k)].analisis.upaya", &data.capaian[c].realisasi[k].analisis!.upaya)
                    visit(file, "realisasi[\(k)].analisis.kendala", &data.capaian[c].realisasi[k].analisis!.kendala)
                    visit(file, "realisasi[\(k)].analisis.rekomendasi", &data.capaian[c].realisasi[k].analisis!.rekomendasi)
                }
                for q in (data.capaian[c].realisasi[k].analisisTriwulan ?? []).indices {
                    visit(file, "realisasi[\(k)].analisis_triwulan[\(q)].penyebab", &data.capaian[c].realisasi[k].analisisTriwulan![q].penyebab)
                    visit(file, "realisasi[\(k)].analisis_triwulan[\(q)].tindak_lanjut", &data.capaian[c].realisasi[k].analisisTriwulan![q].tindakLanjut)
                }
            }
            for u in data.capaian[c].unit.indices {
                let base = "unit[\(u)]"
                visit(file, "\(base).narasi_capaian", &data.capaian[c].unit[u].narasiCapaian)
                visit(file, "\(base).narasi_sasaran", &data.capaian[c].unit[u].narasiSasaran)
                visit(file, "\(base).narasi_riwayat", &data.capaian[c].unit[u].narasiRiwayat)
                visit(file, "\(base).narasi_anggaran", &data.capaian[c].unit[u].narasiAnggaran)
                visit(file, "\(base).narasi_renstra", &data.capaian[c].unit[u].narasiRenstra)
                visit(file, "\(base).penyebab", &data.capaian[c].unit[u].penyebab)
                visit(file, "\(base).narasi_efisiensi", &data.capaian[c].unit[u].narasiEfisiensi)
                visit(file, "\(base).narasi_standar", &data.capaian[c].unit[u].narasiStandar)
                for r in data.capaian[c].unit[u].riwayat.indices { visit(file, "\(base).riwayat[\(r)].keterangan", &data.capaian[c].unit[u].riwayat[r].keterangan) }
            }
        }
    }

    /// Read-only walk.
    public static func forEach(_ data: ReportData, _ body: (Field, String) -> Void) {
        var copy = data
        visit(&copy) { field, text in body(field, text) }
    }

    /// The file a kind was read from (`instansi.yaml`, or `.yml` / `.json` as found).
    public static func file(_ data: ReportData, _ kind: DataFileKind) -> String {
        for ext in ["yaml", "yml", "json"] where data.sources.texts["\(kind.rawValue).\(ext)"] != nil { return "\(kind.rawValue).\(ext)" }
        return "\(kind.rawValue).yaml"
    }
}
