package io.dockertutor.serve.term;

import java.io.ByteArrayOutputStream;

/**
 * The last bytes a learner's terminal printed, at most {@code capacity}, so that a reloaded page is not blank: it is
 * sent first to every new viewer. A replay that had to drop its beginning starts at the line after the cut, so it
 * never begins in the middle of a UTF-8 character or an escape sequence.
 */
final class ScreenReplay {
    private final byte[] ring;
    private long written;

    ScreenReplay(int capacity) {
        this.ring = new byte[capacity];
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[offset + i];
        }
    }

    /** What a new viewer is shown: the screen cleared, then the kept bytes. */
    synchronized byte[] snapshot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {27, '[', 'H', 27, '[', '2', 'J'});
        int kept = (int) Math.min(written, ring.length);
        long start = written - kept;
        boolean cut = start > 0;
        for (long i = start; i < written; i++) {
            byte b = ring[(int) (i % ring.length)];
            if (cut) {
                cut = b != '\n';
                continue;
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
