import Foundation
import XCTest
@testable import Baogao

/// Every small hostile page kept in `Hostile/Inputs/` (hand-made cases and fuzzer findings) goes
/// through every stage of the default pipeline and comes out as a record or as a page failure with
/// a stable reason — never a crash, a hang or another kind of error.
final class HostileInputTests: XCTestCase {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    /// What each input must give: `record` (a report is written) or the failure reason of its page.
    /// A new input without an entry fails the test, so every case states its outcome. Notes:
    /// `invalid_utf8` has an invalid sequence every few characters (an eighth of its bytes become
    /// U+FFFD: not text); `unclosed_tags` never closes its `<title>`, which swallows the page as
    /// a browser's would; `utf32_bom` is read as UTF-16LE and its NULs are dropped.
    static let expected: [String: String] = [
        "attribute_flood.html": "record",
        "attribute_unterminated.html": "record",
        "binary.html": "binary_data",
        "bom_then_gbk.html": "record",
        "charref_flood.html": "record",
        "control_chars.html": "record",
        "deep_inline_unclosed.html": "record",
        "deep_nesting_small.html": "record",
        "digits_redos.html": "record",
        "elf.html": "binary_data",
        "empty.html": "empty_file",
        "fuzz_encoded_surrogates_in_utf8.html": "record",
        "fuzz_nuls_around_style_tag.html": "unparseable",
        "fuzz_block_owner_out_of_range.html": "record",
        "gbk_undeclared.html": "record",
        "gzip.html": "binary_data",
        "invalid_gbk.html": "record",
        "invalid_utf8.html": "binary_data",
        "meta_charset_garbage.html": "record",
        "meta_lies_gb2312_is_utf8.html": "record",
        "meta_lies_utf8_is_gbk.html": "record",
        "meta_unknown_charset.html": "record",
        "meta_utf16_declared_ascii.html": "record",
        "never_closed_comment.html": "record",
        "never_closed_script.html": "record",
        "nul_bytes.html": "record",
        "nul_only.html": "binary_data",
        "numbers_flood.html": "record",
        "only_markup.html": "no_main_content",
        "only_text.html": "record",
        "private_use_and_noncharacters.html": "record",
        "processing_instructions.html": "record",
        "table_soup.html": "record",
        "truncated_utf8_at_end.html": "record",
        "unclosed_tags.html": "no_main_content",
        "utf16_lone_surrogates.html": "record",
        "utf16be_bom.html": "record",
        "utf16be_no_bom_odd_length.html": "record",
        "utf16le_bom.html": "record",
        "utf16le_no_bom.html": "record",
        "utf32_bom.html": "record",
    ]

    func testEveryHostileInputGivesARecordOrAPageFailureWithItsReason() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.inputs.path).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 30)
        let pipeline = try ReportPipeline(config: ProjectFiles.defaultPipeline, inputRoot: Self.inputs.path)
        for name in names {
            let expected = try XCTUnwrap(Self.expected[name], "\(name) has no expected outcome in HostileInputTests.expected")
            let group = ReportGroup(id: String(name.dropLast(5)), pages: [ReportGrouper.source(for: name)])
            let started = ContinuousClock.now
            let outcome = pipeline.process(group, timeLimit: 30)
            XCTAssertLessThan(ContinuousClock.now - started, .seconds(10), "\(name) took too long")
            let failure = outcome.pages.first?.failure
            XCTAssertEqual(failure?.reason ?? "record", expected, "\(name): \(failure?.message ?? "a record was written")")
            if let failure {
                XCTAssertEqual(failure.source, name)
                XCTAssertFalse(failure.message.isEmpty)
                XCTAssertNil(outcome.line)
            } else {
                let line = try XCTUnwrap(outcome.line, name)
                let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], name)
                XCTAssertEqual(object["id"] as? String, group.id)
                XCTAssertFalse((object["text"] as? String ?? "").isEmpty, "\(name) has an empty text")
            }
        }
    }

    func testDecodedTextIsAlwaysValidUTF8WithoutNULs() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.inputs.path) {
            let bytes = try Array(Data(contentsOf: Self.inputs.appendingPathComponent(name)))
            guard let page = try? CharsetDecoder().run(RawPage(source: ReportGrouper.source(for: name), bytes: bytes)) else { continue }
            XCTAssertNotNil(String(validating: page.utf8, as: UTF8.self), "\(name) decoded to invalid UTF-8")
            XCTAssertFalse(page.utf8.contains(0), "\(name) still has a NUL byte")
        }
    }
}
