package io.dockertutor.sh.builtins;

import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.OutsideViewException;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Where a filter's result goes: standard output, or the file its command line names ({@code sort -o FILE},
 * {@code uniq IN OUT}), written after all input was read (so {@code sort -o f f} works) and only inside the view.
 */
final class OutputOperand {
    private OutputOperand() {
    }

    /**
     * Writes {@code bytes} to {@code output}, or to standard output when it is null; answers 0, or {@code status}
     * after the program's complaint ({@code what} then the file and the reason, e.g. {@code "sort: open failed: "}).
     */
    static int write(Invocation call, String output, byte[] bytes, String what, int status) {
        if (output == null) {
            call.out().write(bytes, 0, bytes.length);
            return 0;
        }
        try {
            Files.write(call.resolve(output), bytes);
            return 0;
        } catch (OutsideViewException e) {
            call.err().println(call.name() + ": " + call.reason(e));
            return status;
        } catch (IOException e) {
            call.err().println(what + output + ": " + e.getMessage());
            return status;
        }
    }
}
