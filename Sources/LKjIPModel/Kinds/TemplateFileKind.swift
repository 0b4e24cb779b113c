/// The data files of a templates folder (its words and its kinds of office), which an office
/// edits in its own copy: `lkjip schema` gives them JSON Schemas like the data files'.
public enum TemplateFileKind: String, CaseIterable, Sendable {
    case kata, jenis

    public var schema: Schema {
        switch self {
        case .kata: return SchemaBuilder.schema(for: KataFile.self)
        case .jenis: return SchemaBuilder.schema(for: JenisInstansi.self)
        }
    }

    /// The file as it lies in the templates folder.
    public var path: String { self == .kata ? "templates/kata.yaml" : "templates/jenis/<kind>.yaml" }

    public var holds: String {
        switch self {
        case .kata: return "every word lkjip prints outside the templates' own text, by name"
        case .jenis: return "a kind of office: cover lines, PK levels, budget levels and its own words"
        }
    }
}
