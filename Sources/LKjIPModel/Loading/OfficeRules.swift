/// The rules of the parts every kind of office has beyond a Kantor Wilayah's first data: the
/// head of office's own PK and its realisasi, signatories without a NIP, the measured sasaran
/// written under one of two keys, and the office budget as programmes, kegiatan and sub
/// kegiatan with their codes. Like `DataValidator`, references and shapes only; sums are
/// compared in `LKjIPCompute` (`BudgetChecks`).
enum OfficeRules {
    static func check(_ data: ReportData, unreadable: [SourceLocation]) -> [Diagnostic] {
        var rules = Checks(data: data, unreadable: UnreadablePaths(unreadable))
        rules.measuredKeys()
        rules.officeAgreement()
        rules.signatories()
        rules.budgetTree()
        rules.budgetReferences()
        rules.instansi()
        return rules.diagnostics
    }

    private struct Checks {
        let data: ReportData
        let unreadable: UnreadablePaths
        var diagnostics: [Diagnostic] = []

        func isUnreadable(_ file: String, _ keyPath: String) -> Bool { unreadable.contains(file, keyPath) }

        mutating func report(_ severity: Diagnostic.Severity, _ file: String, _ keyPath: String, _ message: String) {
            guard !isUnreadable(file, keyPath) else { return }
            diagnostics.append(Diagnostic(severity, at: data.sources.location(file: file, keyPath: keyPath), message))
        }

        var anggaranFile: String { MarkdownFields.file(data, .anggaran) }

        /// `sasaran` and `sasaran_kegiatan` are one list under two names: exactly one is given.
        mutating func measuredKeys() {
            for pk in data.perjanjian where pk.measuredKeys != 1 {
                if pk.measuredKeys == 0 {
                    report(.error, pk.file, "", "missing required key `sasaran` (the sasaran this agreement promises, with their indicators and targets)")
                } else {
                    report(.error, pk.file, PerjanjianKinerja.legacySasaranKey, "give the sasaran once: `sasaran` and `sasaran_kegiatan` are the same list under two names")
                }
            }
        }

        /// The head of office's own agreement (no `divisi`) is measured as the office's IKU; its
        /// realisasi file has no `divisi` either.
        mutating func officeAgreement() {
            let hasOfficePK = data.perjanjian.contains(where: \.isKantor)
            var seen: String?
            for capaian in data.capaian where capaian.divisi.isEmpty {
                if !hasOfficePK {
                    report(.error, capaian.file, "", "this realisasi file has no `divisi`, so it is the head of office's, but no Perjanjian Kinerja is the head of office's (a pk/ file without `divisi`); give the file its `divisi`")
                }
                if let seen {
                    report(.error, capaian.file, "", "a second realisasi file of the head of office (the first is \(seen)); give each file its `divisi`")
                }
                seen = seen ?? capaian.file
            }
            for pk in data.perjanjian where pk.isKantor && pk.pihakPertama == pk.pihakKedua && !pk.pihakPertama.isEmpty {
                report(.error, pk.file, "pihak_kedua", "the head of office signs the agreement with a superior (Bupati, Wali Kota, Gubernur, Menteri), not with itself")
            }
        }

        /// A political official signs without a NIP; a civil servant who promises targets has one.
        mutating func signatories() {
            let file = MarkdownFields.file(data, .pejabat)
            var promising = Set(data.perjanjian.map(\.pihakPertama))
            promising.insert(data.instansi.kepala)
            for divisi in data.organisasi.divisi { promising.insert(divisi.kepala) }
            for (index, person) in data.pejabat.enumerated() where person.nip == nil && promising.contains(person.id) {
                report(.warning, file, "pejabat[\(index)]", "pejabat `\(person.id)` has no NIP but heads the office or a division; only a political official (Bupati, Wali Kota, Gubernur, Menteri) signs without one")
            }
        }

        /// The office budget's lines: one line per code, each below the line its code extends,
        /// the top lines all of one level, a pagu at every lowest line.
        mutating func budgetTree() {
            let lines = data.anggaran.programKegiatan
            guard !lines.isEmpty else { return }
            let file = anggaranFile
            var first: [String: Int] = [:]
            for (index, line) in lines.enumerated() {
                if let earlier = first[line.kode] {
                    report(.error, file, "program_kegiatan[\(index)].kode", "code \(Escape.inline(line.kode)) is already used by program_kegiatan[\(earlier)]; each line has its own code")
                } else {
                    first[line.kode] = index
                }
            }
            let tree = BudgetTree(lines)
            let topDepth = tree.roots.map { lines[$0].kode.split(separator: ".").count }.min() ?? 0
            for root in tree.roots where lines[root].kode.split(separator: ".").count > topDepth {
                let parent = lines[root].prefixes.first ?? ""
                report(.error, file, "program_kegiatan[\(root)].kode", "no line is the parent of \(Escape.inline(lines[root].kode)): expected a line with the code \(Escape.inline(parent)) (a programme's codes have \(topDepth) parts)")
            }
            for (index, line) in lines.enumerated() where tree.children[index].isEmpty && line.pagu == nil {
                report(.error, file, "program_kegiatan[\(index)]", "missing required key `pagu`: \(Escape.inline(line.kode)) has no lines under it, so its pagu is typed here")
            }
        }

        /// A PK names a line of the office budget by its code; the budget's realisasi is typed
        /// there, not in the division's realisasi file.
        mutating func budgetReferences() {
            let lines = data.anggaran.programKegiatan
            let codes = lines.map(\.kode)
            let known = Set(codes)
            for pk in data.perjanjian {
                for (k, line) in pk.kegiatan.enumerated() {
                    if let kode = line.kode, !lines.isEmpty, !known.contains(kode) {
                        let hint = EditDistance.suggestion(for: kode, in: codes).map { "; did you mean \($0)?" } ?? ""
                        report(.error, pk.file, "kegiatan[\(k)].kode", "code \(Escape.inline(kode)) is not a line of program_kegiatan in \(anggaranFile)\(hint)")
                    }
                    for (r, part) in (line.rincian ?? []).enumerated() {
                        guard let kode = line.kode, known.contains(kode) else {
                            report(.error, pk.file, "kegiatan[\(k)].rincian", "`rincian` names the part of a line of program_kegiatan; give the line's `kode`")
                            break
                        }
                        if !part.hasPrefix(kode + ".") || !known.contains(part) {
                            let under = codes.filter { $0.hasPrefix(kode + ".") }
                            let hint = EditDistance.suggestion(for: part, in: under).map { "; did you mean \($0)?" } ?? ""
                            report(.error, pk.file, "kegiatan[\(k)].rincian[\(r)]", "\(Escape.inline(part)) is not a line under \(Escape.inline(kode)) in program_kegiatan\(hint)")
                        }
                    }
                    // A line given by a code that is not in the budget has its one error above;
                    // asking for its name too would send the clerk to type one.
                    if line.nama.isEmpty && line.kode == nil {
                        report(.error, pk.file, "kegiatan[\(k)]", "missing required key `nama` (only a line named by a kode of \(anggaranFile) program_kegiatan takes its name from there)")
                    }
                }
            }
            for capaian in data.capaian {
                for (a, row) in (capaian.anggaranKegiatan ?? []).enumerated() where known.contains(row.kegiatan) {
                    report(.error, capaian.file, "anggaran_kegiatan[\(a)].kegiatan", "\(Escape.inline(row.kegiatan)) is a line of program_kegiatan in \(anggaranFile): type its realisasi there, once for every PK that lists it")
                }
            }
        }

        mutating func instansi() {
            let file = MarkdownFields.file(data, .instansi)
            for (index, line) in (data.instansi.induk ?? []).enumerated() where line.trimmingWhitespace().isEmpty {
                report(.error, file, "instansi.induk[\(index)]", "an empty line of induk; write the organisation's name")
            }
        }
    }
}

/// The office budget lines as a tree: a line's parent is the nearest line whose code its own
/// extends at a dot. Built once from the flat list, so the file stays a list an officer can
/// copy from a DPA or DIPA printout.
public struct BudgetTree: Sendable {
    /// Index of each line's parent; nil for a top line.
    public let parent: [Int?]
    public let children: [[Int]]
    public let roots: [Int]
    /// Depth of each line: 0 for a programme.
    public let depth: [Int]

    public init(_ lines: [BarisAnggaran]) {
        var index: [String: Int] = [:]
        for (i, line) in lines.enumerated() where index[line.kode] == nil { index[line.kode] = i }
        var parent: [Int?] = []
        var children = Array(repeating: [Int](), count: lines.count)
        var roots: [Int] = []
        for (i, line) in lines.enumerated() {
            // A repeated code is reported by the validator; the repeat hangs nowhere.
            let found = index[line.kode] == i ? line.prefixes.lazy.compactMap { index[$0] }.first : nil
            parent.append(found)
            if let found { children[found].append(i) } else if index[line.kode] == i { roots.append(i) }
        }
        var depth = Array(repeating: 0, count: lines.count)
        // Parents come before children only by convention; resolve depth by walking up, with
        // a bound so that no input loops (a code cannot be its own prefix, but be safe).
        for i in lines.indices {
            var d = 0, current = parent[i]
            while let p = current, d <= lines.count { d += 1; current = parent[p] }
            depth[i] = d
        }
        self.parent = parent
        self.children = children
        self.roots = roots
        self.depth = depth
    }
}
