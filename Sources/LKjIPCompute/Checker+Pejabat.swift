import LKjIPModel

extension Checker {
    /// One NIP must mean one name, and two near-identical names with different NIPs are
    /// usually one person typed twice (the seed signs as "Haris Sukamto", "Haris Sukanto" and
    /// "Hari Sukamto" with two NIPs).
    static func pejabat(_ data: ReportData) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let people = data.pejabat
        func location(_ index: Int, _ key: String) -> SourceLocation {
            data.sources.location(file: "pejabat.yaml", keyPath: "pejabat[\(index)].\(key)")
        }
        for (index, person) in people.enumerated() {
            let digits = person.nip.filter { !$0.isWhitespace }
            if digits.count != 18 || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                diagnostics.append(Diagnostic(.warning, at: location(index, "nip"),
                                              "NIP \"\(person.nip)\" of \(person.nama) should be 18 digits"))
            }
        }
        for j in people.indices {
            for i in 0..<j {
                let a = people[i], b = people[j]
                let sameNip = normalizedNip(a.nip) == normalizedNip(b.nip)
                let nameA = normalizedName(a.nama), nameB = normalizedName(b.nama)
                if sameNip && nameA != nameB {
                    diagnostics.append(Diagnostic(.error, at: location(j, "nama"),
                                                  "NIP \(IndonesianFormat.nip(b.nip)) is used for \"\(b.nama)\" (pejabat `\(b.id)`) and for \"\(a.nama)\" (pejabat `\(a.id)`); one NIP must have one name"))
                } else if !sameNip && EditDistance.between(nameA, nameB) <= 2 {
                    diagnostics.append(Diagnostic(.warning, at: location(j, "nama"),
                                                  "\"\(b.nama)\" (pejabat `\(b.id)`, NIP \(IndonesianFormat.nip(b.nip))) and \"\(a.nama)\" (pejabat `\(a.id)`, NIP \(IndonesianFormat.nip(a.nip))) are probably the same person; check the name and NIP"))
                }
            }
        }
        return diagnostics
    }

    static func normalizedNip(_ nip: String) -> String {
        nip.filter { !$0.isWhitespace }
    }

    static func normalizedName(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
