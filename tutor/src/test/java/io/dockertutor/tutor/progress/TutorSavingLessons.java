package io.dockertutor.tutor.progress;

import java.nio.file.Path;

/**
 * A process {@link TwoTutorsOnOneStateDirectoryTest} runs twice at once: finishes lessons NAME-0 to NAME-(N-1), one
 * save each, as a tutor would. Prints "done" at the end.
 */
public final class TutorSavingLessons {
    private TutorSavingLessons() {
    }

    public static void main(String[] args) throws Exception {
        ProgressFile store = new ProgressFile(Path.of(args[0]));
        Progress p = store.load().progress();
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            p.finished(args[1] + "-" + i, 1);
            store.save(p);
        }
        store.close();
        System.out.println("done");
    }
}
