package io.dockertutor.sh;

import io.dockertutor.sh.Ast.HereDoc;
import io.dockertutor.sh.Ast.Quoted;
import io.dockertutor.sh.Ast.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the shell parser stands in the text: the position, the nesting depth (bounded by {@link #MAX_NESTING}),
 * blanks, comments and line breaks between commands, and the here-documents whose bodies start on the next line.
 */
abstract class ShellSourceCursor {
    /** How deeply lists, quotes and substitutions may nest: far past any real script, far below the stack. */
    static final int MAX_NESTING = 100;

    final String src;
    int pos;
    int depth;
    private final List<HereDoc> pending = new ArrayList<>();
    private boolean heredocAtEof;
    /** The first here-document whose terminator the text lacks: the next line that may end the input. */
    private HereDoc openHeredoc;

    ShellSourceCursor(String src, int depth) {
        this.src = src;
        this.depth = depth;
    }

    /** At the end of the text, a here-document still waiting for its body leaves the input open. */
    final void endOfInput() {
        if (!pending.isEmpty()) {
            heredocAtEof = true;
            openHeredoc = pending.get(0);
        }
    }

    final boolean heredocAtEof() {
        return heredocAtEof;
    }

    final HereDoc openHeredoc() {
        return openHeredoc;
    }

    /** The 1-based line of offset {@code at}; a newline being read still belongs to the line it ends. */
    int lineAt(int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (src.charAt(i) == '\n' && i + 1 < at) {
                line++;
            }
        }
        return line;
    }

    boolean eof() {
        return pos >= src.length();
    }

    char peek() {
        return src.charAt(pos);
    }

    char peekAt(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    boolean startsWith(String s) {
        return src.startsWith(s, pos);
    }

    /** One more level of nesting; past {@link #MAX_NESTING} a syntax error instead of a deeper Java stack. */
    void enter() throws ShellSyntaxException {
        if (++depth > MAX_NESTING) {
            throw ShellSyntaxException.tooDeep(MAX_NESTING);
        }
    }

    void leave() {
        depth--;
    }

    /** A here-document whose body starts on the next line. */
    void awaitBody(HereDoc doc) {
        pending.add(doc);
    }

    /** Reads the bodies of here-documents whose operator was on the line that just ended. */
    private void readHeredocBodies() throws ShellSyntaxException {
        for (HereDoc doc : pending) {
            StringBuilder body = new StringBuilder();
            boolean terminated = false;
            while (!eof()) {
                int nl = src.indexOf('\n', pos);
                String line = nl < 0 ? src.substring(pos) : src.substring(pos, nl);
                pos = nl < 0 ? src.length() : nl + 1;
                if (doc.stripTabs()) {
                    line = line.replaceFirst("^\t+", "");
                }
                if (line.equals(doc.delimiter())) {
                    terminated = true;
                    break;
                }
                body.append(line).append('\n');
            }
            if (!terminated) {
                heredocAtEof = true;
                if (openHeredoc == null) {
                    openHeredoc = doc;
                }
            }
            String text = body.toString();
            doc.body(doc.expand() ? WordParser.parseHeredocBody(text, depth) : new Word(List.of(new Quoted(text))));
        }
        pending.clear();
    }

    void skipBlanks() {
        while (!eof()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\\' && peekAt(1) == '\n') {
                pos += 2;
            } else {
                break;
            }
        }
    }

    void skipSeparatingWhitespace() throws ShellSyntaxException {
        while (true) {
            skipBlanks();
            if (eof()) {
                return;
            }
            char c = peek();
            if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                pos++;
                readHeredocBodies();
            } else {
                return;
            }
        }
    }

    void skipComment() {
        int nl = src.indexOf('\n', pos);
        pos = nl < 0 ? src.length() : nl;
    }
}
