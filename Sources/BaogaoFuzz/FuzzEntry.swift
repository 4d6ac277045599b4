import Foundation

#if BAOGAO_LIBFUZZER
/// libFuzzer's entry point (built by `make fuzz` with `-sanitize=fuzzer,address -D BAOGAO_LIBFUZZER`):
/// one input through every stage of the default pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzHarness.run(bytes)
    return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it in).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The executable's entry point under SwiftPM, which links executables with
/// `main=<module>_main`: hands over to libFuzzer's driver.
@_cdecl("BaogaoFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzTestOneInput)
}
#else
/// `baogao-fuzz FILE…` in an ordinary build: replays inputs (a corpus, crashers, regression cases)
/// through the same stages the fuzzer drives, one file or directory of files at a time.
@main
enum FuzzEntry {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: baogao-fuzz FILE|DIR…  (replays inputs through every stage)\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("baogao-fuzz: no such file: \(path)\n".utf8))
                exit(2)
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzHarness.run(Array(data))
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }
}
#endif
