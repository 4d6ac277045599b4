#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An archive of hostile pages and file-system oddities among good reports, generated once at
/// test time (the big cases are megabytes; none is kept in the repository), with what the run
/// must make of each page.
final class HostileArchive {
    let directory: TemporaryDirectory
    var path: String { directory.path }
    /// Page path → `record` when it must end up in a report, else the reason of its failure.
    private(set) var expected: [String: String] = [:]

    static let paragraph = "<p>各位代表:现在,我代表市人民政府向大会报告工作,请予审议。全市地区生产总值增长6.5%,一般公共预算收入230亿元。</p>"

    static func page(_ body: String, head: String = "<meta charset=\"utf-8\"><title>示例市人民政府工作报告</title>") -> String {
        "<html><head>\(head)</head><body>\(body)</body></html>"
    }

    init() throws {
        directory = try TemporaryDirectory()
        let p = Self.paragraph
        // Good reports, one of them over two pages.
        for number in 1...3 {
            try add("good/\(number).html", Self.page(String(repeating: p, count: 3 + number)), "record")
        }
        try add("good/9_2.html", Self.page("<p>第二页:全市城镇新增就业12.5万人,城镇调查失业率5.2%左右。</p>" + p), "record")
        try add("good/9.html", Self.page(p + p + p), "record")

        try add("h/empty.html", [UInt8](), "empty_file")
        var generator = SystemRandomNumberGenerator()
        try add("h/binary.html", (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }, "binary_data")
        try sparse("h/huge_100mb.html", bytes: 100 << 20, "too_large")
        try add("h/deep_50000.html", Self.page(String(repeating: "<div>", count: 50_000) + p + p + p + String(repeating: "</div>", count: 50_000)), "record")
        try add("h/million_elements.html", Self.page(p + p + p + String(repeating: "<i>a</i>", count: 1_000_000)), "record")
        try add("h/unclosed.html", "<html><head><title>示例</title><body>" + String(repeating: "<div><p><table><tr><td><span>" + p, count: 3), "record")
        try add("h/never_closed_script.html", Self.page(p + p + p + "<script>var s = '</p>" + String(repeating: "x", count: 100_000)), "record")
        try add("h/nul_bytes.html", Array(Self.page(String(repeating: p, count: 3)).utf8).flatMap { $0 == 0x3E ? [0x3E, 0] : [$0] }, "record")
        var invalidUTF8 = Array(Self.page(String(repeating: p, count: 6)).utf8)
        invalidUTF8.insert(contentsOf: [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80], at: invalidUTF8.count / 2)
        try add("h/invalid_utf8.html", invalidUTF8, "record")
        var invalidGBK = LegacyEncoding.encode(Self.page(String(repeating: p, count: 4), head: "<meta charset=\"gbk\"><title>示例</title>"), as: "GB18030")
        invalidGBK.insert(contentsOf: [0x81, 0x20, 0xFE, 0xFF, 0x84, 0x31], at: invalidGBK.count / 2)
        try add("h/invalid_gbk.html", invalidGBK, "record")
        try add("h/utf16le_bom.html", [0xFF, 0xFE] + utf16(Self.page(p + p + p), bigEndian: false), "record")
        try add("h/utf16be_no_bom.html", utf16(Self.page(p + p + p), bigEndian: true), "record")
        try add("h/meta_lies.html", LegacyEncoding.encode(Self.page(p + p + p), as: "GB18030"), "record")
        try add("h/attribute_10mb.html", Self.page("<div class=\"" + String(repeating: "a", count: 10 << 20) + "\">" + p + p + p + "</div>"), "record")
        try add("h/character_references.html", Self.page("<p>" + String(repeating: "&#20013;&amp;&#x56FD;&nbsp;&#xFFFFFFFF;&bogus;", count: 40_000) + "</p>" + p), "record")
        try add("h/main_text_too_long.html", Self.page("<p>" + String(repeating: "增长6.5%,投资230亿元,", count: 170_000) + "</p>"), "too_large")

        // File-system oddities.
        try add("names/with space.html", Self.page(p + p + p), "record")
        try add("names/new\nline.html", Self.page(p + p + p), "record")
        try rawName(Array("names/".utf8) + [0xFF, 0xFE] + Array(".html".utf8), Self.page(p + p + p))
        expected["names/\u{FFFD}\u{FFFD}.html"] = "bad_file_name"
        try FileManager.default.createDirectory(atPath: path + "/names/x.html", withIntermediateDirectories: true)
        try add("names/x.html/inside.html", Self.page(p + p + p), "record")
        try FileManager.default.createDirectory(atPath: path + "/links", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path + "/links/a.html", withDestinationPath: "b.html")
        try FileManager.default.createSymbolicLink(atPath: path + "/links/b.html", withDestinationPath: "a.html")
        expected["links/a.html"] = "bad_link"
        expected["links/b.html"] = "bad_link"
        try FileManager.default.createSymbolicLink(atPath: path + "/links/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: path + "/links/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: path + "/links/passwd.html", withDestinationPath: "/etc/passwd")
        expected["links/passwd.html"] = "bad_link"
        try FileManager.default.createSymbolicLink(atPath: path + "/links/good.html", withDestinationPath: "../good/1.html")
        expected["links/good.html"] = "record"
        guard mkfifo(path + "/links/fifo.html", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        expected["links/fifo.html"] = "not_a_file"
    }

    /// Sorted page paths that must be in some report's `sources`.
    var recordPages: [String] { expected.filter { $0.value == "record" }.map(\.key).sorted() }

    private func add(_ relative: String, _ text: String, _ outcome: String) throws {
        try add(relative, Array(text.utf8), outcome)
    }

    private func add(_ relative: String, _ bytes: [UInt8], _ outcome: String) throws {
        try directory.write(relative, bytes)
        expected[relative] = outcome
    }

    /// A file of `bytes` zero bytes that takes no disk space (the size limit refuses it after a stat).
    private func sparse(_ relative: String, bytes: Int, _ outcome: String) throws {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0, ftruncate(descriptor, off_t(bytes)) == 0 else { throw CocoaError(.fileWriteUnknown) }
        close(descriptor)
        expected[relative] = outcome
    }

    /// A file whose name is arbitrary bytes (not necessarily UTF-8).
    private func rawName(_ relative: [UInt8], _ text: String) throws {
        let file = Array(path.utf8) + [0x2F] + relative + [0]
        let descriptor = file.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }
}
