/// The attributes a tree builder reads, of start tags where libxml2 reads them as one short
/// stand-in attribute: `b="`, `0x7F` and the tag's number in decimal, `"`. The tree builder
/// hands on the tag's own attributes (names and values) where a stand-in arrives.
///
/// libxml2 reads an attribute value a character at a time into a buffer it allocates for each
/// value; on `../shared/corpus`, whose pages carry long `class`, `style` and `<meta content>`
/// values, that was a tenth of all instructions (callgrind). A tag's attributes stand in only
/// where libxml2 would hand on each as it is in the page:
/// - the scan of ``UnreadMarkup`` read the tag as libxml2 does, and every other attribute of the
///   tag is removed (so none can take the stand-in's name);
/// - no two attributes have the same name (libxml2 keeps the first), and no value has an `&`
///   (libxml2 reads references in values), a `<` or `>` (the scan keeps those in place), a
///   control character but a blank, or U+FFFE or U+FFFF;
/// - the page has no `0x7F` byte at all, so every value that starts with one is a stand-in's.
///
/// A stand-in libxml2 never hands on is a tag it drops, attributes and all, in both readings.
struct AttributeStandIns {
    /// The first byte of a stand-in's value (as for ``TextStandIns``).
    static let marker = TextStandIns.marker
    /// Tags whose attributes' names and values take fewer bytes than this keep them: libxml2
    /// reads a stand-in's 1-byte name and 3- or 4-byte value about as fast.
    static let minimumLength = 12

    /// One attribute of a tag: its name (an index of ``UnreadMarkup/keptNames``) and its value's
    /// place in the page (`valueStart` is -1 for an attribute with no value).
    struct Attribute {
        var name: Int32
        var valueStart: Int32
        var valueEnd: Int32
    }

    /// The page the attributes are in.
    let page: UnsafeBufferPointer<UInt8>
    /// The attributes of every tag standing in, tag after tag.
    private var attributes: [Attribute] = []
    /// Where each tag's attributes start in ``attributes``, and their end.
    private var tagStarts: [Int32] = [0]

    init(page: UnsafeBufferPointer<UInt8>) {
        self.page = page
    }

    /// How many tags stand in.
    var count: Int { tagStarts.count - 1 }

    /// The length of the next stand-in: ` b="`, the marker, the digits of the tag's number, `"`.
    var nextLength: Int { 6 + ReducedPageWriter.decimalLength(of: count) }

    /// Records the attributes of a tag and appends their stand-in (``nextLength`` bytes), white
    /// space first, to `output`.
    mutating func standIn(for tagAttributes: UnsafeMutableBufferPointer<Attribute>, appendingTo output: inout ReducedPageWriter) {
        for byte in [UInt8(ascii: " "), UInt8(ascii: "b"), UInt8(ascii: "="), UInt8(ascii: "\""), Self.marker] { output.append(byte) }
        output.appendDecimal(count)
        output.append(UInt8(ascii: "\""))
        attributes.append(contentsOf: UnsafeBufferPointer(tagAttributes))
        tagStarts.append(Int32(attributes.count))
    }

    /// Calls `body` with the tables the stand-ins expand from, valid for the call.
    func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        attributes.withUnsafeBufferPointer { attributes in
            tagStarts.withUnsafeBufferPointer { tagStarts in
                body(Tables(page: page, attributes: attributes, tagStarts: tagStarts))
            }
        }
    }

    /// The stand-ins' attributes as plain pointers, for a tree builder's callbacks.
    struct Tables {
        let page: UnsafeBufferPointer<UInt8>
        let attributes: UnsafeBufferPointer<Attribute>
        let tagStarts: UnsafeBufferPointer<Int32>

        /// Calls `body` with the name and value of each attribute the stand-in `value` (a C
        /// string that starts with ``marker``) stands for; false when it names no tag.
        func expand(_ standIn: UnsafePointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void) -> Bool {
            let count = tagStarts.count - 1
            var cursor = standIn + 1
            var number = 0
            while cursor.pointee != 0 && number <= count {
                let digit = cursor.pointee &- UInt8(ascii: "0")
                guard digit <= 9 else { break }
                number = number * 10 + Int(digit)
                cursor += 1
            }
            guard cursor.pointee == 0, cursor > standIn + 1, number < count else { return false }
            for index in Int(tagStarts[number])..<Int(tagStarts[number + 1]) {
                let attribute = attributes[index]
                let name = UnreadMarkup.keptNames[Int(attribute.name)]
                let value = attribute.valueStart >= 0
                    ? UnsafeBufferPointer(rebasing: page[Int(attribute.valueStart)..<Int(attribute.valueEnd)]) : nil
                body(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), value)
            }
            return true
        }
    }

    /// Whether libxml2 hands on the value in `range` of `page` as it is: no `&`, `<` or `>`, no
    /// control character but a blank, no U+FFFE or U+FFFF. Eight bytes at a time.
    static func isPlainValue(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 8 <= range.upperBound {
                let word = ByteWord.load(page, at: index)
                let flags = ByteWord.flags(word, below: 0x20) | ByteWord.flags(word, equalTo: UInt8(ascii: "&"))
                    | ByteWord.flags(word, equalTo: UInt8(ascii: "<")) | ByteWord.flags(word, equalTo: UInt8(ascii: ">"))
                    | ByteWord.flags(word, equalTo: 0xBF)
                if flags == 0 {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount / 8
            }
            let byte = page[index]
            if byte < 0x20 {
                guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
            } else if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                return false
            } else if byte == 0xBF && index > range.lowerBound && page[index - 1] == 0xEF && index + 1 < range.upperBound && page[index + 1] >= 0xBE {
                return false
            }
            index += 1
        }
        return true
    }
}
