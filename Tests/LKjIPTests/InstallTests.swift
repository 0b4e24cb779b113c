import Foundation
import TestSupport
import XCTest

/// Issue 26: the README's install section works on a machine without Swift. `make install
/// PREFIX=…` is run as the README says; then, in a mount namespace where the toolchain and
/// this checkout are hidden under empty file systems, the installed binary prints its
/// version, builds an office from its own templates and assets (found from its location,
/// never from the checkout), and a copy without them names every place and variable it
/// looked at. Skipped without unshare or root, unless LKJIP_REQUIRE_TOOLS=1.
final class InstallTests: XCTestCase {
    func testInstalledBinaryRunsWithoutTheToolchainOrTheCheckout() throws {
        guard let unshare = ToolCheck.find("unshare"), getuid() == 0, let make = ToolCheck.find("make"), let swift = ToolCheck.find("swift") else {
            _ = try ToolCheck.require(nil as URL?, "unshare, make and swift, as root")
            return
        }
        // The toolchain root: <root>/usr/bin/swift.
        let toolchain = swift.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let root = URL(fileURLWithPath: "/var/tmp/lkjip-install-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let prefix = root.appendingPathComponent("prefix")

        // The README's install section. `swift test` holds the lock of .build while the tests
        // run, so this build uses a folder of its own (the first run builds everything once).
        let install = try ToolCheck.run(make, ["-C", Fixtures.repository.path, "install", "PREFIX=\(prefix.path)", "SCRATCH=\(Fixtures.repository.path)/.build-install"])
        XCTAssertEqual(install.status, 0, install.standardError.suffix(3000).description)
        let binary = prefix.appendingPathComponent("bin/lkjip")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path))
        for folder in ["share/lkjip/templates/cover.mustache", "share/lkjip/assets/logo.png"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(folder).path), folder)
        }

        let data = root.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Fixtures.sulbar, to: data)
        let stray = root.appendingPathComponent("stray")
        try FileManager.default.createDirectory(at: stray, withIntermediateDirectories: true)
        let script = """
        set -e
        mount -t tmpfs no-toolchain "\(toolchain.path)"
        mount -t tmpfs no-checkout "\(Fixtures.repository.path)"
        test ! -e "\(swift.path)"
        cd "\(root.path)"
        "\(binary.path)" --version
        "\(binary.path)" build data -o out --no-layout --format docx,html > /dev/null 2> build.log
        ls out
        cp "\(binary.path)" stray/lkjip
        if stray/lkjip check data > /dev/null 2> stray.log; then echo "a stray binary found resources"; exit 3; fi
        cat stray.log
        """
        let result = try ToolCheck.run(unshare, ["-m", "--propagation", "private", "sh", "-c", script])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError + ((try? String(contentsOf: root.appendingPathComponent("build.log"), encoding: .utf8)) ?? ""))
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("lkjip ") == true, result.standardOutput)
        XCTAssertTrue(lines.contains("LKjIP-Kanwil-Sulbar-2022.docx") && lines.contains("LKjIP-Kanwil-Sulbar-2022.html"), result.standardOutput)
        let message = lines.last ?? ""
        for place in ["$LKJIP_TEMPLATES", "\(root.path)/share/lkjip/templates", "\(root.path)/stray/templates", "--templates"] {
            XCTAssertTrue(message.contains(place), "the error names \(place): \(message)")
        }

        // The binary carries the Swift runtime itself.
        if let ldd = ToolCheck.find("ldd") {
            let libraries = try ToolCheck.run(ldd, [binary.path]).standardOutput
            XCTAssertFalse(libraries.contains("libswift") || libraries.contains("libFoundation"), libraries)
            XCTAssertFalse(libraries.contains("not found"), libraries)
        }
    }
}
