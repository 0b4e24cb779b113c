import LKjIPModel

/// Derives every figure of the report from the data: revised agreements, capaian, NILAI SS,
/// staffing totals, UPT counts and budget percentages.
///
/// It throws a `DiagnosticList` with every reference it cannot resolve (an unknown pejabat,
/// divisi, indikator, kegiatan or sasaran id), located in the file that holds the reference,
/// because no figure can be trusted while one is dangling. Softer problems (a missing
/// realisasi, a typed total that disagrees) are left to `Checker`.
public enum ReportComputer {
    public static func compute(_ data: ReportData) throws -> ComputedReport {
        var problems: [Diagnostic] = []
        let files = DataFiles(data)
        var pejabatById: [String: Pejabat] = [:]
        for pejabat in data.pejabat where pejabatById[pejabat.id] == nil {
            pejabatById[pejabat.id] = pejabat
        }
        let knownPejabat = data.pejabat.map { "`\($0.id)`" }.joined(separator: ", ")
        func pejabat(_ id: String, file: String, keyPath: String) -> Pejabat? {
            if let found = pejabatById[id] { return found }
            problems.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: keyPath),
                                       "unknown pejabat `\(id)`; pejabat.yaml defines \(knownPejabat.isEmpty ? "none" : knownPejabat)"))
            return nil
        }
        _ = pejabat(data.instansi.kepala, file: "instansi.yaml", keyPath: "instansi.kepala")

        let knownDivisi = data.organisasi.divisi.map { "`\($0.id)`" }.joined(separator: ", ")
        var perjanjian: [PerjanjianEfektif] = []
        var perjanjianFile: [String: String] = [:]
        for (index, pk) in data.perjanjian.enumerated() {
            let file = files.perjanjian[index]
            let divisi = data.organisasi.divisi.first { $0.id == pk.divisi }
            if divisi == nil {
                problems.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: "divisi"),
                                           "unknown divisi `\(pk.divisi)`; organisasi.yaml defines \(knownDivisi)"))
            }
            if let other = perjanjianFile[pk.divisi] {
                problems.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: "divisi"),
                                           "divisi `\(pk.divisi)` already has a Perjanjian Kinerja in \(other)"))
            }
            perjanjianFile[pk.divisi] = perjanjianFile[pk.divisi] ?? file
            let first = pejabat(pk.pihakPertama, file: file, keyPath: "pihak_pertama")
            let second = pejabat(pk.pihakKedua, file: file, keyPath: "pihak_kedua")
            let applied = RevisionApplier(pk, file: file, sources: data.sources)
            problems += applied.problems
            guard let divisi, let first, let second else { continue }
            let total = applied.perjanjian.kegiatan.filter { !($0.program ?? false) }.reduce(Int64(0)) { $0 + $1.anggaran }
            perjanjian.append(PerjanjianEfektif(
                perjanjian: applied.perjanjian, pihakPertama: first, pihakKedua: second, divisi: divisi,
                revisi: applied.latest, tanggal: applied.latest?.tanggal ?? pk.tanggal,
                totalAnggaran: total, perubahan: applied.perubahan))
        }

        for (index, capaian) in data.capaian.enumerated() where perjanjianFile[capaian.divisi] == nil {
            let reason = data.organisasi.divisi.contains { $0.id == capaian.divisi }
                ? "divisi `\(capaian.divisi)` has no Perjanjian Kinerja (pk/\(capaian.divisi).yaml)"
                : "unknown divisi `\(capaian.divisi)`; organisasi.yaml defines \(knownDivisi)"
            problems.append(Diagnostic(.error, at: data.sources.location(file: files.capaian[index], keyPath: "divisi"), reason))
        }

        var divisiKinerja: [DivisiKinerja] = []
        for (index, divisi) in data.organisasi.divisi.enumerated() {
            let kepala = pejabat(divisi.kepala, file: "organisasi.yaml", keyPath: "divisi[\(index)].kepala")
            guard let pk = perjanjian.first(where: { $0.divisi.id == divisi.id }), let kepala else { continue }
            let capaianIndex = data.capaian.firstIndex { $0.divisi == divisi.id }
            let capaian = capaianIndex.map { data.capaian[$0] }
            let sasaran = Self.sasaran(pk.perjanjian, original: data.perjanjian.first { $0.divisi == divisi.id }, realisasi: capaian?.realisasi ?? [])
            var units: [UnitKinerjaHasil] = []
            for (unitIndex, unit) in (capaian?.unit ?? []).enumerated() {
                var subset = sasaran
                if let ids = unit.sasaran {
                    subset = []
                    for (k, id) in ids.enumerated() {
                        if let found = sasaran.first(where: { $0.sasaran.id == id }) {
                            subset.append(found)
                        } else if let capaianIndex {
                            let known = sasaran.map { "`\($0.sasaran.id)`" }.joined(separator: ", ")
                            problems.append(Diagnostic(.error, at: data.sources.location(file: files.capaian[capaianIndex], keyPath: "unit[\(unitIndex)].sasaran[\(k)]"),
                                                       "unknown sasaran `\(id)`; the Perjanjian Kinerja of `\(divisi.id)` defines \(known)"))
                        }
                    }
                }
                let anggaran = RealisasiAnggaran.rows(unit.anggaran.map { ($0.tahun, $0.pagu, $0.realisasi) })
                units.append(UnitKinerjaHasil(unit: unit, sasaran: subset, anggaran: anggaran))
            }
            divisiKinerja.append(DivisiKinerja(divisi: divisi, kepala: kepala, perjanjian: pk, sasaran: sasaran, units: units))
        }

        if !problems.isEmpty { throw DiagnosticList(problems) }

        let satker = data.organisasi.satker
        let upt = satker.filter { $0.jenis.lowercased() != JumlahJenisSatker.kanwil }
        return ComputedReport(
            data: data,
            divisi: divisiKinerja,
            pegawai: rekapPegawai(satker),
            satkerPerJenis: satkerPerJenis(upt),
            jumlahUpt: upt.count,
            anggaranKantor: RealisasiAnggaran.rows(data.anggaran.realisasi.map { ($0.tahun, $0.pagu, $0.realisasi) }),
            perjanjian: perjanjian)
    }

    /// Sasaran of a revised agreement with capaian from the realisasi; `original` supplies
    /// the signed target of revised indicators.
    static func sasaran(_ pk: PerjanjianKinerja, original: PerjanjianKinerja?, realisasi: [Realisasi]) -> [SasaranKinerja] {
        var byIndikator: [String: Realisasi] = [:]
        for item in realisasi where byIndikator[item.indikator] == nil {
            byIndikator[item.indikator] = item
        }
        return pk.sasaranKegiatan.enumerated().map { position, sasaran in
            let indikator = sasaran.indikator.map { indikator -> IndikatorKinerja in
                let awal = original.flatMap { signed in
                    RevisionApplier.position(of: indikator.id, in: signed).map { s, i in signed.sasaranKegiatan[s].indikator[i].target }
                }
                let reached = byIndikator[indikator.id]
                let capaian = CapaianCalculator.capaian(target: indikator.target, realisasi: reached?.nilai, polaritas: indikator.polaritas ?? .positif)
                return IndikatorKinerja(
                    indikator: indikator,
                    targetAwal: awal == indikator.target ? nil : awal,
                    realisasi: reached?.nilai,
                    capaian: capaian,
                    status: CapaianCalculator.status(capaian),
                    keterangan: reached?.keterangan)
            }
            let nilai = CapaianCalculator.mean(indikator.map(\.capaian))
            return SasaranKinerja(
                sasaran: sasaran, kode: sasaran.kode ?? "SS\(position + 1)", indikator: indikator,
                nilai: nilai, status: CapaianCalculator.status(nilai), jumlahIndikator: indikator.count)
        }
    }

    static func rekapPegawai(_ satker: [Satker]) -> RekapPegawai {
        let baris = satker.enumerated().map { BarisPegawai(nomor: $0.offset + 1, satker: $0.element, total: $0.element.lakiLaki + $0.element.perempuan) }
        let laki = satker.reduce(0) { $0 + $1.lakiLaki }
        let perempuan = satker.reduce(0) { $0 + $1.perempuan }
        return RekapPegawai(baris: baris, lakiLaki: laki, perempuan: perempuan, total: laki + perempuan)
    }

    /// Known kinds first in their fixed order, then any other kind alphabetically.
    static func satkerPerJenis(_ upt: [Satker]) -> [JumlahJenisSatker] {
        var counts: [String: Int] = [:]
        for satker in upt { counts[satker.jenis.lowercased(), default: 0] += 1 }
        let known = JumlahJenisSatker.knownJenis.map(\.jenis)
        let order = known + counts.keys.filter { !known.contains($0) }.sorted()
        return order.compactMap { jenis in
            guard let jumlah = counts[jenis], jumlah > 0 else { return nil }
            return JumlahJenisSatker(jenis: jenis, label: JumlahJenisSatker.label(for: jenis), jumlah: jumlah)
        }
    }
}
