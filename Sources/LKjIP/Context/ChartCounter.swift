/// Numbers charts within a chapter ("Grafik 3.1", "Grafik 3.2", …) in the order the
/// context is built, which is the order the chapter template places them.
final class ChartCounter {
    let chapter: Int
    private(set) var count = 0

    init(chapter: Int) { self.chapter = chapter }

    func next(_ title: String) -> String {
        count += 1
        return "Grafik \(chapter).\(count) \(title)"
    }
}
