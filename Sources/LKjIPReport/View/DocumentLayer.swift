import LKjIPTemplates

/// A document's own part of the context under one name (`{{iku.tabel}}`,
/// `{{pengukuran.triwulan}}`), laid over the report's view so that `{{instansi.nama}}` and
/// `{{kepala.ttd}}` still resolve: every document of the year speaks of the same office in
/// the same words.
struct DocumentLayer: TemplateObject {
    let name: String
    let object: TemplateObject

    func field(_ name: String) -> TemplateValue? { name == self.name ? .object(object) : nil }
    var fieldNames: [String] { [name] }
}
