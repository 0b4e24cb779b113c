/// The rules that need the whole data set but no arithmetic: ids are unique, every
/// reference names something that exists, alternatives are used one at a time, periods and
/// revisions are in order, units cover their division's sasaran exactly once, one NIP has
/// one name. This is the only place such a rule is written; `check`, `build` and `annex`
/// all run it through the loader.
public enum DataValidator {
    /// `earlier` are the diagnostics of reading the files. A value that could not be read is
    /// decoded as a placeholder; a rule about it or about what contains it would judge the
    /// placeholder ("missing target" after "expected a number"), so such a rule stays silent
    /// and each mistake is reported once.
    public static func validate(_ data: ReportData, earlier: [Diagnostic] = []) -> [Diagnostic] {
        let unreadable = earlier.filter { $0.severity == .error }.map(\.location)
        var rules = Rules(data: data, unreadable: unreadable)
        rules.run()
        return rules.diagnostics + OfficeRules.check(data, unreadable: unreadable) + SakipRules.check(data, unreadable: unreadable)
    }
}

private struct Rules {
    let data: ReportData
    var diagnostics: [Diagnostic] = []
    /// Key paths per file whose value could not be read.
    let unreadable: UnreadablePaths

    init(data: ReportData, unreadable: [SourceLocation]) {
        self.data = data
        self.unreadable = UnreadablePaths(unreadable)
    }

    /// True when the value at `keyPath`, or a value inside it, could not be read.
    func isUnreadable(_ file: String, _ keyPath: String) -> Bool { unreadable.contains(file, keyPath) }

    func file(_ kind: DataFileKind) -> String {
        for ext in DataFileKind.extensions where data.sources.texts["\(kind.rawValue).\(ext)"] != nil { return "\(kind.rawValue).\(ext)" }
        return "\(kind.rawValue).yaml"
    }

    mutating func error(_ file: String, _ keyPath: String, _ message: String) {
        guard !isUnreadable(file, keyPath) else { return }
        diagnostics.append(Diagnostic(.error, at: data.sources.location(file: file, keyPath: keyPath), message))
    }

    mutating func warning(_ file: String, _ keyPath: String, _ message: String) {
        guard !isUnreadable(file, keyPath) else { return }
        diagnostics.append(Diagnostic(.warning, at: data.sources.location(file: file, keyPath: keyPath), message))
    }

    /// Duplicate ids; empty ids are placeholders of values already reported.
    mutating func unique(_ ids: [(id: String, keyPath: String)], file: String, what: String) {
        var first: [String: String] = [:]
        for (id, keyPath) in ids where !id.isEmpty {
            if let earlier = first[id] {
                let line = data.sources.location(file: file, keyPath: earlier).line.map { " (first defined at line \($0))" } ?? ""
                error(file, keyPath, "duplicate \(what) id `\(Escape.inline(id))`\(line)")
            } else {
                first[id] = keyPath
            }
        }
    }

    mutating func reference(_ id: String, in known: [String], what: String, file: String, keyPath: String, definedIn: String) {
        if let message = UnknownReference.message(id, in: known, what: what, definedIn: definedIn) { error(file, keyPath, message) }
    }

    mutating func run() {
        pejabat()
        organisasi()
        let pejabatIds = data.pejabat.map(\.id)
        reference(data.instansi.kepala, in: pejabatIds, what: "pejabat", file: file(.instansi), keyPath: "instansi.kepala", definedIn: file(.pejabat))
        perjanjian()
        capaian()
        budgetYears()
    }

    /// A budget table without the report year would end a year early (a directory carried
    /// over by `lkjip init --from` before its new budget row is typed).
    mutating func budgetYears() {
        let year = data.instansi.tahun
        guard !isUnreadable(file(.instansi), "instansi.tahun") else { return }
        // With program_kegiatan the report year is their sum, and so is a unit's whose PK
        // names its budget lines by code.
        let budgetCodes = Set(data.anggaran.programKegiatan.map(\.kode))
        if !data.anggaran.realisasi.isEmpty, budgetCodes.isEmpty, !data.anggaran.realisasi.contains(where: { $0.tahun == year }) {
            warning(file(.anggaran), "realisasi", "the office budget has no row for \(year); BAB III B ends at \(data.anggaran.realisasi.map(\.tahun).max() ?? year)")
        }
        for capaian in data.capaian {
            let fromBudget = data.perjanjian.contains { $0.divisi == capaian.divisi && $0.kegiatan.contains { budgetCodes.contains($0.kode ?? "") } }
            for (u, unit) in capaian.unit.enumerated() where !fromBudget && !unit.anggaran.isEmpty && !unit.anggaran.contains(where: { $0.tahun == year }) {
                warning(capaian.file, "unit[\(u)].anggaran", "table c has no row for \(year); add the pagu and realisasi of \(year)")
            }
        }
    }

    mutating func pejabat() {
        let file = file(.pejabat)
        unique(data.pejabat.enumerated().map { ($1.id, "pejabat[\($0)].id") }, file: file, what: "pejabat")
        // One NIP must mean one name; two near-identical names with different NIPs are
        // usually one person typed twice (the seed signs as "Haris Sukamto", "Haris Sukanto"
        // and "Hari Sukamto").
        let people = data.pejabat
        func name(_ person: Pejabat) -> String { person.nama.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for j in people.indices {
            for i in 0..<j {
                let a = people[i], b = people[j]
                guard let nipA = a.nip.flatMap({ try? NIP($0) }), let nipB = b.nip.flatMap({ try? NIP($0) }) else { continue }
                if nipA == nipB && name(a) != name(b) {
                    error(file, "pejabat[\(j)].nama", "NIP \(nipB.formatted) is used for \"\(Escape.inline(b.nama))\" (pejabat `\(b.id)`) and for \"\(Escape.inline(a.nama))\" (pejabat `\(a.id)`); one NIP must have one name")
                } else if nipA != nipB && EditDistance.between(name(a), name(b)) <= 2 {
                    warning(file, "pejabat[\(j)].nama", "\"\(Escape.inline(b.nama))\" (pejabat `\(b.id)`, NIP \(nipB.formatted)) and \"\(Escape.inline(a.nama))\" (pejabat `\(a.id)`, NIP \(nipA.formatted)) are probably the same person; check the name and NIP")
                }
            }
        }
    }

    mutating func organisasi() {
        let file = file(.organisasi)
        let pejabatIds = data.pejabat.map(\.id)
        unique(data.organisasi.divisi.enumerated().map { ($1.id, "divisi[\($0)].id") }, file: file, what: "divisi")
        for (index, divisi) in data.organisasi.divisi.enumerated() {
            reference(divisi.kepala, in: pejabatIds, what: "pejabat", file: file, keyPath: "divisi[\(index)].kepala", definedIn: self.file(.pejabat))
        }
        if let kinds = data.organisasi.jenisSatker {
            unique(kinds.enumerated().map { ($1.id, "jenis_satker[\($0)].id") }, file: file, what: "jenis satker")
            let known = Satker.jenisKantor.sorted() + kinds.map(\.id)
            for (index, satker) in data.organisasi.satker.enumerated() {
                reference(satker.jenis, in: known, what: "jenis satker", file: file, keyPath: "satker[\(index)].jenis", definedIn: "jenis_satker")
            }
        }
    }

    mutating func perjanjian() {
        let divisiIds = data.organisasi.divisi.map(\.id)
        let pejabatIds = data.pejabat.map(\.id)
        let year = data.instansi.tahun
        var byDivisi: [String: [PerjanjianKinerja]] = [:]
        for pk in data.perjanjian {
            let file = pk.file
            reference(pk.divisi, in: divisiIds, what: "divisi", file: file, keyPath: "divisi", definedIn: self.file(.organisasi))
            reference(pk.pihakPertama, in: pejabatIds, what: "pejabat", file: file, keyPath: "pihak_pertama", definedIn: self.file(.pejabat))
            reference(pk.pihakKedua, in: pejabatIds, what: "pejabat", file: file, keyPath: "pihak_kedua", definedIn: self.file(.pejabat))
            byDivisi[pk.divisi, default: []].append(pk)
            unique(pk.sasaranKegiatan.enumerated().map { ($1.id, "\(pk.sasaranKey)[\($0)].id") }, file: file, what: "sasaran")
            var indikator: [(id: String, keyPath: String)] = []
            for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
                for (i, item) in sasaran.indikator.enumerated() {
                    indikator.append((item.id, "\(pk.sasaranKey)[\(s)].indikator[\(i)].id"))
                    targetRules(item, file: file, keyPath: "\(pk.sasaranKey)[\(s)].indikator[\(i)]")
                }
            }
            var upper: [(id: String, keyPath: String)] = []
            for (key, list) in [("sasaran_strategis", pk.sasaranStrategis), ("sasaran_program", pk.sasaranProgram)] {
                for (s, sasaran) in list.enumerated() {
                    for (i, item) in sasaran.indikator.enumerated() {
                        if (item.target == nil) == (item.targetTeks == nil) {
                            error(file, "\(key)[\(s)].indikator[\(i)]", "give either `target` or `target_teks`")
                        }
                        if let id = item.id { upper.append((id, "\(key)[\(s)].indikator[\(i)].id")) }
                    }
                }
            }
            // IKK, IKP and IKU ids share one name space: a revision names any of them.
            unique(indikator + upper, file: file, what: "indikator")
            let kegiatanIds = pk.kegiatan.compactMap(\.id)
            // A sasaran names its kegiatan by id or by code.
            let kegiatanNames = kegiatanIds + pk.kegiatan.compactMap(\.kode)
            let budgetCodes = Set(data.anggaran.programKegiatan.map(\.kode))
            unique(pk.kegiatan.enumerated().compactMap { index, item in item.id.map { ($0, "kegiatan[\(index)].id") } }, file: file, what: "kegiatan")
            // A line named by a code (known or mistyped: the code's own error says which) takes
            // its amount from anggaran.yaml.
            for (k, item) in pk.kegiatan.enumerated() where !item.isProgram && item.anggaran == nil && (item.kode == nil || budgetCodes.isEmpty) {
                error(file, "kegiatan[\(k)]", "missing required key `anggaran` (Rupiah of this kegiatan; only programme lines and lines named by a kode of anggaran.yaml program_kegiatan are computed)")
            }
            for (s, sasaran) in pk.sasaranKegiatan.enumerated() {
                for (k, id) in (sasaran.kegiatan ?? []).enumerated() {
                    let keyPath = "\(pk.sasaranKey)[\(s)].kegiatan[\(k)]"
                    // A line of the office budget this agreement does not list: say so, rather
                    // than suggesting another code.
                    if !kegiatanNames.contains(id), budgetCodes.contains(id) {
                        error(file, keyPath, "kegiatan `\(Escape.inline(id))` is a line of program_kegiatan in anggaran.yaml but not one of this agreement's `kegiatan`; add `- kode: \"\(Escape.inline(id))\"` to `kegiatan:`")
                        continue
                    }
                    reference(id, in: kegiatanNames, what: "kegiatan", file: file, keyPath: keyPath, definedIn: "kegiatan of this PK")
                }
            }
            let tanggal = try? ISODate(pk.tanggal)
            if let tanggal, !isUnreadable(self.file(.instansi), "instansi.tahun"), !(year - 1...year).contains(tanggal.year) {
                warning(file, "tanggal", "a Perjanjian Kinerja \(year) signed on \(pk.tanggal)? expected a date in \(year - 1) or \(year)")
            }
            revisions(pk, signed: tanggal, kegiatan: kegiatanIds)
        }
        for (divisi, agreements) in byDivisi where agreements.count > 1 {
            periods(divisi, agreements)
        }
    }

    mutating func targetRules(_ item: Indikator, file: String, keyPath: String) {
        let given = [item.target != nil, item.targetTeks != nil, item.targetRentang != nil].filter { $0 }.count
        if given != 1 {
            error(file, keyPath, given == 0 ? "missing target: give one of `target`, `target_teks` or `target_rentang`" : "give only one of `target`, `target_teks` and `target_rentang`")
        }
        if let range = item.targetRentang {
            if range.count != 2 {
                error(file, keyPath + ".target_rentang", "expected two numbers [low, high], found \(range.count)")
            } else if range[0].value > range[1].value {
                error(file, keyPath + ".target_rentang", "the low end \(range[0].yamlText) is above the high end \(range[1].yamlText)")
            }
        }
        if let skala = item.skala {
            guard let word = item.targetTeks else {
                error(file, keyPath + ".skala", "`skala` orders the words of a `target_teks`; this indicator has none")
                return
            }
            if !skala.contains(where: { $0.lowercased() == word.lowercased() }) {
                error(file, keyPath + ".skala", "target_teks \"\(Escape.inline(word))\" is not on the skala: \(skala.map { Escape.inline($0) }.joined(separator: ", "))")
            }
        }
        if item.triwulan != nil, item.target == nil {
            error(file, keyPath + ".triwulan", "quarterly targets need a numeric yearly `target`")
        }
    }

    mutating func revisions(_ pk: PerjanjianKinerja, signed: ISODate?, kegiatan: [String]) {
        let file = pk.file
        var numbers: [Int: Int] = [:]
        var previous: (nomor: Int, date: ISODate)?
        let ikk = Dictionary(pk.sasaranKegiatan.flatMap(\.indikator).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var upper: [String: IndikatorPK] = [:]
        for item in (pk.sasaranStrategis + pk.sasaranProgram).flatMap(\.indikator) {
            if let id = item.id, upper[id] == nil { upper[id] = item }
        }
        let known = Array(ikk.keys).sorted() + upper.keys.sorted()
        for (r, revisi) in (pk.revisi ?? []).enumerated() {
            if let first = numbers[revisi.nomor] {
                error(file, "revisi[\(r)].nomor", "a second Revisi \(revisi.nomor) (the first is revisi[\(first)]); number revisions 1, 2, 3")
            }
            numbers[revisi.nomor] = r
            if let date = try? ISODate(revisi.tanggal) {
                if let signed, date <= signed {
                    error(file, "revisi[\(r)].tanggal", "Revisi \(revisi.nomor) is dated \(revisi.tanggal), not after the agreement it revises (\(pk.tanggal))")
                }
                if let previous, (revisi.nomor > previous.nomor) != (date > previous.date) {
                    error(file, "revisi[\(r)].tanggal", "Revisi \(revisi.nomor) (\(revisi.tanggal)) and Revisi \(previous.nomor) (\(previous.date)) are out of order: a later number needs a later date")
                }
                previous = (revisi.nomor, date)
            }
            for (t, change) in (revisi.target ?? []).enumerated() {
                let keyPath = "revisi[\(r)].target[\(t)]"
                reference(change.indikator, in: known, what: "indikator", file: file, keyPath: keyPath + ".indikator",
                          definedIn: "this PK (an IKU or IKP needs an `id` to be revised)")
                if let item = ikk[change.indikator] {
                    revisedTarget(change, of: item, file: file, keyPath: keyPath)
                } else if let item = upper[change.indikator] {
                    revisedTarget(change, ofUpper: item, file: file, keyPath: keyPath)
                }
            }
            for (a, change) in (revisi.anggaran ?? []).enumerated() {
                reference(change.kegiatan, in: kegiatan, what: "kegiatan", file: file, keyPath: "revisi[\(r)].anggaran[\(a)].kegiatan", definedIn: "this PK (give the kegiatan an id)")
            }
        }
    }

    /// A revision changes a target into one of the same kind: a revision that could not be
    /// applied as written (a `target` for a range-target IKK) would be accepted and then
    /// ignored, leaving a "REVISI" title over unchanged targets.
    mutating func revisedTarget(_ change: PerubahanTarget, of item: Indikator, file: String, keyPath: String) {
        let kind = item.targetRentang != nil ? "target_rentang" : item.targetTeks != nil ? "target_teks" : "target"
        let given = [("target", change.target != nil), ("target_teks", change.targetTeks != nil), ("target_rentang", change.targetRentang != nil)].filter(\.1).map(\.0)
        if given.isEmpty && change.triwulan == nil {
            error(file, keyPath, "this revision of `\(Escape.inline(item.id))` changes nothing: give its new `\(kind)`\(item.triwulan != nil ? " or `triwulan`" : "")")
        }
        for key in given where key != kind {
            error(file, keyPath + "." + key, "indikator `\(Escape.inline(item.id))` has a \(Self.kindName(kind)) (`\(kind)`); its revision gives a new `\(kind)`, not `\(key)`")
        }
        if let range = change.targetRentang {
            if range.count != 2 {
                error(file, keyPath + ".target_rentang", "expected two numbers [low, high], found \(range.count)")
            } else if range[0].value > range[1].value {
                error(file, keyPath + ".target_rentang", "the low end \(range[0].yamlText) is above the high end \(range[1].yamlText)")
            }
        }
        if let word = change.targetTeks, let skala = item.skala, !skala.contains(where: { $0.lowercased() == word.lowercased() }) {
            error(file, keyPath + ".target_teks", "target_teks \"\(Escape.inline(word))\" is not on the skala of `\(Escape.inline(item.id))`: \(skala.map { Escape.inline($0) }.joined(separator: ", "))")
        }
        if change.triwulan != nil, item.triwulan == nil {
            error(file, keyPath + ".triwulan", "indikator `\(Escape.inline(item.id))` has no quarterly targets (`triwulan`) to revise")
        }
    }

    /// An IKU or IKP has a numeric or a word target, and no quarters.
    mutating func revisedTarget(_ change: PerubahanTarget, ofUpper item: IndikatorPK, file: String, keyPath: String) {
        let id = Escape.inline(item.id ?? "")
        let kind = item.targetTeks != nil ? "target_teks" : "target"
        if change.target == nil && change.targetTeks == nil && change.targetRentang == nil && change.triwulan == nil {
            error(file, keyPath, "this revision of `\(id)` changes nothing: give its new `\(kind)`")
        }
        for (key, present) in [("target", change.target != nil), ("target_teks", change.targetTeks != nil), ("target_rentang", change.targetRentang != nil)] where present && key != kind {
            error(file, keyPath + "." + key, "`\(id)` is an IKU/IKP with a \(Self.kindName(kind)) (`\(kind)`); its revision gives a new `\(kind)`, not `\(key)`")
        }
        if change.triwulan != nil {
            error(file, keyPath + ".triwulan", "`\(id)` is an IKU/IKP: it has no quarterly targets to revise")
        }
    }

    static func kindName(_ key: String) -> String {
        switch key {
        case "target_rentang": return "range target"
        case "target_teks": return "word target"
        default: return "numeric target"
        }
    }

    /// Several agreements of one division: each needs a period, within the year, without overlap.
    mutating func periods(_ divisi: String, _ agreements: [PerjanjianKinerja]) {
        var spans: [(ISODate, ISODate, String)] = []
        for pk in agreements {
            guard let periode = pk.periode else {
                error(pk.file, "divisi", "\(divisi.isEmpty ? "the head of office" : "divisi `\(divisi)`") has \(agreements.count) Perjanjian Kinerja (\(agreements.map(\.file).joined(separator: ", "))); each needs a `periode` (mulai, selesai) when the head changed during the year")
                continue
            }
            guard let start = try? ISODate(periode.mulai), let end = try? ISODate(periode.selesai) else { continue }
            if end < start { error(pk.file, "periode.selesai", "the period ends (\(periode.selesai)) before it starts (\(periode.mulai))") }
            if start.year != data.instansi.tahun || end.year != data.instansi.tahun {
                error(pk.file, "periode", "the period must lie within \(data.instansi.tahun)")
            }
            spans.append((start, end, pk.file))
        }
        spans.sort { $0.0 < $1.0 }
        // Each period is compared with the one reaching furthest so far, so an overlap with
        // any earlier period is found, not only with the one just before.
        var furthest: (end: ISODate, file: String)?
        for span in spans {
            if let furthest, span.0 <= furthest.end {
                error(span.2, "periode.mulai", "this period overlaps the one of \(furthest.file)")
            }
            if furthest == nil || span.1 > furthest!.end { furthest = (span.1, span.2) }
        }
    }

    mutating func capaian() {
        let divisiIds = data.organisasi.divisi.map(\.id)
        var seenDivisi: [String: String] = [:]
        for capaian in data.capaian {
            let file = capaian.file
            reference(capaian.divisi, in: divisiIds, what: "divisi", file: file, keyPath: "divisi", definedIn: self.file(.organisasi))
            if let other = seenDivisi[capaian.divisi] {
                error(file, "divisi", "divisi `\(capaian.divisi)` already has a realisasi file: \(other)")
            }
            seenDivisi[capaian.divisi] = file
            let agreements = data.perjanjian.filter { $0.divisi == capaian.divisi }
            guard let pk = agreements.last else {
                if divisiIds.contains(capaian.divisi) {
                    error(file, "divisi", "divisi `\(capaian.divisi)` has no Perjanjian Kinerja (pk/\(capaian.divisi).yaml)")
                }
                continue
            }
            let indikator = pk.sasaranKegiatan.flatMap(\.indikator)
            let ids = indikator.map(\.id)
            var seen: [String: Int] = [:]
            for (k, entry) in capaian.realisasi.enumerated() {
                let keyPath = "realisasi[\(k)]"
                reference(entry.indikator, in: ids, what: "indikator", file: file, keyPath: keyPath + ".indikator", definedIn: "the Perjanjian Kinerja of `\(capaian.divisi)` (\(pk.file))")
                if let first = seen[entry.indikator] {
                    error(file, keyPath + ".indikator", "second realisasi for indikator `\(entry.indikator)` (the first is realisasi[\(first)])")
                }
                seen[entry.indikator] = k
                guard let item = indikator.first(where: { $0.id == entry.indikator }) else { continue }
                realisasiRules(entry, item, file: file, keyPath: keyPath)
            }
            let kegiatanIds = pk.kegiatan.compactMap(\.id) + pk.kegiatan.compactMap(\.kode)
            for (a, row) in (capaian.anggaranKegiatan ?? []).enumerated() {
                reference(row.kegiatan, in: kegiatanIds, what: "kegiatan", file: file, keyPath: "anggaran_kegiatan[\(a)].kegiatan", definedIn: pk.file)
            }
            units(capaian, pk: pk, indikator: ids)
        }
    }

    mutating func realisasiRules(_ entry: Realisasi, _ item: Indikator, file: String, keyPath: String) {
        let sources = [entry.nilai != nil, entry.nilaiTeks != nil, entry.pembilang != nil || entry.penyebut != nil, entry.triwulan != nil].filter { $0 }.count
        if sources > 1 {
            error(file, keyPath, "give the realisasi one way only: `nilai`, `nilai_teks`, `pembilang` with `penyebut`, or `triwulan`")
        }
        if (entry.pembilang == nil) != (entry.penyebut == nil) {
            error(file, keyPath + (entry.pembilang == nil ? ".penyebut" : ".pembilang"), "`pembilang` and `penyebut` go together")
        }
        if let penyebut = entry.penyebut, penyebut.value == 0 {
            error(file, keyPath + ".penyebut", "penyebut is 0: the realisasi pembilang / penyebut cannot be computed")
        }
        // The kind of realisasi follows the kind of target; while the target itself is given
        // two ways (reported at the PK), the realisasi cannot be judged.
        guard [item.target != nil, item.targetTeks != nil, item.targetRentang != nil].filter({ $0 }).count <= 1 else { return }
        if entry.nilaiTeks != nil, item.targetTeks == nil {
            error(file, keyPath + ".nilai_teks", "indikator `\(item.id)` has a numeric target; give `nilai`")
        }
        if item.targetTeks != nil, entry.nilai != nil || entry.pembilang != nil || entry.triwulan != nil {
            error(file, keyPath, "indikator `\(item.id)` has the target \"\(Escape.inline(item.targetTeks ?? ""))\"; give the realisasi as `nilai_teks`")
        }
        if let word = entry.nilaiTeks, let skala = item.skala, !skala.contains(where: { $0.lowercased() == word.lowercased() }) {
            error(file, keyPath + ".nilai_teks", "\"\(Escape.inline(word))\" is not on the skala of `\(item.id)`: \(skala.map { Escape.inline($0) }.joined(separator: ", "))")
        }
        if entry.triwulan != nil, item.triwulan == nil {
            error(file, keyPath + ".triwulan", "indikator `\(item.id)` has no quarterly targets (triwulan); give `nilai`")
        }
    }

    /// BAB III A units: several units must each name their sasaran and together cover the
    /// division's sasaran exactly once; no two units may print the same tables.
    mutating func units(_ capaian: CapaianDivisi, pk: PerjanjianKinerja, indikator: [String]) {
        let file = capaian.file
        let sasaranIds = pk.sasaranKegiatan.map(\.id)
        var coveredBy: [String: Int] = [:]
        var signatures: [String: Int] = [:]
        for (u, unit) in capaian.unit.enumerated() {
            let keyPath = "unit[\(u)]"
            if capaian.unit.count > 1 && unit.sasaran == nil {
                error(file, keyPath, "the division is reported in \(capaian.unit.count) units: give this unit its `sasaran` (ids of \(pk.file): \(sasaranIds.joined(separator: ", ")))")
            }
            if capaian.unit.count > 1 && unit.judul == nil {
                error(file, keyPath, "the division is reported in \(capaian.unit.count) units: give this unit a `judul`")
            }
            for (s, id) in (unit.sasaran ?? []).enumerated() {
                reference(id, in: sasaranIds, what: "sasaran", file: file, keyPath: "\(keyPath).sasaran[\(s)]", definedIn: pk.file)
                guard sasaranIds.contains(id) else { continue }
                if let other = coveredBy[id] {
                    error(file, "\(keyPath).sasaran[\(s)]", "sasaran `\(id)` is already reported in unit[\(other)]\(capaian.unit[other].judul.map { " (\(Escape.inline($0)))" } ?? ""); each sasaran belongs to one unit")
                } else {
                    coveredBy[id] = u
                }
            }
            let signature = (unit.judul ?? "") + "|" + (unit.sasaran ?? sasaranIds).sorted().joined(separator: ",")
            if let other = signatures[signature] {
                error(file, keyPath, "unit[\(u)] would print the same tables as unit[\(other)]: same title and sasaran")
            }
            signatures[signature] = u
            for (r, row) in unit.riwayat.enumerated() {
                linkedRow(row.indikator, nama: row.nama, indikator: indikator, file: file, keyPath: "\(keyPath).riwayat[\(r)]", pk: pk)
            }
            for (r, row) in unit.renstra.enumerated() {
                linkedRow(row.indikator, nama: row.nama, indikator: indikator, file: file, keyPath: "\(keyPath).renstra[\(r)]", pk: pk)
            }
        }
        if capaian.unit.count > 1 || capaian.unit.contains(where: { $0.sasaran != nil }) {
            for id in sasaranIds where coveredBy[id] == nil {
                let index = pk.sasaranKegiatan.firstIndex { $0.id == id } ?? 0
                error(file, "unit", "sasaran `\(id)` (\(Escape.inline(pk.sasaranKegiatan[index].nama.prefix(60).description))…) of \(pk.file) is reported in no unit; add it to a unit's `sasaran`")
            }
        }
    }

    mutating func linkedRow(_ id: String?, nama: String?, indikator: [String], file: String, keyPath: String, pk: PerjanjianKinerja) {
        if let id {
            reference(id, in: indikator, what: "indikator", file: file, keyPath: keyPath + ".indikator", definedIn: pk.file)
        } else if nama == nil {
            error(file, keyPath, "give the row a `nama` or link it to an `indikator`")
        }
    }
}
