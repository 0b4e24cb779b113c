import ArgumentParser
import Foundation
import LKjIPModel

/// `lkjip schema`: the data format as JSON Schema, one file per kind of data file.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of a kind of data file, or write all of them.",
        discussion: "Kinds: \(DataFileKind.allCases.map(\.rawValue).joined(separator: ", ")). With --output, writes <kind>.schema.json for every kind; point an editor's YAML language server at them with a first line `# yaml-language-server: $schema=<path>`."
    )

    @Argument(help: "Kind of file: instansi, pejabat, organisasi, renstra, anggaran, lampiran, pk or realisasi.")
    var kind: String?

    @Option(name: [.short, .customLong("output")], help: "Write every schema into this directory.")
    var output: String?

    @Flag(help: "Print the data reference (every key of every file) as Markdown, as in docs/data.md.")
    var reference = false

    func run() throws {
        if reference {
            print(ReferenceWriter.document(), terminator: "")
            return
        }
        if let output {
            let directory = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for kind in DataFileKind.allCases {
                try Data(JSONSchemaWriter.document(for: kind).utf8).write(to: directory.appendingPathComponent("\(kind.rawValue).schema.json"))
                print(directory.appendingPathComponent("\(kind.rawValue).schema.json").path)
            }
            return
        }
        guard let name = kind, let kind = DataFileKind(rawValue: name) else {
            throw ValidationError("give a kind (\(DataFileKind.allCases.map(\.rawValue).joined(separator: ", "))) or --output <dir>")
        }
        print(JSONSchemaWriter.document(for: kind), terminator: "")
    }
}
