package io.dockertutor.cli.command;

import java.io.IOException;
import java.io.InputStream;

/** The docker CLI's {@code [y/N]} prompts: reads one line of standard input; only {@code y} or {@code yes} agree. */
final class Confirm {
    private Confirm() {
    }

    static boolean answeredYes(CliContext ctx) {
        StringBuilder line = new StringBuilder();
        try {
            InputStream in = ctx.in();
            int c;
            while (in != null && (c = in.read()) >= 0 && c != '\n') {
                line.append((char) c);
            }
        } catch (IOException e) {
            return false;
        }
        String answer = line.toString().trim().toLowerCase(java.util.Locale.ROOT);
        return answer.equals("y") || answer.equals("yes");
    }
}
