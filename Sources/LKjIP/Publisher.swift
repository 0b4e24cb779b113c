import Foundation
import LKjIPDocument
import LKjIPDocx
import LKjIPHTML
import LKjIPLayout

/// Turns finished documents into files: page setup from a reference document, the layout
/// pass, real page numbers from LibreOffice, then every requested format of every document
/// written as one set (`OutputSet`).
enum Publisher {
    /// `inspect` receives each laid-out document with the physical page of every bookmark and
    /// its PDF (only when a PDF was made), for the layout check.
    static func publish(_ documents: [(document: Document, baseName: String)], request: BuildRequest, note: (String) -> Void, inspect: ((Document, [String: Int], URL) throws -> Void)? = nil) throws -> [URL] {
        let reference = try request.referenceDocument.map { url -> ReferenceDocument in
            let data: Data
            do {
                data = try FileSafety.read(url.path, limit: ReferenceDocument.maximumFileSize)
            } catch FileSafety.ReadProblem.notRegular {
                throw LKjIPError.usage("the reference document \(url.path) is not a regular file")
            } catch FileSafety.ReadProblem.tooLarge {
                throw LKjIPError.usage("the reference document \(url.path) is larger than \(ReferenceDocument.maximumFileSize / 1024 / 1024) MiB")
            } catch {
                throw LKjIPError.usage("cannot read the reference document \(url.path): \(error)")
            }
            return try ReferenceDocument.read(data, warning: note)
        }
        let wantsPDF = request.formats.contains(.pdf)
        let wantsDocx = request.formats.contains(.docx)
        if wantsPDF && !LibreOffice.isAvailable {
            throw LKjIPError.usage("--format pdf needs LibreOffice: \(LibreOffice.installHint), then run again")
        }
        let output = try OutputSet(directory: request.outputDirectory, claims: request.claims) {
            note("waiting for another lkjip run that is writing to \(request.outputDirectory.path)")
        }
        var session: LibreOffice?
        var work: URL?
        defer {
            session?.close()
            if let work { output.removeWorkFolder(work) }
        }
        let measure = (wantsDocx || wantsPDF) && (request.layoutPass || wantsPDF)
        if measure {
            if LibreOffice.isAvailable && LibreOffice.hasPoppler {
                work = try output.workFolder()
                session = try LibreOffice(work: work!, note: note)
            } else {
                note("LibreOffice or poppler is not installed, so DAFTAR ISI page numbers are left for Word to fill in (\(LibreOffice.installHint) poppler-utils, for real page numbers)")
            }
        }
        let options = DocxOptions(reference: reference)
        do {
            for (original, baseName) in documents {
                var document = original
                if let page = reference?.page { document.page = page }
                DocumentLayout.apply(&document)
                if wantsDocx || wantsPDF {
                    var docx = try DocxWriter.write(document, options: options)
                    if let session {
                        // Lay out, number the contents from the PDF's pages, and lay out the
                        // numbered file again: a longer number could move a line, so the
                        // numbers are kept only once a layout confirms them. That last PDF
                        // is the one written.
                        let pdf = work!.appendingPathComponent("report.pdf")
                        var pass = 1
                        func layout() throws -> [String: Int] {
                            note("LibreOffice: laying out \(baseName) (pass \(pass))")
                            pass += 1
                            return try session.layout(docx, pdf: pdf, note: note)
                        }
                        var pages = try layout()
                        // A group kept whole that left the page before it nearly blank is let
                        // go (its table may split), and the document laid out again.
                        for _ in 0..<2 {
                            let pushed = try LayoutCheck.pushedGroups(pdf: pdf, document: document, physical: pages)
                            guard Keeps.release(pushed, in: &document) else { break }
                            docx = try DocxWriter.write(document, options: options)
                            pages = try layout()
                        }
                        for _ in 0..<3 {
                            let labels = Pagination.labels(document, physical: pages)
                            if labels == document.pageNumbers { break }
                            document.pageNumbers = labels
                            docx = try DocxWriter.write(document, options: options)
                            pages = try layout()
                        }
                        if wantsPDF {
                            try inspect?(document, pages, pdf)
                            try output.stage(try Data(contentsOf: pdf), as: "\(baseName).pdf")
                        }
                    }
                    if wantsDocx { try output.stage(docx, as: "\(baseName).docx") }
                }
                if request.formats.contains(.html) {
                    try output.stage(Data(HTMLWriter.write(document).utf8), as: "\(baseName).html")
                }
            }
            return try output.commit()
        } catch {
            output.discard()
            throw error
        }
    }
}
