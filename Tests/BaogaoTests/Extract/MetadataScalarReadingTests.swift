import Baogao
import Foundation
import XCTest

/// The scalar reading of metadata (`MetadataText<Unicode.Scalar>`) must give what the character reading gives.
final class MetadataScalarReadingTests: XCTestCase {
    private static let headers = [
        "(江苏省)徐州市铜山区人民政府工作报告(2023年1月2日)\n  各位代表,过去的一年,我们在应对挑战中主动作为。是全区人民共同奋斗的结果。",
        "政府工作报告\n——2021年1月9日在博野县第十六届人民代表大会第五次会议上\n县长 李明华\n各位代表:\n现在,我代表县人民政府向大会报告工作。",
        "2019年陇县人民政府工作报告(全文)——在陇县第十七届人民代表大会第四次会议上县长赵甲文(2020年1月8日)各位代表:",
        "政府工作报告\n——二〇二三年一月十一日在市十六届人大五次会议上\n苏州市市长 吴庆文\n同志们:\n全市上下攻坚克难,市政府工作总体要求是稳中求进。",
        "国务院总理 李强\n各位代表:\n现在,我代表国务院,向大会报告政府工作。",
        "(2023年1月11日 赵龙)\n各位委员:\n本区坚持稳中求进,我代表区人民政府报告工作,全区经济运行良好。",
        "过去一年,我们较好完成了县十七届人大三次会议确定的目标任务,全县经济社会发展取得新成效。\n各位代表,成绩来之不易。",
    ]

    /// Text pieces that metadata is read from, including spaces the reading removes.
    private static let pieces = [
        "县长", "区 长", "代市长", "人民政府", "政府工作报告", "各位代表", "\n", " ", "\u{3000}", "\u{00A0}", "\t", "2020年",
        "1月", "8日", "第十八届", "人民代表大会", "第二次会议上", "铜山", "新华区", "全市", "我代表", "(", ")", "——", "在",
        "庄红", "王·文", "徐州市", "江苏省", "·", "十", "〇", "O", "2", "报告", "国务院",
    ]

    func testEveryStandaloneScalarIsACharacterOfItsOwnAndItsOwnCanonicalForm() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), StandaloneScalar.contains(scalar) else { continue }
            let alone = String(scalar)
            for neighbour in ["a", "中", "\n", "。", alone] {
                XCTAssertEqual((alone + neighbour).count, 2, "U+\(String(value, radix: 16)) joins \(neighbour)")
                XCTAssertEqual((neighbour + alone).count, 2, "U+\(String(value, radix: 16)) joins \(neighbour)")
            }
            XCTAssertEqual(Array(alone.precomposedStringWithCanonicalMapping.unicodeScalars), [scalar])
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20_000)
        XCTAssertFalse(StandaloneScalar.contains("\r"))
        XCTAssertFalse(StandaloneScalar.contains("\u{301}"))
        XCTAssertFalse(StandaloneScalar.contains("\u{F9B2}"), "零 as a compatibility ideograph equals 零")
    }

    func testScalarReadingHoldsTheSameCharactersAsTheCharacterReading() throws {
        let long = String(repeating: "全县 经济发展,", count: 200)
        for text in Self.headers + [long, "", "\n\n"] {
            let scalars = try XCTUnwrap(MetadataText<Unicode.Scalar>(standaloneTitle: "县 政府", text: text))
            let characters = MetadataText<Character>(title: "县 政府", text: text)
            XCTAssertEqual(scalars.title.map(Character.init), characters.title)
            XCTAssertEqual(scalars.window.map(Character.init), characters.window)
            XCTAssertEqual(scalars.headerEnd, characters.headerEnd)
            XCTAssertEqual(scalars.header.map(Character.init), characters.header)
        }
    }

    func testTextThatIsNotStandaloneScalarsIsLeftToTheCharacterReading() {
        let window = MetadataText<Character>.windowLength
        let tricky = [
            "县长\r\n王文", "县长王文\u{301}", "\u{F9B2}", "👨‍👩‍👧",
            // The character after the window would join the window's last scalar.
            String(repeating: "中", count: window) + "\u{301}",
        ]
        for text in tricky {
            XCTAssertNil(MetadataText<Unicode.Scalar>(standaloneTitle: "", text: text), text)
            XCTAssertNil(MetadataText<Unicode.Scalar>(standaloneTitle: text, text: ""), text)
        }
        let cut = MetadataText<Unicode.Scalar>(
            standaloneTitle: "", text: String(repeating: "中", count: window) + "\u{301}" + String(repeating: "中", count: 5))
        XCTAssertNil(cut)
        // A mark far past the window does not matter.
        let past = String(repeating: "中", count: window + 1) + "\u{301}"
        XCTAssertEqual(MetadataText<Unicode.Scalar>(standaloneTitle: "", text: past)?.window.count, window)
    }

    func testBothReadingsGiveTheSameMetadataOnVariedHeaders() throws {
        let extractor = MetadataExtractor(gazetteer: try Gazetteer.project.get())
        var generator = SeededGenerator(seed: 20_240_611)
        var texts = Self.headers
        for _ in 0..<300 {
            var text = Self.headers[Int(generator.next() % UInt64(Self.headers.count))]
            for _ in 0..<(1 + generator.next() % 6) {
                let piece = Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
                let offset = Int(generator.next() % UInt64(text.count + 1))
                text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: offset))
            }
            texts.append(text)
        }
        var named = 0
        for text in texts {
            let scalars = try XCTUnwrap(MetadataText<Unicode.Scalar>(standaloneTitle: "", text: text))
            let metadata = extractor.extract(scalars)
            XCTAssertEqual(metadata, extractor.extract(MetadataText<Character>(title: "", text: text)), text)
            XCTAssertEqual(metadata, extractor.extract(title: "", text: text), text)
            if metadata.region != nil { named += 1 }
        }
        XCTAssertGreaterThan(named, texts.count / 2, "the headers should mostly name a place")
    }

    func testScalarMatchesEqualCharacterMatchesAndFallBackForOtherNames() throws {
        let gazetteer = try Gazetteer.project.get()
        let text = "(江苏省)徐州市铜山区人民政府,新华区和铜山县,代县长,全县"
        let chars = Array(text)
        let scalars = Array(text.unicodeScalars)
        for range in [0..<chars.count, 3..<chars.count - 2, 5..<6] {
            XCTAssertEqual(gazetteer.matches(inScalars: scalars, range: range), gazetteer.matches(in: chars, range: range))
        }
        // A name written with a compatibility ideograph equals the unified spelling only as characters.
        let unit = GazetteerUnit(code: "110000", level: .province, name: "\u{F9B2}陵市", validFrom: 1949, province: "\u{F9B2}陵市")
        let compatible = Gazetteer(units: [unit])
        let plain = Array("零陵市".unicodeScalars)
        XCTAssertEqual(compatible.matches(inScalars: plain, range: 0..<plain.count).map(\.start), [0])
        XCTAssertEqual(
            compatible.matches(inScalars: plain, range: 0..<plain.count),
            compatible.matches(in: plain.map(Character.init), range: 0..<plain.count))
    }
}
