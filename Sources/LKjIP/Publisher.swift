import Dispatch
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
    /// the words of its pages (only when LibreOffice laid it out), for the layout check.
    static func publish(_ documents: [(document: Document, baseName: String)], request: BuildRequest, note: (String) -> Void, inspect: ((Document, [String: Int], [LayoutCheck.Page]) throws -> Void)? = nil) throws -> [URL] {
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
        // The output folder is locked only while the set is committed: several runs (and
        // the reports of one batch) lay their documents out side by side.
        let waiting = { note("waiting for another lkjip run that is writing to \(request.outputDirectory.path)") }
        let output = try OutputSet(directory: request.outputDirectory, claims: request.claims, holdingLock: false, waiting: waiting)
        let measure = (wantsDocx || wantsPDF) && (request.layoutPass || wantsPDF)
        var office: LibreOfficePool?
        var own: LibreOfficePool?
        defer { own?.close() }
        if measure {
            if LibreOffice.isAvailable && LibreOffice.hasPoppler {
                if let shared = request.office {
                    office = shared
                } else {
                    own = LibreOfficePool(limit: min(documents.count, ProcessInfo.processInfo.activeProcessorCount))
                    office = own
                }
            } else {
                note("LibreOffice or poppler is not installed, so DAFTAR ISI page numbers are left for Word to fill in (\(LibreOffice.installHint) poppler-utils, for real page numbers)")
            }
        }
        let options = DocxOptions(reference: reference)
        // Each document is laid out and written on its own (on as many cores as the run's
        // LibreOffice has sessions); the files are staged in order afterwards.
        let finished = Finished(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: office == nil ? min(documents.count, 1) : min(documents.count, office!.limit)) { _ in
            while let index = finished.next(below: documents.count) {
                finished.set(index, Result {
                    var document = documents[index].document
                    let baseName = documents[index].baseName
                    if let page = reference?.page { document.page = page }
                    if let reference { document.font = reference.font }
                    // A font the layout machine lacks is printed in a substitute: measure for it.
                    var settings = LayoutSettings()
                    settings.fontSubstituted = office != nil && !FontAvailability.isInstalled(document.font)
                    DocumentLayout.apply(&document, settings: settings)
                    var files = Files(document: document)
                    if wantsDocx || wantsPDF {
                        if let office {
                            let laid = try layOut(&document, baseName: baseName, options: options, office: office, directory: output.directory, keepPDF: wantsPDF, note: note)
                            files.document = document
                            files.laid = laid
                            if wantsPDF, let pdf = laid.pdf {
                                files.pdf = PDFPageLabels.apply(to: pdf, ranges: Pagination.ranges(document, physical: laid.physical))
                            }
                        }
                        if wantsDocx { files.docx = try DocxWriter.write(document, options: options) }
                    }
                    if request.formats.contains(.html) { files.html = Data(HTMLWriter.write(document).utf8) }
                    return files
                })
            }
        }
        do {
            for (index, result) in finished.results.enumerated() {
                guard let result else { continue }
                let files = try result.get()
                let baseName = documents[index].baseName
                if let laid = files.laid { try inspect?(files.document, laid.physical, laid.pages) }
                if let pdf = files.pdf { try output.stage(pdf, as: "\(baseName).pdf") }
                if let docx = files.docx { try output.stage(docx, as: "\(baseName).docx") }
                if let html = files.html { try output.stage(html, as: "\(baseName).html") }
            }
            return try output.commit(waiting: waiting)
        } catch {
            output.discard()
            throw error
        }
    }

    /// What one document became: the files of each format, and the layout for the check.
    struct Files {
        var document: Document
        var laid: LaidOut?
        var docx: Data?
        var pdf: Data?
        var html: Data?
    }

    /// The documents' results, filled from several threads; a failure stops the others
    /// from starting new documents.
    final class Finished: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var results: [Result<Files, Error>?]
        private var failure = false
        private var started = 0
        init(count: Int) { results = Array(repeating: nil, count: count) }
        /// The next document to work on, in order; none once one has failed.
        func next(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard !failure, started < count else { return nil }
            started += 1
            return started - 1
        }
        func set(_ index: Int, _ result: Result<Files, Error>) {
            lock.lock()
            results[index] = result
            if case .failure = result { failure = true }
            lock.unlock()
        }
    }

    /// A document as LibreOffice laid it out: the PDF page of every bookmark, the words of
    /// every page, and the PDF itself when it is one of the outputs.
    struct LaidOut {
        var physical: [String: Int]
        var pages: [LayoutCheck.Page]
        var pdf: Data?
    }

    /// The layout pass with LibreOffice, once in the common case. The contents lists go in
    /// with a placeholder for each page number, which LibreOffice replaces by a reference to
    /// the entry's page and fills in as it lays the pages out (`LibreOffice.lay`), so the
    /// numbers take their room in this very layout and the PDF needs no second pass. What
    /// the pages show is then repaired (`LayoutCheck.Repairs`: a kept group that left a page
    /// nearly blank, a lonely signature, a table spilling a row) and the document laid out
    /// again, which the build says. The page numbers lkjip writes are its own
    /// (`Pagination.labels`, from the PDF's pages); only if LibreOffice printed others is the
    /// document laid out again with lkjip's, until a layout confirms them.
    static func layOut(_ document: inout Document, baseName: String, options: DocxOptions, office: LibreOfficePool, directory: URL, keepPDF: Bool, note: (String) -> Void) throws -> LaidOut {
        document.pageNumbers = Dictionary(document.contents.map { ($0.anchor, DocxBookmarks.pagePlaceholder) }, uniquingKeysWith: { first, _ in first })
        var pass = 0
        func run(numbering: Bool, why: String) throws -> (LaidOut, [String: String]) {
            pass += 1
            let docx = try DocxWriter.write(document, options: options)
            var pdf: URL?
            defer { if let pdf { unlink(pdf.path) } }
            let printed = try office.withSession(in: directory, note: note) { session, work -> [String: String] in
                note("LibreOffice: laying out \(baseName)\(why)")
                let file = work.appendingPathComponent("layout-\(FileSafety.randomHex()).pdf")
                pdf = file
                return try session.lay(docx, pdf: file, numbering: numbering, note: note)
            }
            let laid = LaidOut(physical: try LibreOffice.destinations(pdf!), pages: try PDFText.read(pdf!), pdf: keepPDF ? try Data(contentsOf: pdf!) : nil)
            return (laid, printed)
        }
        var (laid, printed) = try run(numbering: true, why: "")
        for _ in 0..<2 {
            let repairs = LayoutCheck.repairs(laid.pages, document: document, physical: laid.physical)
            guard repairs.apply(to: &document) else { break }
            (laid, printed) = try run(numbering: true, why: " again (pass \(pass + 1)), to repair what the pages showed: \(repairs.summary)")
        }
        var labels = Pagination.labels(document, physical: laid.physical)
        let differ = DocxBookmarks.listedEntries(document).filter { entry in
            printed[DocxBookmarks.anchor(entry.anchor)] != labels[entry.anchor] ?? DocxBookmarks.pagePlaceholder
        }
        if !differ.isEmpty {
            if ProcessInfo.processInfo.environment["LKJIP_DEBUG"] != nil { note("DEBUG \(differ.prefix(5).map { "\($0.anchor): lo=\(printed[DocxBookmarks.anchor($0.anchor)] ?? "-") lkjip=\(labels[$0.anchor] ?? "-")" }) printed=\(printed.count)") }
            for _ in 0..<3 {
                document.pageNumbers = labels
                let why = " again (pass \(pass + 1)): LibreOffice numbered \(differ.count) contents entr\(differ.count == 1 ? "y" : "ies") otherwise, so lkjip's numbers are laid out to confirm them"
                (laid, _) = try run(numbering: false, why: why)
                let again = Pagination.labels(document, physical: laid.physical)
                if again == labels { break }
                labels = again
            }
        }
        document.pageNumbers = labels
        return laid
    }
}
