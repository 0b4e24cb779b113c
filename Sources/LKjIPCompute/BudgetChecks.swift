import Foundation
import LKjIPModel

/// The budget tables of a report checked against each other (issue 21, item 4). A report
/// prints the same Rupiah in several tables: the PK's budget table, the office budget
/// (`anggaran.yaml`), each unit's table c, the kegiatan behind each sasaran. Each rule here
/// compares two of them and points at the line to correct:
///
/// - a total given by hand and by the lines under it must agree (a programme line of a PK,
///   a parent line of `program_kegiatan`, the office's report-year row), after revisions too:
///   error;
/// - a PK line named by its code against the budget file: error;
/// - the PK totals against the office pagu of the report year (the head of office's PK lists
///   the whole budget; the divisions' together cannot exceed it): warning;
/// - the kegiatan behind a unit against the unit's row of table c: warning, since table c
///   may hold more than the PK's kegiatan;
/// - realisasi above pagu, with the percentage: warning (a data error or a revision not
///   recorded).
public enum BudgetChecks {
    public static func check(_ report: ComputedReport) -> [Diagnostic] {
        var checks = Checks(report: report)
        checks.agreementLines()
        checks.budgetTree()
        checks.officeYear()
        checks.agreementTotals()
        checks.units()
        checks.aboveCeiling()
        return checks.diagnostics
    }

    private struct Checks {
        let report: ComputedReport
        var diagnostics: [Diagnostic] = []

        var data: ReportData { report.data }
        var tahun: Int { data.instansi.tahun }
        var anggaranFile: String { MarkdownFields.file(data, .anggaran) }

        mutating func add(_ severity: Diagnostic.Severity, _ file: String, _ keyPath: String, _ message: String) {
            diagnostics.append(Diagnostic(severity, at: data.sources.location(file: file, keyPath: keyPath), message))
        }

        func rp(_ amount: Int64) -> String { IndonesianFormat.rupiah(amount) }

        /// A PK's programme line says what its kegiatan add up to (a revision that changed a
        /// kegiatan would otherwise leave a signed total that does not add up); a line named
        /// by its code says what the budget file says.
        mutating func agreementLines() {
            for pk in report.perjanjian {
                let revised = pk.revisi != nil ? " after the revisions" : ""
                for (index, line) in pk.kegiatan.enumerated() {
                    guard let typed = line.anggaranTertulis, typed != line.anggaran else { continue }
                    if line.dariAnggaran {
                        add(.error, pk.perjanjian.file, "kegiatan[\(index)].anggaran",
                            "the PK says \(rp(typed)) for \(Escape.inline(line.kegiatan.kode ?? "")) but \(anggaranFile) program_kegiatan says \(rp(line.anggaran))\(revised); remove the amount (it comes from the budget file) or correct one of them")
                    } else {
                        add(.error, pk.perjanjian.file, "kegiatan[\(index)].anggaran",
                            "the programme line says \(rp(typed)) but its kegiatan add up to \(rp(line.anggaran))\(revised); remove the amount (it is computed) or correct it")
                    }
                }
            }
        }

        /// A parent line of program_kegiatan given both by hand and by the lines under it.
        mutating func budgetTree() {
            for line in report.program.baris {
                let keyPath = "program_kegiatan[\(line.index)]"
                if line.terlaluBesar {
                    add(.error, anggaranFile, keyPath, "the lines under \(Escape.inline(line.baris.kode)) add up to more than lkjip can hold; check their pagu")
                    continue
                }
                if let typed = line.paguTertulis, typed != line.pagu {
                    add(.error, anggaranFile, keyPath + ".pagu",
                        "\(Escape.inline(line.baris.kode)) says a pagu of \(rp(typed)) but the lines under it add up to \(rp(line.pagu)); remove the pagu (it is computed) or correct the lines")
                }
                if let typed = line.realisasiTertulis, let sum = line.realisasi, typed != sum {
                    add(.error, anggaranFile, keyPath + ".realisasi",
                        "\(Escape.inline(line.baris.kode)) says a realisasi of \(rp(typed)) but the lines under it add up to \(rp(sum)); remove it (it is computed) or correct the lines")
                }
            }
        }

        /// The office's report-year row beside the programmes it sums.
        mutating func officeYear() {
            guard !report.program.isEmpty, let pagu = report.program.totalPagu else { return }
            for (index, row) in data.anggaran.realisasi.enumerated() where row.tahun == tahun {
                if row.pagu != pagu {
                    add(.error, anggaranFile, "realisasi[\(index)].pagu",
                        "the pagu of \(tahun) is typed as \(rp(row.pagu)) but program_kegiatan adds up to \(rp(pagu)); leave the row of \(tahun) out (it is computed) or correct one of them")
                }
                if let spent = report.program.totalRealisasi, row.realisasi != spent {
                    add(.error, anggaranFile, "realisasi[\(index)].realisasi",
                        "the realisasi of \(tahun) is typed as \(rp(row.realisasi)) but program_kegiatan adds up to \(rp(spent)); leave the row of \(tahun) out (it is computed) or correct one of them")
                }
            }
        }

        /// The PKs measured in BAB III against the office pagu of the report year.
        mutating func agreementTotals() {
            guard let year = data.anggaran.realisasi.firstIndex(where: { $0.tahun == tahun }).map({ data.anggaran.realisasi[$0] })
                    ?? report.anggaranKantor.last(where: { $0.tahun == tahun }).map({ AnggaranTahun(tahun: $0.tahun, pagu: $0.pagu, realisasi: $0.realisasi) }) else { return }
            if let head = report.kantor?.perjanjian, !head.kegiatan.isEmpty, head.totalAnggaran != year.pagu {
                add(.warning, head.perjanjian.file, "kegiatan",
                    "the head of office's PK lists \(rp(head.totalAnggaran)) but the office pagu of \(tahun) is \(rp(year.pagu)) (\(anggaranFile)); the head of office's agreement covers the whole budget: list every programme, or record the change as a revisi")
            }
            let divisions = report.divisi.map(\.perjanjian)
            if let sum = CheckedSum.sum(divisions.map(\.totalAnggaran)), sum > year.pagu, let last = divisions.last {
                add(.warning, last.perjanjian.file, "kegiatan",
                    "the divisions' PKs together list \(rp(sum)), more than the office pagu of \(tahun), \(rp(year.pagu)) (\(anggaranFile)); a kegiatan is listed twice, or an amount is mistyped")
            }
        }

        /// Each unit's kegiatan against its row of table c for the report year.
        mutating func units() {
            for divisi in report.measured {
                guard let capaian = data.capaian.first(where: { $0.divisi == divisi.divisi.id }) else { continue }
                for (u, unit) in divisi.units.enumerated() {
                    guard let k = unit.unit.anggaran.firstIndex(where: { $0.tahun == tahun }) else { continue }
                    let row = unit.unit.anggaran[k]
                    var lines: [KegiatanEfektif] = []
                    for line in unit.sasaran.flatMap(\.kegiatan) where !lines.contains(where: { $0.kegiatan == line.kegiatan }) { lines.append(line) }
                    if lines.isEmpty, divisi.units.count == 1 { lines = divisi.perjanjian.kegiatan }
                    let counted = ReportComputer.counted(lines, program: report.program)
                    guard !counted.isEmpty, let pagu = CheckedSum.sum(counted.map(\.anggaran)) else { continue }
                    let keyPath = "unit[\(u)].anggaran[\(k)]"
                    let whose = unit.unit.judul.map { "\(Escape.inline($0))" } ?? (divisi.divisi.id.isEmpty ? "the office" : divisi.divisi.nama)
                    let fromBudget = counted.allSatisfy(\.dariAnggaran)
                    if fromBudget ? pagu != row.pagu : pagu > row.pagu {
                        add(.warning, capaian.file, keyPath + ".pagu",
                            "table c of \(whose) has a pagu of \(rp(row.pagu)) for \(tahun), but its kegiatan in the PK add up to \(rp(pagu))\(fromBudget ? " (\(anggaranFile) program_kegiatan); leave the year out (it is computed) or correct it" : "; a unit cannot list more than its budget")")
                    }
                    if counted.allSatisfy({ $0.realisasi != nil }), let spent = CheckedSum.sum(counted.compactMap(\.realisasi)),
                       fromBudget ? spent != row.realisasi : spent > row.realisasi {
                        add(.warning, capaian.file, keyPath + ".realisasi",
                            "table c of \(whose) has a realisasi of \(rp(row.realisasi)) for \(tahun), but the realisasi of its kegiatan add up to \(rp(spent))\(fromBudget ? " (\(anggaranFile) program_kegiatan); leave the year out (it is computed) or correct it" : "")")
                    }
                }
            }
        }

        /// Spending above the pagu is possible only through a data error or an unrecorded
        /// revision: every yearly row, every kegiatan with a reported realisasi, every lowest
        /// line of the office budget.
        mutating func aboveCeiling() {
            func over(_ realisasi: Int64, _ pagu: Int64) -> String {
                IndonesianFormat.persenAnggaran(CapaianCalculator.persen(realisasi: realisasi, pagu: pagu))
            }
            for (index, year) in data.anggaran.realisasi.enumerated() where year.realisasi > year.pagu {
                add(.warning, anggaranFile, "realisasi[\(index)].realisasi",
                    "realisasi \(rp(year.realisasi)) of \(year.tahun) exceeds the pagu \(rp(year.pagu)) (\(over(year.realisasi, year.pagu)))")
            }
            for capaian in data.capaian {
                for (u, unit) in capaian.unit.enumerated() {
                    for (index, year) in unit.anggaran.enumerated() where year.realisasi > year.pagu {
                        add(.warning, capaian.file, "unit[\(u)].anggaran[\(index)].realisasi",
                            "realisasi \(rp(year.realisasi)) of \(year.tahun) exceeds the pagu \(rp(year.pagu)) (\(over(year.realisasi, year.pagu)))")
                    }
                }
                for (a, row) in (capaian.anggaranKegiatan ?? []).enumerated() {
                    guard let pk = report.perjanjian.last(where: { $0.perjanjian.divisi == capaian.divisi }),
                          let line = pk.kegiatan.first(where: { !$0.dariAnggaran && !$0.kegiatan.isProgram && $0.kegiatan.isNamed(row.kegiatan) }),
                          row.realisasi > line.anggaran else { continue }
                    add(.warning, capaian.file, "anggaran_kegiatan[\(a)].realisasi",
                        "kegiatan \(Escape.inline(row.kegiatan)) spent \(rp(row.realisasi)), above its anggaran of \(rp(line.anggaran)) in \(pk.perjanjian.file) (\(over(row.realisasi, line.anggaran)))")
                }
            }
            let tree = BudgetTree(data.anggaran.programKegiatan)
            for line in report.program.baris where tree.children[line.index].isEmpty {
                guard let spent = line.realisasi, spent > line.pagu else { continue }
                add(.warning, anggaranFile, "program_kegiatan[\(line.index)].realisasi",
                    "\(Escape.inline(line.baris.kode)) spent \(rp(spent)), above its pagu of \(rp(line.pagu)) (\(over(spent, line.pagu)))")
            }
        }
    }
}
