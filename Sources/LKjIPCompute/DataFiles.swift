import LKjIPModel

/// Which file each agreement and realisasi came from, for diagnostics. The loader records
/// every file it read in `sources`; `pk/` and `realisasi/` files are loaded in file-name
/// order, so the n-th sorted file is the n-th entry. When the source map does not list them
/// (data built in code) the conventional name `pk/<divisi>.yaml` is assumed.
struct DataFiles {
    let perjanjian: [String]
    let capaian: [String]

    init(_ data: ReportData) {
        let known = Set(data.sources.locations.values.map(\.file))
        perjanjian = Self.files(known, folder: "pk/", count: data.perjanjian.count) ?? data.perjanjian.map { "pk/\($0.divisi).yaml" }
        capaian = Self.files(known, folder: "realisasi/", count: data.capaian.count) ?? data.capaian.map { "realisasi/\($0.divisi).yaml" }
    }

    private static func files(_ known: Set<String>, folder: String, count: Int) -> [String]? {
        let files = known.filter { $0.hasPrefix(folder) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
        return files.count == count ? files : nil
    }
}
