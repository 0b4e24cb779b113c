import ArgumentParser
import Foundation
import LKjIP
import LKjIPModel

/// `lkjip schema`: the data format as JSON Schema, one file per kind of data file.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of a kind of data file, or write all of them.",
        discussion: "Kinds: \(DataFileKind.allCases.map(\.rawValue).joined(separator: ", ")) (data files), \(TemplateFileKind.allCases.map(\.rawValue).joined(separator: ", ")) (templates/kata.yaml, templates/jenis/<kind>.yaml). With --output, writes <kind>.schema.json for every kind; point an editor's YAML language server at them with a first line `# yaml-language-server: $schema=<path>`."
    )

    @Argument(help: "Kind of file: instansi, pejabat, organisasi, renstra, anggaran, lampiran, pk, realisasi, kata or jenis.")
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
            Cleanup.shared.installSignalHandlers()
            // One set, written like a build's: temporaries created exclusively, then renamed
            // over the old files, so a link planted at a schema's name is replaced, never
            // followed.
            do {
                let set = try OutputSet(directory: URL(fileURLWithPath: output))
                for kind in DataFileKind.allCases {
                    try set.stage(Data(JSONSchemaWriter.document(for: kind).utf8), as: "\(kind.rawValue).schema.json")
                }
                for kind in TemplateFileKind.allCases {
                    try set.stage(Data(JSONSchemaWriter.document(for: kind).utf8), as: "\(kind.rawValue).schema.json")
                }
                for url in try set.commit() { print(url.path) }
            } catch {
                throw ExitCode(DiagnosticPrinter.report(error))
            }
            return
        }
        if let name = kind, let kind = TemplateFileKind(rawValue: name) {
            print(JSONSchemaWriter.document(for: kind), terminator: "")
            return
        }
        guard let name = kind, let kind = DataFileKind(rawValue: name) else {
            throw ValidationError("give a kind (\((DataFileKind.allCases.map(\.rawValue) + TemplateFileKind.allCases.map(\.rawValue)).joined(separator: ", "))) or --output <dir>")
        }
        print(JSONSchemaWriter.document(for: kind), terminator: "")
    }
}
