/// Writes the page libxml2 is given (``UnreadMarkup``) into a buffer as long as the page: the
/// scan removes bytes or puts in their place something no longer (a stand-in, one space), so
/// the page's length bounds what it writes. An `Array` appended to checked its uniqueness and
/// capacity for each of the scan's pieces (770,000 on `../shared/corpus`).
struct ReducedPageWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes were written.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= buffer.count - count, "the reduced page outgrew the page")
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        (buffer.baseAddress! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "the reduced page outgrew the page")
        buffer[count] = byte
        count += 1
    }

    /// How many decimal digits ``appendDecimal(_:)`` writes for `number` (not negative).
    static func decimalLength(of number: Int) -> Int {
        var digits = 1
        var number = number
        while number >= 10 {
            number /= 10
            digits += 1
        }
        return digits
    }

    /// Appends a stand-in's number, `number` (not negative) in decimal digits.
    mutating func appendDecimal(_ number: Int) {
        var number = number
        var divisor = 1
        while divisor * 10 <= number { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(number / divisor))
            number %= divisor
            divisor /= 10
        }
    }
}
