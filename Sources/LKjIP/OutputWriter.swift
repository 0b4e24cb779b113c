import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPHTML

/// Serialises one document in every requested format and commits the files together:
/// either all of them appear, or none changes.
enum OutputWriter {
    static func write(_ documents: [(document: Document, baseName: String)], formats: [OutputFormat], to directory: URL) throws -> [URL] {
        var writer = try AtomicFileWriter(directory: directory)
        do {
            for (document, baseName) in documents {
                var docx: Data?
                if formats.contains(.docx) || formats.contains(.pdf) {
                    docx = try DocxWriter.write(document)
                }
                for format in formats {
                    switch format {
                    case .docx:
                        try writer.stage(docx!, as: "\(baseName).docx")
                    case .html:
                        try writer.stage(Data(HTMLWriter.write(document).utf8), as: "\(baseName).html")
                    case .pdf:
                        try writer.stage(PDFConverter.convert(docx: docx!, name: baseName), as: "\(baseName).pdf")
                    }
                }
            }
            return try writer.commit()
        } catch {
            writer.discard()
            throw error
        }
    }
}
