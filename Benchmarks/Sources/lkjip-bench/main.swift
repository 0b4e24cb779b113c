import Dispatch
import Foundation
import LKjIP
import LKjIPCompute
import LKjIPDocument
import LKjIPDocx
import LKjIPHTML
import LKjIPLayout
import LKjIPModel
import LKjIPReport
import LKjIPTemplates
import ZIPFoundation

/// lkjip's benchmark: `lkjip-bench --help` lists the modes. Every mode measures what it
/// compares side by side in one run (interleaved, so that the drift of a shared machine hits
/// both sides alike) and prints a Markdown table with the targets of issue 25. Run through
/// Benchmarks/run.sh (release build).

let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let example = repository.appendingPathComponent("examples/sumbar-2023")
let templates = repository.appendingPathComponent("templates")
let assets = repository.appendingPathComponent("assets")
let arguments = CommandLine.arguments

/// The value after `name` on the command line.
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

let usage = """
    lkjip-bench: lkjip's benchmark (run from the repository root, after `swift build -c release`).

    Modes:
      --compile            (default) the compile without LibreOffice: one report in-process and as a
                           whole `lkjip build --no-layout` process, against pandoc on the same content and
                           against `gzip -6` of the report's own document.xml; peak memory; scaling with
                           the number of indicators
      --layout             with LibreOffice: `lkjip build` (page numbers) against `soffice --convert-to pdf`
                           of its own .docx, cold; the same with --format pdf; `lkjip lint`; N reports in
                           one `lkjip build` (per report after the first)
      --stages [--scale N] the time of each stage of one report in-process (N× the indicators)
      --batches            also 100 and 1.000 synthetic reports in-process on both cores (--compile)
      --help               this text

    Options:
      --lkjip PATH         the lkjip to measure (default .build/release/lkjip; e.g. a --static-swift-stdlib build)
      --baseline PATH      an earlier lkjip binary, measured side by side with it
      --runs N             repetitions of each LibreOffice measurement (default 3; medians are printed)
      --reports N          reports in the batch of --layout (default 20)
      --pandoc PATH        pandoc to compare with (default: LKJIP_PANDOC, then pandoc on PATH)
    """

/// The lkjip under test: `--lkjip PATH`, else this checkout's release build.
let executable = option("--lkjip").map { URL(fileURLWithPath: $0, relativeTo: repository).standardizedFileURL }
    ?? repository.appendingPathComponent(".build/release/lkjip")

if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func milliseconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1_000_000 }
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func percentile90(_ values: [Double]) -> Double { values.sorted()[min(values.count - 1, Int(Double(values.count) * 0.9))] }
func peakKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}
func format(_ value: Double, _ decimals: Int = 1) -> String { String(format: "%.\(decimals)f", value) }

let renderer = try TemplateRenderer(directory: templates, assets: [assets])

/// The whole pipeline in-process from loaded data to the two files' bytes: compute, every
/// check, templates, layout, both writers (no LibreOffice pass).
func compile(_ data: ReportData) throws -> (Data, Data) {
    let computed = ReportComputer.compute(data)
    _ = Checker.check(computed.report)
    var document = try ReportDocuments.report(computed.report, renderer: renderer)
    DocumentLayout.apply(&document)
    return (try DocxWriter.write(document), Data(HTMLWriter.write(document).utf8))
}

func load() throws -> ReportData { try ReportLoader.loadOrThrow(directory: example, assets: assets) }

/// The example with every division's indicators repeated `factor` times: the originals keep
/// their ids (so the narrative's figure citations still resolve), the copies get new ones.
func scaled(_ data: ReportData, factor: Int) -> ReportData {
    guard factor > 1 else { return data }
    var copy = data
    for index in copy.perjanjian.indices {
        let original = copy.perjanjian[index].sasaranKegiatan
        copy.perjanjian[index].sasaranKegiatan = (0..<factor).flatMap { round in
            original.map { sasaran -> LKjIPModel.Sasaran in
                var item = sasaran
                guard round > 0 else { return sasaran }
                item.id = "\(sasaran.id)-r\(round)"
                item.kode = nil
                item.indikator = sasaran.indikator.map { var indikator = $0; indikator.id = "\($0.id)-r\(round)"; return indikator }
                return item
            }
        }
    }
    for index in copy.capaian.indices {
        let original = copy.capaian[index].realisasi
        copy.capaian[index].realisasi = (0..<factor).flatMap { round in original.map { var item = $0; if round > 0 { item.indikator = "\($0.indikator)-r\(round)" }; return item } }
        copy.capaian[index].unit = copy.capaian[index].unit.map { var unit = $0; unit.sasaran = unit.sasaran.map { ids in (0..<factor).flatMap { round in ids.map { round > 0 ? "\($0)-r\(round)" : $0 } } }; return unit }
    }
    return copy
}

/// Report `index` of a synthetic batch: another office code and slightly different realisasi.
func variant(_ data: ReportData, _ index: Int) -> ReportData {
    var copy = data
    copy.instansi.kode = "Satker-\(index)"
    for division in copy.capaian.indices {
        copy.capaian[division].realisasi = copy.capaian[division].realisasi.map { item in
            var changed = item
            let factor = Decimal(90 + index % 20) / 100
            changed.nilai = item.nilai.map { Nilai(Rounding.halfUp($0.value * factor, decimals: 2), decimals: 2) }
            return changed
        }
    }
    return copy
}

func runProcess(_ path: String, _ arguments: [String], environment: [String: String]? = nil) -> (Double, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = repository
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = now()
    try? process.run()
    process.waitUntilExit()
    return (milliseconds(now() - start), process.terminationStatus)
}

/// A program on PATH.
func onPath(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

let data = try load()

if arguments.contains("--single") {
    _ = try compile(data)
    print(peakKiB())
    exit(0)
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

let baseline = option("--baseline").map { URL(fileURLWithPath: $0, relativeTo: repository).standardizedFileURL.path }
if let baseline, !FileManager.default.isExecutableFile(atPath: baseline) {
    print("--baseline \(baseline): not an executable")
    exit(64)
}
/// The binaries measured side by side: this build first, then the baseline.
let binaries: [(name: String, path: String)] = [("this build", executable.path)] + (baseline.map { [("baseline", $0)] } ?? [])

let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
func met(_ ok: Bool) -> String { ok ? "yes" : "no" }

/// Runs each of `measurements` `rounds` times, interleaved (a, b, c, a, b, c, …), and returns
/// the times of each.
func interleaved(_ rounds: Int, _ measurements: [() -> Double]) -> [[Double]] {
    var times = Array(repeating: [Double](), count: measurements.count)
    for _ in 0..<rounds {
        for (index, measure) in measurements.enumerated() { times[index].append(measure()) }
    }
    return times
}

/// Peak resident memory of a finished child process, from wait4.
func childPeakKiB(_ path: String, _ arguments: [String]) -> Int {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = repository
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    var usage = rusage()
    do { try process.run() } catch { return 0 }
    var status: Int32 = 0
    wait4(process.processIdentifier, &status, 0, &usage)
    return usage.ru_maxrss
}

// MARK: - Stages

if arguments.contains("--stages") {
    let scaleFactor = option("--scale").flatMap(Int.init) ?? 1
    _ = try compile(data)
    var stages: [(String, Double)] = []
    var t = now()
    let loaded = scaled(try load(), factor: scaleFactor); stages.append(("load + validate", milliseconds(now() - t))); t = now()
    let computed = ReportComputer.compute(loaded); stages.append(("compute", milliseconds(now() - t))); t = now()
    _ = Checker.check(computed.report); stages.append(("checks", milliseconds(now() - t))); t = now()
    _ = try TemplateRenderer(directory: templates, assets: [assets]); stages.append(("template parsing", milliseconds(now() - t))); t = now()
    var document = try ReportDocuments.report(computed.report, renderer: renderer); stages.append(("typed blocks + templates -> document", milliseconds(now() - t))); t = now()
    DocumentLayout.apply(&document); stages.append(("layout pass", milliseconds(now() - t))); t = now()
    _ = try DocxWriter.write(document); stages.append(("DOCX writer", milliseconds(now() - t))); t = now()
    _ = HTMLWriter.write(document); stages.append(("HTML writer", milliseconds(now() - t)))
    print(stages.map { "\($0.0): \(format($0.1)) ms" }.joined(separator: "\n"))
    exit(0)
}

print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu); \(date); release build")
print("")

// MARK: - With LibreOffice

if arguments.contains("--layout") {
    guard let soffice = onPath("soffice") ?? onPath("libreoffice"), onPath("pdfinfo") != nil else {
        print("--layout needs LibreOffice (soffice) and poppler (pdfinfo)")
        exit(1)
    }
    let runs = option("--runs").flatMap(Int.init) ?? 3
    let reports = max(2, option("--reports").flatMap(Int.init) ?? 20)
    // The report's own .docx, and a LibreOffice profile made once (so that every conversion
    // below starts LibreOffice cold, with a profile that needs no first-start restart).
    let reference = scratch.appendingPathComponent("reference")
    precondition(runProcess(executable.path, ["build", example.path, "-o", reference.path]).1 == 0, "lkjip build failed")
    let docx = try FileManager.default.contentsOfDirectory(atPath: reference.path).first { $0.hasSuffix(".docx") }.map { reference.appendingPathComponent($0) }!
    let profile = "-env:UserInstallation=file://" + scratch.appendingPathComponent("soffice-profile").path
    let converted = scratch.appendingPathComponent("converted")
    func convert() -> Double { runProcess(soffice, [profile, "--headless", "--convert-to", "pdf", "--outdir", converted.path, docx.path]).0 }
    _ = convert()
    var measurements: [() -> Double] = [convert]
    for (index, binary) in binaries.enumerated() {
        let out = scratch.appendingPathComponent("out-\(index)")
        measurements.append { runProcess(binary.path, ["build", example.path, "-o", out.appendingPathComponent("build").path]).0 }
        measurements.append { runProcess(binary.path, ["build", example.path, "-o", out.appendingPathComponent("pdf").path, "--format", "docx,html,pdf"]).0 }
        measurements.append { runProcess(binary.path, ["lint", example.path, "-o", out.appendingPathComponent("lint").path]).0 }
    }
    let times = interleaved(runs, measurements).map(median)
    // N reports: the example with N office codes, in one `lkjip build`, against one of them alone.
    var directories: [String] = []
    for index in 1...reports {
        let copy = scratch.appendingPathComponent("data-\(index)")
        try FileManager.default.copyItem(at: example, to: copy)
        let instansi = copy.appendingPathComponent("instansi.yaml")
        let text = try String(contentsOf: instansi, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "kode: Kanwil-Sumbar", with: "kode: Satker-\(index)").utf8).write(to: instansi)
        directories.append(copy.path)
    }
    var batches: [(one: Double, all: Double)] = []
    for (index, binary) in binaries.enumerated() {
        let out = scratch.appendingPathComponent("batch-\(index)")
        let one = runProcess(binary.path, ["build", directories[0], "-o", out.appendingPathComponent("one").path]).0
        let all = runProcess(binary.path, ["build"] + directories + ["-o", out.appendingPathComponent("all").path]).0
        batches.append((one, all))
    }
    let header = binaries.map(\.name).joined(separator: " | ")
    print("| measurement (median of \(runs), interleaved) | \(header) | target | met |")
    print("|---|\(binaries.map { _ in "---|" }.joined())---|---|")
    let sofficeTime = times[0]
    func row(_ name: String, _ values: [String], _ target: String, _ ok: Bool?) {
        print("| \(name) | \(values.joined(separator: " | ")) | \(target) | \(ok.map(met) ?? "") |")
    }
    row("`soffice --convert-to pdf` of the report's own .docx, cold", binaries.map { _ in "\(format(sofficeTime / 1000, 2)) s" }, "", nil)
    let build = binaries.indices.map { times[1 + 3 * $0] }
    let pdf = binaries.indices.map { times[2 + 3 * $0] }
    let lint = binaries.indices.map { times[3 + 3 * $0] }
    row("`lkjip build` with page numbers (docx + html)", build.map { "\(format($0 / 1000, 2)) s (\(format($0 / sofficeTime, 2)) × soffice)" }, "≤ 1,5 × soffice", build[0] / sofficeTime <= 1.5)
    row("`lkjip build --format docx,html,pdf`", pdf.map { "\(format($0 / 1000, 2)) s (\(format($0 / sofficeTime, 2)) × soffice)" }, "≤ 1,6 × soffice", pdf[0] / sofficeTime <= 1.6)
    row("`lkjip lint` (report and annexes)", binaries.indices.map { "\(format(lint[$0] / 1000, 2)) s (\(format(lint[$0] / build[$0], 2)) × build)" }, "≤ 1,2 × build", lint[0] / build[0] <= 1.2)
    row("one report alone (`lkjip build`, once)", batches.map { "\(format($0.one / 1000, 2)) s" }, "", nil)
    row("\(reports) reports in one `lkjip build` (once)", batches.map { "\(format($0.all / 1000, 2)) s" }, "", nil)
    let perReport = batches.map { ($0.all - $0.one) / Double(reports - 1) }
    row("per report after the first", perReport.map { "\(format($0 / 1000, 2)) s" }, "≤ 1,3 s", perReport[0] <= 1300)
    exit(0)
}

// MARK: - The compile

for _ in 0..<3 { _ = try compile(data) }
var inProcess: [Double] = []
for _ in 0..<30 {
    let start = now()
    let (docx, html) = try compile(try load())
    inProcess.append(milliseconds(now() - start))
    precondition(!docx.isEmpty && !html.isEmpty)
}

// Whole processes, interleaved: each binary, pandoc, gzip.
let (sampleDocx, _) = try compile(data)
let documentXML = scratch.appendingPathComponent("document.xml")
do {
    let archive = try Archive(data: sampleDocx, accessMode: .read)
    guard let entry = archive["word/document.xml"] else { fatalError("no word/document.xml") }
    var xml = Data()
    _ = try archive.extract(entry) { xml.append($0) }
    try xml.write(to: documentXML)
}
let documentXMLBytes = (try? FileManager.default.attributesOfItem(atPath: documentXML.path)[.size] as? Int) ?? 0
let markdown = scratch.appendingPathComponent("sumbar.md")
try Data(MarkdownWriter.write(try ReportDocuments.report(ReportComputer.compute(data).report, renderer: renderer)).utf8).write(to: markdown)
let pandocPath = option("--pandoc") ?? ProcessInfo.processInfo.environment["LKJIP_PANDOC"] ?? onPath("pandoc")
let gzipPath = onPath("gzip")
var processes: [() -> Double] = binaries.enumerated().map { index, binary in
    { runProcess(binary.path, ["build", example.path, "--no-layout", "-o", scratch.appendingPathComponent("process-\(index)").path]).0 }
}
if let pandocPath { processes.append { runProcess(pandocPath, [markdown.path, "-o", scratch.appendingPathComponent("pandoc.docx").path]).0 } }
if let gzipPath { processes.append { runProcess(gzipPath, ["-6", "-c", documentXML.path]).0 } }
for measure in processes { _ = measure() }
let processTimes = interleaved(10, processes).map(median)
let whole = Array(processTimes.prefix(binaries.count))
let pandoc = pandocPath == nil ? nil : processTimes[binaries.count]
let gzip = gzipPath == nil ? nil : processTimes.last

// Peak memory.
let single = Process()
single.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
single.arguments = ["--single"]
single.currentDirectoryURL = repository
let pipe = Pipe()
single.standardOutput = pipe
try single.run()
let singleOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
single.waitUntilExit()
let singlePeakKiB = Int(singleOutput.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
let processPeaks = binaries.enumerated().map { index, binary in
    childPeakKiB(binary.path, ["build", example.path, "--no-layout", "-o", scratch.appendingPathComponent("peak-\(index)").path])
}

let header = binaries.map(\.name).joined(separator: " | ")
print("| measurement | \(header) | target | met |")
print("|---|\(binaries.map { _ in "---|" }.joined())---|---|")
func row(_ name: String, _ values: [String], _ target: String = "", _ ok: Bool? = nil) {
    print("| \(name) | \(values.joined(separator: " | ")) | \(target) | \(ok.map(met) ?? "") |")
}
let inMedian = median(inProcess)
row("one report in-process, docx + html (median / p90 of 30)", ["\(format(inMedian)) ms / \(format(percentile90(inProcess))) ms"] + binaries.dropFirst().map { _ in "" })
row("whole `lkjip build --no-layout` process, docx + html (median of 10, interleaved)", whole.map { "\(format($0)) ms" })
if let pandoc {
    row("pandoc, same content Markdown → .docx (median of 10)", binaries.map { _ in "\(format(pandoc)) ms" })
    row("pandoc ÷ lkjip (whole process)", whole.map { "\(format(pandoc / $0)) ×" }, "≥ 10 ×", pandoc / whole[0] >= 10)
} else {
    row("pandoc", binaries.map { _ in "not found (--pandoc PATH)" })
}
if let gzip {
    row("`gzip -6` of its own document.xml (\(format(Double(documentXMLBytes) / 1024 / 1024, 2)) MiB; median of 10)", binaries.map { _ in "\(format(gzip)) ms" })
    row("lkjip (whole process) ÷ that floor", whole.map { "\(format($0 / gzip)) ×" }, "≤ 3 ×", whole[0] / gzip <= 3)
}
row("peak memory, one report in-process", ["\(format(Double(singlePeakKiB) / 1024)) MiB"] + binaries.dropFirst().map { _ in "" }, "≤ 64 MiB", singlePeakKiB <= 64 * 1024)
row("peak memory, `lkjip build --no-layout` process", processPeaks.map { "\(format(Double($0) / 1024)) MiB" }, "≤ 64 MiB", processPeaks[0] <= 64 * 1024)

// Scaling with the number of indicators (in-process).
let indicatorCount = data.perjanjian.reduce(0) { $0 + $1.sasaranKegiatan.reduce(0) { $0 + $1.indikator.count } }
var scaling: [(Int, Double)] = []
for factor in [1, 10, 100] {
    let big = scaled(data, factor: factor)
    _ = try compile(big)
    var times: [Double] = []
    for _ in 0..<(factor == 100 ? 3 : 5) {
        let start = now()
        _ = try compile(big)
        times.append(milliseconds(now() - start))
    }
    scaling.append((factor, median(times)))
}
for (factor, time) in scaling {
    row("\(factor)× indicators (\(indicatorCount * factor)), in-process", ["\(format(time)) ms (\(format(time / scaling[0].1)) × of 1×)"] + binaries.dropFirst().map { _ in "" }, factor == 100 ? "≤ 110 ×" : "", factor == 100 ? time / scaling[0].1 <= 110 : nil)
}

// Batches on both cores, writing the files (in-process).
if arguments.contains("--batches") {
    func batch(_ count: Int) throws -> Double {
        let folder = scratch.appendingPathComponent("batch-\(count)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = now()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: count, by: 2) {
                guard let (docx, html) = try? compile(variant(data, index)) else { fatalError("report \(index) failed") }
                try? docx.write(to: folder.appendingPathComponent("LKjIP-\(index).docx"))
                try? html.write(to: folder.appendingPathComponent("LKjIP-\(index).html"))
            }
        }
        let elapsed = milliseconds(now() - start)
        try? FileManager.default.removeItem(at: folder)
        return elapsed
    }
    for count in [100, 1000] {
        row("\(count) reports in-process, 2 cores", ["\(format(try batch(count) / 1000, 2)) s"] + binaries.dropFirst().map { _ in "" })
    }
    row("peak memory after the batches", ["\(format(Double(peakKiB()) / 1024)) MiB"] + binaries.dropFirst().map { _ in "" })
}
