import Mustache

/// Adapters that let mustache read the typed view: an object answers its fields and the ids
/// of its children, a list is a section that also answers its items' ids, a text renders and
/// is falsy when empty (so `{{#tabel_riwayat}}` needs no `has…` flag beside it) and answers
/// its `.upper` and extra forms. The template check walks the same adapters, so what it
/// accepts is exactly what renders.
protocol NamedScope {
    /// The names this scope answers, for "did you mean".
    var names: [String] { get }
}

enum TemplateBoxes {
    static func box(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text, _, let extra): return TextBox(text: text, extra: extra)
        case .flag(let flag): return flag
        case .object(let object): return ObjectBox(object: object)
        case .absent: return AbsentBox()
        case .list(let items, let ids): return ListBox(items: items, ids: ids)
        }
    }

    static func names(of scope: Any) -> [String] {
        if let named = scope as? NamedScope { return named.names }
        if let dictionary = scope as? [String: Any] { return dictionary.keys.sorted() }
        return []
    }
}

struct ObjectBox: MustacheParent, NamedScope {
    let object: TemplateObject

    func child(named name: String) -> Any? {
        if let value = object.field(name) { return TemplateBoxes.box(value) }
        if let child = object.child(id: name) { return ObjectBox(object: child) }
        return nil
    }

    var names: [String] { object.fieldNames + object.childIds }
}

/// An item of a list section, with its position: `nomor` (1-based, unless the item has its
/// own), `is_first`, `is_last`, `is_penultimate`, so a template writes "a, b dan c".
struct ItemBox: MustacheParent, NamedScope {
    let object: TemplateObject
    let index: Int
    let count: Int

    static let positionNames = ["nomor", "is_first", "is_last", "is_penultimate"]

    func child(named name: String) -> Any? {
        if let found = ObjectBox(object: object).child(named: name) { return found }
        switch name {
        case "nomor": return TextBox(text: String(index + 1), extra: [:])
        case "is_first": return index == 0
        case "is_last": return index == count - 1
        case "is_penultimate": return index == count - 2
        default: return nil
        }
    }

    var names: [String] { ObjectBox(object: object).names + Self.positionNames }
}

struct ListBox: MustacheSequence, MustacheParent, NamedScope {
    let items: [TemplateObject]
    let ids: [String]?

    func makeIterator() -> IndexingIterator<[ItemBox]> {
        items.enumerated().map { ItemBox(object: $1, index: $0, count: items.count) }.makeIterator()
    }

    func child(named name: String) -> Any? {
        guard let ids, let index = ids.firstIndex(of: name) else { return nil }
        return ItemBox(object: items[index], index: index, count: items.count)
    }

    var names: [String] { ids ?? [] }
    var first: ItemBox? { items.first.map { ItemBox(object: $0, index: 0, count: items.count) } }
}

struct TextBox: MustacheCustomRenderable, MustacheParent, NamedScope {
    let text: String
    let extra: [String: String]

    var renderText: String { text }
    var isNull: Bool { text.isEmpty }

    func child(named name: String) -> Any? {
        if name == TemplateNames.upper { return TextBox(text: text.uppercased(), extra: [:]) }
        return extra[name].map { TextBox(text: $0, extra: [:]) }
    }

    var names: [String] { [TemplateNames.upper] + extra.keys.sorted() }
}

/// An object the data does not have: its section renders nothing, its inverted section
/// renders.
struct AbsentBox: MustacheCustomRenderable, MustacheParent {
    var renderText: String { "" }
    var isNull: Bool { true }
    func child(named name: String) -> Any? { nil }
}
