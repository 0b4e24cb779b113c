/// Document properties written to `docProps/core.xml` and the HTML `<head>`.
///
/// `date` is a plain ISO date string from the data, never the wall clock, so that
/// two builds of the same data give byte-identical files.
public struct Metadata: Equatable, Sendable {
    public var title: String
    public var subject: String
    public var author: String
    public var language: String
    public var date: String

    public init(title: String, subject: String = "", author: String = "", language: String = "id-ID", date: String = "2000-01-01") {
        self.title = title
        self.subject = subject
        self.author = author
        self.language = language
        self.date = date
    }
}
