import Foundation
import LKjIPModel

/// Computes one division: its indicators' realisasi and capaian, NILAI SS, the BAB III A
/// units with their tables, and the analyses that link them (history, Renstra progress,
/// national standard, efficiency, supporting kegiatan).
struct DivisiComputer {
    let data: ReportData
    let divisi: Divisi
    let kepala: Pejabat
    let measured: PerjanjianEfektif
    let agreements: [PerjanjianEfektif]
    let capaian: CapaianDivisi?
    /// The office budget, whose lines a PK may list by code.
    var program: AnggaranProgram = .empty

    var tahun: Int { data.instansi.tahun }

    func compute() -> DivisiKinerja {
        var byIndikator: [String: Realisasi] = [:]
        for item in capaian?.realisasi ?? [] where byIndikator[item.indikator] == nil {
            byIndikator[item.indikator] = item
        }
        let signed = data.perjanjian.last { $0.divisi == divisi.id }
        var sasaran = measured.perjanjian.sasaranKegiatan.enumerated().map { position, item in
            let indikator = item.indikator.map { indicator(effective: $0, signed: signed, reached: byIndikator[$0.id]) }
            let nilai = CapaianCalculator.mean(indikator.map { $0.capaian ?? $0.tercapai.map { $0 ? Fraction.hundred : Fraction.zero } })
            return SasaranKinerja(sasaran: item, kode: item.kode ?? "SS\(position + 1)", indikator: indikator,
                                  nilai: nilai, status: CapaianCalculator.status(nilai), kegiatan: kegiatan(for: item), efisiensi: nil)
        }
        var units: [UnitKinerjaHasil] = []
        for (index, unit) in (capaian?.unit ?? []).enumerated() {
            let ids = unit.sasaran ?? sasaran.map(\.sasaran.id)
            let subset = ids.compactMap { id in sasaran.first { $0.sasaran.id == id } }
            units.append(self.unit(unit, index: index, sasaran: subset))
        }
        // Analyses that need the units: history, Renstra progress and the serapan of a
        // sasaran whose kegiatan are not linked (its unit's budget row of the report year).
        for s in sasaran.indices {
            for i in sasaran[s].indikator.indices {
                let id = sasaran[s].indikator[i].indikator.id
                func history(_ values: [Int: TableValue], tren: Tren?) -> RiwayatKinerja {
                    let numbers = values.compactMapValues(\.number)
                    let years = values.filter { $0.value.number != nil || !($0.value.word ?? "").isEmpty && $0.value.word != "-" }.keys.sorted()
                    return RiwayatKinerja(nilai: numbers, tahun: years, tren: tren)
                }
                var renstraRow: BarisRenstra?
                for unit in units {
                    if let row = unit.riwayat.first(where: { $0.indikator == id }) {
                        sasaran[s].indikator[i].riwayat = history(row.nilai, tren: row.tren)
                    }
                    if let row = unit.renstra.first(where: { $0.indikator == id }) {
                        sasaran[s].indikator[i].renstra = row.progres
                        renstraRow = renstraRow ?? row
                    }
                }
                // Without a row in table b, the linked Renstra row's earlier realisasi (table d
                // prints them) are the history, so table f does not say "-" beside them.
                if sasaran[s].indikator[i].riwayat == nil, let row = renstraRow, row.realisasi.keys.contains(where: { $0 < tahun }) {
                    let indikator = sasaran[s].indikator[i].indikator
                    sasaran[s].indikator[i].riwayat = history(row.realisasi, tren: Self.trend(row.realisasi, until: tahun, indikator: indikator, satuan: row.satuan, desimal: row.desimal))
                }
            }
            sasaran[s].efisiensi = efficiency(sasaran[s], units: units)
        }
        units = units.map { unit in
            UnitKinerjaHasil(unit: unit.unit, nama: unit.nama, sasaran: unit.sasaran.compactMap { item in sasaran.first { $0.sasaran.id == item.sasaran.id } },
                             riwayat: unit.riwayat, tahunRiwayat: unit.tahunRiwayat, anggaran: unit.anggaran,
                             renstra: unit.renstra, tahunTargetRenstra: unit.tahunTargetRenstra, tahunRealisasiRenstra: unit.tahunRealisasiRenstra)
        }
        return DivisiKinerja(divisi: divisi, kepala: kepala, perjanjian: measured, semuaPerjanjian: agreements, sasaran: sasaran, units: units)
    }

    func indicator(effective: Indikator, signed: PerjanjianKinerja?, reached: Realisasi?) -> IndikatorKinerja {
        let awal = signed.flatMap { pk in RevisionApplier.position(of: effective.id, in: pk).map { s, i in IndikatorKinerja.target(pk.sasaranKegiatan[s].indikator[i]) } }
        let aturan = (data.instansi.aturanCapaian ?? AturanCapaian()).overridden(by: effective.capaian)
        let polaritas = effective.polaritas ?? .positif
        let realisasi = Self.realisasi(reached, indikator: effective)
        var capaian: Fraction?
        var tercapai: Bool?
        var status: CapaianStatus
        if let word = effective.targetTeks {
            tercapai = CapaianCalculator.tercapai(target: word, realisasi: reached?.nilaiTeks, skala: effective.skala)
            status = tercapai.map { $0 ? .tercapai : .belumTercapai } ?? .tidakAdaData
        } else if let range = effective.targetRentang, range.count == 2 {
            capaian = CapaianCalculator.capaian(rentang: range[0].value, range[1].value, realisasi: realisasi?.value, polaritas: effective.polaritas, aturan: aturan)
            status = CapaianCalculator.status(capaian)
        } else {
            capaian = effective.target.flatMap { CapaianCalculator.capaian(target: $0.value, realisasi: realisasi?.value, polaritas: polaritas, aturan: aturan) }
            status = CapaianCalculator.status(capaian)
        }
        let standar = effective.standarNasional.map { standard in
            PerbandinganStandar(standar: standard, capaian: CapaianCalculator.capaian(target: standard.nilai.value, realisasi: realisasi?.value, polaritas: polaritas, aturan: AturanCapaian(rumusNegatif: aturan.rumusNegatif)))
        }
        return IndikatorKinerja(
            indikator: effective, targetAwal: awal.flatMap { $0 == IndikatorKinerja.target(effective) ? nil : $0 },
            realisasi: realisasi, realisasiTeks: reached?.nilaiTeks, triwulan: reached?.triwulan?.values,
            capaian: capaian, tercapai: tercapai, status: status, aturan: aturan,
            keterangan: reached?.keterangan, analisis: reached?.analisis, riwayat: nil, renstra: nil, standar: standar)
    }

    /// The yearly realisasi: typed, from pembilang / penyebut (× 100 for a percentage), or
    /// from the quarters by the indicator's rule.
    static func realisasi(_ reached: Realisasi?, indikator: Indikator) -> Nilai? {
        guard let reached else { return nil }
        if let nilai = reached.nilai { return nilai }
        if let pembilang = reached.pembilang, let penyebut = reached.penyebut,
           let value = CapaianCalculator.rasio(pembilang: pembilang.value, penyebut: penyebut.value, persen: Units.isPercent(indikator.satuan), desimal: indikator.desimal) {
            return value
        }
        if let quarters = reached.triwulan {
            return CapaianCalculator.tahunan(quarters.values, agregasi: indikator.triwulan?.agregasi ?? .akhir, desimal: indikator.desimal)
        }
        return nil
    }

    /// Analysis 7: the kegiatan a sasaran names, or every kegiatan when the agreement has a
    /// single sasaran (then all its budget serves it).
    func kegiatan(for sasaran: Sasaran) -> [KegiatanEfektif] {
        if let ids = sasaran.kegiatan {
            return ids.compactMap { id in measured.kegiatan.first { $0.kegiatan.isNamed(id) } }
        }
        if measured.perjanjian.sasaranKegiatan.count == 1 { return measured.kegiatan }
        return []
    }

    /// Analysis 6: NILAI SS against the share of the budget spent.
    func efficiency(_ sasaran: SasaranKinerja, units: [UnitKinerjaHasil]) -> Efisiensi? {
        guard let nilai = sasaran.nilai else { return nil }
        let lines = sasaran.kegiatan.filter { !$0.kegiatan.isProgram }
        if !lines.isEmpty, lines.allSatisfy({ $0.realisasi != nil }),
           let pagu = CheckedSum.sum(lines.map(\.anggaran)), let spent = CheckedSum.sum(lines.compactMap(\.realisasi)),
           let serapan = CapaianCalculator.persen(realisasi: spent, pagu: pagu) {
            return Efisiensi(capaian: nilai, serapan: serapan, sumber: "kegiatan")
        }
        guard let unit = units.first(where: { $0.sasaran.contains { $0.sasaran.id == sasaran.sasaran.id } }),
              let row = unit.anggaran.last(where: { $0.tahun == tahun }), let serapan = row.persen else { return nil }
        return Efisiensi(capaian: nilai, serapan: serapan, sumber: "unit")
    }

    func unit(_ unit: UnitKinerja, index: Int, sasaran: [SasaranKinerja]) -> UnitKinerjaHasil {
        let indicators = Dictionary(sasaran.flatMap(\.indikator).map { ($0.indikator.id, $0) }, uniquingKeysWith: { first, _ in first })
        let allIndicators = Dictionary(measured.perjanjian.sasaranKegiatan.flatMap(\.indikator).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let officeRules = data.instansi.aturanCapaian ?? AturanCapaian()
        func reached(_ id: String?) -> IndikatorKinerja? { id.flatMap { indicators[$0] } }
        var riwayat: [BarisRiwayat] = []
        for row in unit.riwayat {
            var values = Self.years(row.nilai)
            let linked = reached(row.indikator)
            if let linked, values[tahun] == nil, let value = linked.realisasiCell {
                values[tahun] = value
            }
            let linkedIndicator = row.indikator.flatMap { allIndicators[$0] }
            let satuan = row.satuan ?? linkedIndicator?.satuan
            let desimal = row.desimal ?? linkedIndicator?.desimal
            riwayat.append(BarisRiwayat(
                nama: row.nama ?? row.indikator.flatMap { allIndicators[$0]?.nama } ?? "",
                satuan: row.satuan ?? row.indikator.flatMap { allIndicators[$0]?.satuan },
                desimal: row.desimal ?? row.indikator.flatMap { allIndicators[$0]?.desimal },
                nilai: values, keterangan: row.keterangan, indikator: row.indikator,
                tren: Self.trend(values, until: tahun, indikator: linkedIndicator, satuan: satuan, desimal: desimal)))
        }
        var renstra: [BarisRenstra] = []
        for row in unit.renstra {
            let targets = Self.years(row.target)
            var values = Self.years(row.realisasi)
            let linked = reached(row.indikator)
            if let linked, values[tahun] == nil, let value = linked.realisasiCell {
                values[tahun] = value
            }
            var progres: ProgresRenstra?
            if let id = row.indikator, let indikator = allIndicators[id], let end = targets.keys.max(), let target = targets[end]?.number {
                let satuanTarget = row.satuanTarget ?? row.satuan ?? indikator.satuan
                let desimal = row.desimal ?? indikator.desimal
                // Units as the table prints them: a cell's own unit, else the row's, else the
                // IKK's; the end target in the row's target unit.
                let current = values[tahun]
                let realisasiUnit = current?.unit ?? row.satuan ?? indikator.satuan
                let targetUnit = targets[end]?.unit ?? satuanTarget
                let aturan = officeRules.overridden(by: indikator.capaian)
                progres = ProgresRenstra(targetAkhir: target,
                                         targetAkhirTeks: IndonesianFormat.cell(targets[end], satuan: satuanTarget, decimals: desimal),
                                         tahunAkhir: end,
                                         capaian: CapaianCalculator.capaian(target: target.value, realisasi: current?.number?.value, polaritas: indikator.polaritas ?? .positif, aturan: aturan),
                                         sisaTahun: max(0, end - tahun),
                                         takSebanding: Units.same(targetUnit, realisasiUnit) ? nil : .init(target: Units.shown(targetUnit), realisasi: Units.shown(realisasiUnit)))
            }
            renstra.append(BarisRenstra(
                nama: row.nama ?? row.indikator.flatMap { allIndicators[$0]?.nama } ?? "",
                satuan: row.satuan ?? row.indikator.flatMap { allIndicators[$0]?.satuan },
                satuanTarget: row.satuanTarget, desimal: row.desimal ?? row.indikator.flatMap { allIndicators[$0]?.desimal },
                target: targets, realisasi: values, indikator: row.indikator, progres: progres))
        }
        return UnitKinerjaHasil(
            unit: unit, nama: "unit\(index + 1)", sasaran: sasaran,
            riwayat: riwayat, tahunRiwayat: Self.span(riwayat.flatMap { $0.nilai.keys }),
            anggaran: RealisasiAnggaran.rows(unit.anggaran.map { ($0.tahun, $0.pagu, $0.realisasi) } + budgetYear(unit, sasaran: sasaran)),
            renstra: renstra, tahunTargetRenstra: Self.span(renstra.flatMap { $0.target.keys }),
            tahunRealisasiRenstra: Self.span(renstra.flatMap { $0.realisasi.keys }))
    }

    /// Table c's report year when the unit leaves it out and its kegiatan are lines of the
    /// office budget (`anggaran.yaml` program_kegiatan) with their realisasi: their sums, so
    /// the row is typed once, at the lowest budget lines.
    func budgetYear(_ unit: UnitKinerja, sasaran: [SasaranKinerja]) -> [(tahun: Int, pagu: Int64, realisasi: Int64)] {
        guard !unit.anggaran.contains(where: { $0.tahun == tahun }) else { return [] }
        var lines: [KegiatanEfektif] = []
        for line in sasaran.flatMap(\.kegiatan) where !lines.contains(where: { $0.kegiatan == line.kegiatan }) { lines.append(line) }
        if lines.isEmpty, (capaian?.unit.count ?? 0) <= 1 { lines = measured.kegiatan }
        let counted = ReportComputer.counted(lines, program: program)
        guard !counted.isEmpty, counted.allSatisfy(\.dariAnggaran),
              let pagu = CheckedSum.sum(counted.map(\.anggaran)), counted.allSatisfy({ $0.realisasi != nil }),
              let spent = CheckedSum.sum(counted.compactMap(\.realisasi)) else { return [] }
        return [(tahun, pagu, spent)]
    }

    static func years(_ map: [String: TableValue]) -> [Int: TableValue] {
        var result: [Int: TableValue] = [:]
        for (key, value) in map { if let year = Int(key) { result[year] = value } }
        return result
    }

    /// The years a table has a value for, in order: the columns it prints and its caption
    /// names. A year without any value gets no column of "-" only.
    static func span(_ years: [Int]) -> [Int] {
        Array(Set(years)).sorted()
    }

    /// The change of the report year against the latest earlier year with a value; nil when
    /// the report year itself has none (a trend of two earlier years would be read as this
    /// year's). Numbers are compared as printed (to `desimal`, or the decimals typed), so two
    /// values that print alike are "tetap". Percentages change in points. A range-target
    /// indicator improves when it comes closer to (or into) its range. Two years in different
    /// units are not comparable. Words ("WTP") compare by their `skala`.
    static func trend(_ values: [Int: TableValue], until year: Int, indikator: Indikator?, satuan: String? = nil, desimal: Int? = nil) -> Tren? {
        // The report year against the latest earlier year of the same kind: a number against
        // a number (words in between are skipped), a word against a word.
        guard let now = values[year], now.number != nil || (!(now.word ?? "").isEmpty && now.word != "-") else { return nil }
        let earlier = values.filter { $0.key < year && (now.number != nil ? $0.value.number != nil : !($0.value.word ?? "").isEmpty && $0.value.word != "-") }
        guard let (from, before) = earlier.max(by: { $0.key < $1.key }) else { return nil }
        let to = year
        if let a = before.number, let b = now.number {
            let unitBefore = before.unit ?? satuan, unitNow = now.unit ?? satuan
            guard Units.same(unitBefore, unitNow) else { return Tren(dari: from, ke: to, perubahan: nil, arah: .takSebanding) }
            let places = desimal ?? max(a.decimals, b.decimals)
            let shownA = Rounding.halfUp(a.value, decimals: places), shownB = Rounding.halfUp(b.value, decimals: places)
            let points = Units.isPercent(unitNow)
            let change = points ? Fraction(shownB - shownA) : CapaianCalculator.perubahan(dari: shownA, menjadi: shownB)
            let arah: Tren.Arah
            if let range = indikator?.targetRentang, range.count == 2 {
                let distanceA = CapaianCalculator.distance(rentang: range[0].value, range[1].value, from: shownA)
                let distanceB = CapaianCalculator.distance(rentang: range[0].value, range[1].value, from: shownB)
                arah = distanceA == distanceB ? .tetap : distanceB < distanceA ? .membaik : .memburuk
            } else if shownA == shownB {
                arah = .tetap
            } else {
                arah = (shownB > shownA) == ((indikator?.polaritas ?? .positif) == .positif) ? .membaik : .memburuk
            }
            return Tren(dari: from, ke: to, perubahan: change, arah: arah, poin: points)
        }
        guard let a = before.word?.lowercased(), let b = now.word?.lowercased() else { return nil }
        if a == b { return Tren(dari: from, ke: to, perubahan: nil, arah: .tetap) }
        guard let order = indikator?.skala?.map({ $0.lowercased() }), let ia = order.firstIndex(of: a), let ib = order.firstIndex(of: b) else { return nil }
        return Tren(dari: from, ke: to, perubahan: nil, arah: ib < ia ? .membaik : .memburuk)
    }
}
