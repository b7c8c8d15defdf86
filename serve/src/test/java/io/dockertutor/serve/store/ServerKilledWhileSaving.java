package io.dockertutor.serve.store;

import io.dockertutor.tutor.progress.Progress;
import java.nio.file.Path;

/**
 * The serve process {@link KilledServerKeepsEverySaveTest} kills: opens the class database and saves learner
 * {@code args[2]}'s progress over and over, one step more each time, printing the number of each save after it
 * returned. Arguments: the database URL ({@code -} for the default SQLite file), the state directory, the learner.
 */
public final class ServerKilledWhileSaving {
    private ServerKilledWhileSaving() {
    }

    public static void main(String[] args) throws Exception {
        ClassDatabase db = ClassDatabase.open(args[0].equals("-") ? null : args[0], Path.of(args[1]));
        DatabaseProgress store = db.progressOf(args[2], Lessons.CURRICULUM, p -> { });
        store.load();
        for (int saves = 1; ; saves++) {
            store.save(generation(saves));
            System.out.println(saves);
            System.out.flush();
        }
    }

    /** The progress of save {@code n}: lesson "images" opened, {@code n} commands typed and {@code n} hints taken on "list". */
    static Progress generation(int n) {
        Progress p = new Progress();
        p.welcome();
        p.opened("images", 0);
        for (int i = 0; i < n; i++) {
            p.attempted("images", "list");
            p.hintShown("images", "list", Integer.MAX_VALUE);
        }
        return p;
    }
}
