import Foundation
import LKjIPDocument

/// Typed blocks built in Swift (computed tables, charts, signatories, pictures) that a
/// template places by reference: the context holds a short ref ("b12"), the template writes
/// `<insert ref="{{tabelCapaian}}"/>`, and the reader puts the block itself into the
/// document. No table row, span, shade or width passes through text.
public final class BlockRegistry: @unchecked Sendable {
    private var blocks: [String: [Block]] = [:]
    private var signatories: [String: Signatory] = [:]
    private var counter = 0
    private let lock = NSLock()

    public init() {}

    private func next(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    /// Registers blocks and returns the ref a template inserts them by.
    public func register(_ blocks: [Block]) -> String {
        lock.lock()
        defer { lock.unlock() }
        let ref = next("b")
        self.blocks[ref] = blocks
        return ref
    }

    public func register(_ block: Block) -> String { register([block]) }

    /// Registers a signatory for `<signature><left ref="..." role="Pihak Kedua,"/>`.
    public func register(_ signatory: Signatory) -> String {
        lock.lock()
        defer { lock.unlock() }
        let ref = next("s")
        signatories[ref] = signatory
        return ref
    }

    func blocks(_ ref: String) -> [Block]? {
        lock.lock()
        defer { lock.unlock() }
        return blocks[ref]
    }

    func signatory(_ ref: String) -> Signatory? {
        lock.lock()
        defer { lock.unlock() }
        return signatories[ref]
    }
}
