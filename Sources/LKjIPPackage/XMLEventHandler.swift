/// Receives the elements of one package part as libxml2 streams them.
public protocol XMLEventHandler: AnyObject {
    /// An element starts. Names are local names, because Strict OOXML and the transitional
    /// dialect spell the same vocabulary with different namespace URIs; where one local name
    /// means two things (`f` in a cell and in an extension), handlers tell them apart by the
    /// element they are in. Attributes are keyed by local name too (`r:id` is `id`).
    func start(_ name: String, attributes: [String: String]) throws
    /// An element ends; `text` is the character data since the last start or end tag, which
    /// for the leaf elements the reader cares about (`<v>`, `<t>`, `<f>`) is their content.
    func end(_ name: String, text: String) throws
}
