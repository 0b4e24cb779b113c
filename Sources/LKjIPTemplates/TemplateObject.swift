/// The report as templates and narrative citations see it: a tree of typed views, each
/// naming its fields once. The same names serve mustache (`{{divisi.administrasi.nama}}`),
/// the template check (an unknown name is an error at its line, with the nearest name), the
/// citations in narasi (`{{anggaran.2023.persen}}`) and `lkjip figures`, so one figure has one
/// name everywhere.
public protocol TemplateObject: Sendable {
    /// The value of a field, or nil when the object has no field of that name.
    func field(_ name: String) -> TemplateValue?
    /// Field names in the order `lkjip figures` lists them.
    var fieldNames: [String] { get }
    /// Children reached by id rather than by a field (`divisi.administrasi.ss1-1`): ids of
    /// sasaran and indicators of a division, years of a budget table.
    func child(id: String) -> TemplateObject?
    var childIds: [String] { get }
}

extension TemplateObject {
    public func child(id: String) -> TemplateObject? { nil }
    public var childIds: [String] { [] }
}

/// What a field holds.
public enum TemplateValue: Sendable {
    /// Printed text. `extra` are named forms of it (`terbilang` of a count).
    case text(String, TextKind, extra: [String: String] = [:])
    /// A condition for a section (`{{#show_riwayat}}`).
    case flag(Bool)
    case object(TemplateObject)
    /// An object the data does not have (the head of office's own PK in an office without
    /// one): its section is not rendered.
    case absent
    /// Items of a section; with `ids`, each item is also reached by its id (`divisi.<id>`).
    case list([TemplateObject], ids: [String]? = nil)

    /// The kind of a text: what a narrative may cite and what it may not.
    public enum TextKind: Sendable {
        /// A computed figure or a name from the data: cited in narratives, listed by `lkjip figures`.
        case figure
        /// A printed word of `templates/kata.yaml` or of the office's kind: citable too.
        case word
        /// Light Markdown from the data (narasi, tugas): placed by templates, never cited
        /// (it holds the citations).
        case prose
        /// A computed table, chart or signature placed with `<insert ref=…>`: never cited.
        case ref
    }

    public static func figure(_ text: String) -> TemplateValue { .text(text, .figure) }
    public static func prose(_ text: String?) -> TemplateValue { .text(text ?? "", .prose) }
    public static func ref(_ text: String) -> TemplateValue { .text(text, .ref) }
    public static func optional(_ object: TemplateObject?) -> TemplateValue { object.map { .object($0) } ?? .absent }
}

/// A typed view's fields, written once as name and getter; the protocol's lookups follow
/// from it.
public struct ViewFields<Owner>: Sendable {
    public typealias Getter = @Sendable (Owner) -> TemplateValue
    public let names: [String]
    private let getters: [String: Getter]

    public init(_ fields: [(String, Getter)]) {
        names = fields.map(\.0)
        var getters: [String: Getter] = [:]
        for (name, getter) in fields where getters[name] == nil { getters[name] = getter }
        self.getters = getters
    }

    public func value(_ name: String, of owner: Owner) -> TemplateValue? { getters[name].map { $0(owner) } }
}

/// A view whose fields are a static table (most of them).
public protocol TypedView: TemplateObject {
    static var fields: ViewFields<Self> { get }
}

extension TypedView {
    public func field(_ name: String) -> TemplateValue? { Self.fields.value(name, of: self) }
    public var fieldNames: [String] { Self.fields.names }
}

/// Several objects read as one, the first that has a name winning: the context of one PK
/// annex is the agreement over the whole report (`{{instansi.nama}}` still resolves).
public struct LayeredObject: TemplateObject {
    public let layers: [TemplateObject]

    public init(_ layers: [TemplateObject]) { self.layers = layers }

    public func field(_ name: String) -> TemplateValue? {
        for layer in layers { if let value = layer.field(name) { return value } }
        return nil
    }

    public var fieldNames: [String] {
        var seen: Set<String> = []
        return layers.flatMap(\.fieldNames).filter { seen.insert($0).inserted }
    }

    public func child(id: String) -> TemplateObject? {
        for layer in layers { if let child = layer.child(id: id) { return child } }
        return nil
    }
}

/// Every name a view answers, with the values a narrative may cite: `path` to text, for
/// `lkjip figures` and the citation check. Lists are entered through their ids only (an
/// unnamed list has no stable path); prose and refs are left out.
public enum TemplateNames {
    public static func citable(_ root: TemplateObject, visit: (String, String, Bool) -> Void) {
        walk(root, prefix: "", depth: 0, visit: visit)
    }

    /// The `.upper` form of every text (`{{instansi.nama.upper}}`), in templates and
    /// citations alike.
    public static let upper = "upper"

    private static func walk(_ object: TemplateObject, prefix: String, depth: Int, visit: (String, String, Bool) -> Void) {
        // Views are finite trees; the bound only guards against a view that contains itself.
        guard depth < 16 else { return }
        for name in object.fieldNames {
            guard let value = object.field(name) else { continue }
            let path = prefix + name
            switch value {
            case .text(let text, let kind, let extra):
                guard kind == .figure || kind == .word else { continue }
                visit(path, text, true)
                for (key, form) in extra.sorted(by: { $0.key < $1.key }) { visit(path + "." + key, form, true) }
                visit(path + "." + upper, text.uppercased(), false)
            case .object(let child):
                walk(child, prefix: path + ".", depth: depth + 1, visit: visit)
            case .list(let items, let ids):
                guard let ids else { continue }
                for (item, id) in zip(items, ids) { walk(item, prefix: path + "." + id + ".", depth: depth + 1, visit: visit) }
            case .flag, .absent:
                continue
            }
        }
        for id in object.childIds {
            if let child = object.child(id: id) { walk(child, prefix: prefix + id + ".", depth: depth + 1, visit: visit) }
        }
    }
}
