import ArgumentParser
import Baogao
import Foundation
import Logging

/// The entry point: runs the command and maps errors to baogao's exit codes.
///
/// 0 every page processed; 1 the run finished but some pages failed; 2 usage or configuration
/// error (one line on stderr naming the problem). ArgumentParser's own usage code (64) is mapped to 2.
@main
enum BaogaoMain {
    static func main() {
        // A file-size limit (`ulimit -f`) must not kill a run half-way: with SIGXFSZ ignored, the
        // write that crosses it fails with EFBIG and the run exits 2 naming the file.
        signal(SIGXFSZ, SIG_IGN)
        // The pipeline's rules need the NFKC table right after the arguments and the YAML are read.
        CompatibilityFolding.prepareInBackground()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        do {
            var command = try BaogaoCommand.parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as ConfigError {
            fail("\(error)")
        } catch {
            if BaogaoCommand.exitCode(for: error) == .success {
                BaogaoCommand.exit(withError: error)
            }
            fail(BaogaoCommand.message(for: error) + " (see 'baogao --help')")
        }
    }

    private static func fail(_ line: String) -> Never {
        FileHandle.standardError.write(Data("baogao: \(line.replacingOccurrences(of: "\n", with: " "))\n".utf8))
        Foundation.exit(2)
    }
}
