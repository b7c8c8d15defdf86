package io.dockertutor.serve.term;

import java.io.IOException;
import org.jline.utils.NonBlockingReader;

/**
 * A terminal's keyboard that sends the screen ({@code beforeWait}) whenever a read would wait for a key: the moment
 * the tutor has printed everything it will print until the learner types again (its prompt, the echo of a line).
 * A key already waiting is read without sending, so a line typed ahead costs no frame per character.
 */
final class ScreenBeforeKeys extends NonBlockingReader {
    /**
     * JLine's {@code BindingReader} waits for a key in reads of this many milliseconds and only reads again when one
     * expires (no other reader of the library reads with it, nor does the tutor): each idle learner's thread woke
     * ten times a second for nothing, 0.07 of a core for a class of 200. Such a read waits for the key itself.
     */
    static final long KEY_POLL_MILLIS = 100;

    private final NonBlockingReader keys;
    private final Runnable beforeWait;

    ScreenBeforeKeys(NonBlockingReader keys, Runnable beforeWait) {
        this.keys = keys;
        this.beforeWait = beforeWait;
    }

    @Override
    protected int read(long timeout, boolean isPeek) throws IOException {
        sendIfWaiting();
        if (isPeek) {
            return keys.peek(timeout);
        }
        // 0: until a key comes or the terminal closes (closing wakes the read: the tutor then ends as on Ctrl-D).
        return keys.read(timeout == KEY_POLL_MILLIS ? 0L : timeout);
    }

    @Override
    public int readBuffered(char[] b, int off, int len, long timeout) throws IOException {
        sendIfWaiting();
        return keys.readBuffered(b, off, len, timeout);
    }

    @Override
    public int available() {
        return keys.available();
    }

    @Override
    public void shutdown() {
        keys.shutdown();
    }

    @Override
    public void close() throws IOException {
        keys.close();
    }

    private void sendIfWaiting() {
        if (keys.available() <= 0) {
            beforeWait.run();
        }
    }
}
