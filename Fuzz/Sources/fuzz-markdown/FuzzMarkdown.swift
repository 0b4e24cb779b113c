import FuzzSupport
import LKjIPDocument
import LKjIPModel
import LKjIPTemplates

/// The narasi Markdown reader, then the document writers on what it read: the reader is
/// documented to never fail, so any trap here (reader, numbering, layout, docx, html) is a bug,
/// and so is a writer error on text without the control characters the loader refuses.
/// Input: the whole input is the Markdown text (invalid UTF-8 skipped).
/// Pictures: `gambar.png` and `assets/dokumentasi/foto 1.jpg` are known pictures, as the
/// loader would pass them; any other `![..](path)` is an unknown picture.
private let images: [String: Image] = [
    "gambar.png": FuzzSupport.image("gambar"),
    "assets/dokumentasi/foto 1.jpg": FuzzSupport.image("foto", width: 600),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let text = FuzzSupport.text(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    let blocks = MarkdownReader.blocks(text, images: images)
    var document = Document(metadata: Metadata(title: "fuzz"), sections: [Section(blocks: blocks)])
    DocumentNumbering.apply(&document)
    do {
        try FuzzSupport.write(document)
    } catch {
        // The loader refuses narasi text with characters XML cannot carry before the reader
        // sees it; any other text the reader turned into blocks must be writable.
        if XMLCharacters.firstForbidden(in: text) == nil {
            FuzzSupport.invariant("Markdown the reader accepted failed to write: \(error)")
        }
    }
    return 0
}
