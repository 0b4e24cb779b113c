import Foundation
import LKjIPModel

/// The office budget of the report year as a tree (`anggaran.yaml` program_kegiatan), with
/// pagu and realisasi summed from the lowest lines upward. A programme's amount is never
/// typed and trusted: a typed amount on a line with lines under it is kept only to be
/// compared with the sum (`BudgetChecks`).
public struct AnggaranProgram: Equatable, Sendable {
    public let baris: [BarisAnggaranEfektif]

    public static let empty = AnggaranProgram(baris: [])

    init(baris: [BarisAnggaranEfektif]) { self.baris = baris }

    public init(_ lines: [BarisAnggaran]) {
        let tree = BudgetTree(lines)
        var pagu = Array(repeating: Int64?.none, count: lines.count)
        var realisasi = Array(repeating: Int64?.none, count: lines.count)
        var overflow = Array(repeating: false, count: lines.count)
        // Deepest lines first, so that every child is summed before its parent.
        for index in lines.indices.sorted(by: { tree.depth[$0] > tree.depth[$1] }) {
            let children = tree.children[index]
            if children.isEmpty {
                pagu[index] = lines[index].pagu ?? 0
                realisasi[index] = lines[index].realisasi
            } else {
                let sum = CheckedSum.sum(children.map { pagu[$0] ?? 0 })
                overflow[index] = sum == nil
                pagu[index] = sum ?? Int64.max
                let spent = children.map { realisasi[$0] }
                realisasi[index] = spent.contains(nil) ? nil : CheckedSum.sum(spent.compactMap { $0 })
            }
        }
        baris = lines.indices.map { index in
            let hasChildren = !tree.children[index].isEmpty
            return BarisAnggaranEfektif(
                baris: lines[index], index: index, tingkat: tree.depth[index], induk: tree.parent[index],
                pagu: pagu[index] ?? 0, realisasi: realisasi[index],
                paguTertulis: hasChildren ? lines[index].pagu : nil,
                realisasiTertulis: hasChildren ? lines[index].realisasi : nil,
                terlaluBesar: overflow[index])
        }
    }

    public var isEmpty: Bool { baris.isEmpty }

    public func line(kode: String) -> BarisAnggaranEfektif? { baris.first { $0.baris.kode == kode } }

    /// The top lines (programmes).
    public var puncak: [BarisAnggaranEfektif] { baris.filter { $0.induk == nil } }

    public var totalPagu: Int64? { CheckedSum.sum(puncak.map(\.pagu)) }

    /// nil while a lowest line has no realisasi.
    public var totalRealisasi: Int64? {
        let spent = puncak.map(\.realisasi)
        return spent.contains(nil) ? nil : CheckedSum.sum(spent.compactMap { $0 })
    }

    /// Whether `line` lies under `ancestor` (at any depth).
    public func isInside(_ line: BarisAnggaranEfektif, _ ancestor: BarisAnggaranEfektif) -> Bool {
        var current = line.induk
        var steps = 0
        while let index = current, steps <= baris.count {
            if index == ancestor.index { return true }
            current = baris[index].induk
            steps += 1
        }
        return false
    }
}

/// One line of the office budget with its computed amounts.
public struct BarisAnggaranEfektif: Equatable, Sendable {
    public let baris: BarisAnggaran
    /// Position in program_kegiatan, for locating messages.
    public let index: Int
    /// 0 for a programme, 1 for a kegiatan, 2 for a sub kegiatan or output, …
    public let tingkat: Int
    /// Position of the parent line.
    public let induk: Int?
    /// Typed at a lowest line; the sum of the lines under it otherwise.
    public let pagu: Int64
    /// nil while a lowest line under it has none.
    public let realisasi: Int64?
    /// A pagu typed on a line with lines under it: only compared with `pagu`.
    public let paguTertulis: Int64?
    public let realisasiTertulis: Int64?
    /// The lines under it add up to more than lkjip can hold.
    public let terlaluBesar: Bool

    public var serapan: Fraction? { realisasi.flatMap { CapaianCalculator.persen(realisasi: $0, pagu: pagu) } }
}
