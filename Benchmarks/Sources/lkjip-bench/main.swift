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

/// lkjip's benchmark: one run measures single-report latency (in-process and as a process),
/// batches on both cores, peak memory, scaling with the number of indicators, and pandoc on
/// the same content. Run through Benchmarks/run.sh (release build); prints a Markdown table.

let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let example = repository.appendingPathComponent("examples/sumbar-2023")
let templates = repository.appendingPathComponent("templates")
let assets = repository.appendingPathComponent("assets")
let executable = repository.appendingPathComponent(".build/release/lkjip")

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

func runProcess(_ path: String, _ arguments: [String]) -> (Double, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = now()
    try? process.run()
    process.waitUntilExit()
    return (milliseconds(now() - start), process.terminationStatus)
}

let data = try load()

if CommandLine.arguments.contains("--single") {
    _ = try compile(data)
    print(peakKiB())
    exit(0)
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lkjip-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

// 1. One report in-process, with a stage breakdown of the median run.
let quickStages = CommandLine.arguments.contains("--stages")
for _ in 0..<(quickStages ? 1 : 3) { _ = try compile(data) }
var inProcess: [Double] = []
for _ in 0..<(quickStages ? 0 : 30) {
    let start = now()
    let (docx, html) = try compile(try load())
    inProcess.append(milliseconds(now() - start))
    precondition(!docx.isEmpty && !html.isEmpty)
}
var stages: [(String, Double)] = []
// `--stages [--scale N]`: the stages of one report, optionally with N× the indicators.
let scaleFactor = CommandLine.arguments.firstIndex(of: "--scale").flatMap { Int(CommandLine.arguments[$0 + 1]) } ?? 1
do {
    var t = now()
    let loaded = scaled(try load(), factor: scaleFactor); stages.append(("load + validate", milliseconds(now() - t))); t = now()
    let computed = ReportComputer.compute(loaded); stages.append(("compute", milliseconds(now() - t))); t = now()
    _ = Checker.check(computed.report); stages.append(("checks", milliseconds(now() - t))); t = now()
    _ = try TemplateRenderer(directory: templates, assets: [assets]); stages.append(("template parsing", milliseconds(now() - t))); t = now()
    var document = try ReportDocuments.report(computed.report, renderer: renderer); stages.append(("typed blocks + templates -> document", milliseconds(now() - t))); t = now()
    DocumentLayout.apply(&document); stages.append(("layout pass", milliseconds(now() - t))); t = now()
    _ = try DocxWriter.write(document); stages.append(("DOCX writer", milliseconds(now() - t))); t = now()
    _ = HTMLWriter.write(document); stages.append(("HTML writer", milliseconds(now() - t)))
}

if CommandLine.arguments.contains("--stages") {
    print(stages.map { "\($0.0): \(format($0.1)) ms" }.joined(separator: "\n"))
    exit(0)
}

// 1b. As a whole process.
var wholeProcess: [Double] = []
for _ in 0..<10 {
    let (time, status) = runProcess(executable.path, ["build", example.path, "--no-layout", "-o", scratch.appendingPathComponent("process").path])
    precondition(status == 0, "lkjip build failed")
    wholeProcess.append(time)
}

// 1c. The floor: `gzip -6` of this report's own word/document.xml, as a process (issue 13
// compares lkjip with the cost of merely writing that much compressed XML).
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
var gzipTimes: [Double] = []
if let gzipPath = ["/usr/bin/gzip", "/bin/gzip"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
    for _ in 0..<10 {
        let (time, status) = runProcess(gzipPath, ["-6", "-c", documentXML.path])
        if status == 0 { gzipTimes.append(time) }
    }
}

// 3a. Peak memory of one report, in a fresh process.
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

// 2. Batches on both cores, writing the files.
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
let batch100 = try batch(100)
let batch1000 = try batch(1000)
let batchPeakKiB = peakKiB()

// 4. Scaling with the number of indicators.
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

// 5. pandoc on the same content.
let markdown = scratch.appendingPathComponent("sumbar.md")
try Data(MarkdownWriter.write(try ReportDocuments.report(ReportComputer.compute(data).report, renderer: renderer)).utf8).write(to: markdown)
var pandoc: [Double] = []
let pandocPath = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
if let pandocPath {
    for _ in 0..<5 {
        let (time, status) = runProcess(pandocPath, [markdown.path, "-o", scratch.appendingPathComponent("pandoc.docx").path])
        if status == 0 { pandoc.append(time) }
    }
}

let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
print("Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu); \(date); release build")
print("")
print("| measurement | result | target | met |")
print("|---|---|---|---|")
func met(_ ok: Bool) -> String { ok ? "yes" : "no" }
let inMedian = median(inProcess), processMedian = median(wholeProcess)
print("| one report, in-process, docx + html (median / p90 of 30) | \(format(inMedian)) ms / \(format(percentile90(inProcess))) ms | ≤ 25 ms | \(met(inMedian <= 25)) |")
print("| one report, whole `lkjip build --no-layout` process, docx + html (median of 10) | \(format(processMedian)) ms | ≤ 40 ms | \(met(processMedian <= 40)) |")
if !pandoc.isEmpty {
    let ratio = median(pandoc) / processMedian
    print("| pandoc, same content Markdown → .docx (median of 5) | \(format(median(pandoc))) ms | | |")
    print("| pandoc ÷ lkjip (whole process) | \(format(ratio)) × | ≥ 20 × | \(met(ratio >= 20)) |")
    print("| pandoc ÷ lkjip (in-process) | \(format(median(pandoc) / inMedian)) × | | |")
} else {
    print("| pandoc | not installed | | |")
}
if !gzipTimes.isEmpty {
    let ratio = inMedian / median(gzipTimes)
    print("| `gzip -6` of its own document.xml (\(format(Double(documentXMLBytes) / 1024 / 1024, 2)) MiB; median of 10) | \(format(median(gzipTimes))) ms | | |")
    print("| lkjip in-process ÷ that floor | \(format(ratio)) × | ≤ 3 × | \(met(ratio <= 3)) |")
}
print("| 100 reports, 2 cores | \(format(batch100 / 1000, 2)) s | | |")
print("| 1.000 reports, 2 cores | \(format(batch1000 / 1000, 2)) s | ≤ 15 s | \(met(batch1000 <= 15_000)) |")
print("| peak memory, one report | \(format(Double(singlePeakKiB) / 1024)) MiB | ≤ 64 MiB | \(met(singlePeakKiB <= 64 * 1024)) |")
print("| peak memory after the 1.000 batch | \(format(Double(batchPeakKiB) / 1024)) MiB | | |")
for (factor, time) in scaling {
    let ratio = time / scaling[0].1
    print("| \(factor)× indicators (\(indicatorCount * factor)) | \(format(time)) ms (\(format(ratio)) × of 1×) | \(factor == 100 ? "≤ 110 ×" : "") | \(factor == 100 ? met(ratio <= 110) : "") |")
}
print("")
print("Stages of one report: " + stages.map { "\($0.0) \(format($0.1)) ms" }.joined(separator: ", "))
