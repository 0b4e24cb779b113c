import LKjIPModel

/// Revisions that leave the agreement inconsistent. An IKK is often the same indicator as an
/// IKP or IKU of the agreement (same name, same target); a revision that changes the IKK and
/// not its namesake prints a lampiran where the two disagree ("IKP 85%" beside "IKK 80%").
/// That is a warning at the revision's entry: the namesake may differ on purpose.
enum RevisionChecks {
    static func check(_ report: ComputedReport) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for effective in report.perjanjian {
            let signed = report.data.perjanjian.first { $0.file == effective.perjanjian.file }
            guard let signed, let revisions = signed.revisi, !revisions.isEmpty else { continue }
            for change in effective.perubahan where change.tingkat == .ikk {
                guard let (s, i) = RevisionApplier.position(of: change.id, in: signed) else { continue }
                let before = signed.sasaranKegiatan[s].indikator[i]
                for (level, upper, original) in [("IKU", effective.perjanjian.sasaranStrategis, signed.sasaranStrategis), ("IKP", effective.perjanjian.sasaranProgram, signed.sasaranProgram)] {
                    for (u, sasaran) in upper.enumerated() {
                        for (k, namesake) in sasaran.indikator.enumerated() where Self.sameName(namesake.nama, before.nama) {
                            let was = RevisionApplier.text(original[u].indikator[k]), now = RevisionApplier.text(namesake)
                            // The namesake agreed with the signed IKK and still shows that target.
                            guard was == change.targetAwal, now == was else { continue }
                            let location = Self.entry(of: change.id, nomor: change.nomor, in: revisions).map {
                                report.data.sources.location(file: signed.file, keyPath: $0)
                            } ?? report.data.sources.location(file: signed.file, keyPath: "revisi")
                            diagnostics.append(Diagnostic(.warning, at: location,
                                "Revisi \(IndonesianFormat.roman(change.nomor)) changes the target of IKK `\(change.id)` from \(change.targetAwal) to \(change.targetRevisi), but the \(level) of the same name keeps \(now); revise it too (give it an `id` and a `revisi.target` entry) if it is the same indicator"))
                        }
                    }
                }
            }
        }
        return diagnostics
    }

    /// Names compared as a reader compares them: case and spacing ignored.
    static func sameName(_ a: String, _ b: String) -> Bool {
        func key(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return key(a) == key(b)
    }

    /// The key path of the entry of revision `nomor` that changes `id`.
    static func entry(of id: String, nomor: Int, in revisions: [Revisi]) -> String? {
        for (r, revisi) in revisions.enumerated() where revisi.nomor == nomor {
            if let t = revisi.target?.firstIndex(where: { $0.indikator == id }) { return "revisi[\(r)].target[\(t)]" }
        }
        return nil
    }
}
