/// A problem in a template or in what it produced, located in the template's file.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    public var template: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(template: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    /// "templates/bab3.mustache:42: error: unknown variable `divisi.namaa`"
    public var description: String {
        var text = "templates/\(template)"
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return "\(text): error: \(message)"
    }
}
