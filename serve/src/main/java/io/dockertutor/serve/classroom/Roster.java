package io.dockertutor.serve.classroom;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * The class's learners and their progress, wherever they are kept (the class's database). Joining makes a learner
 * with a fresh session token; the browser's cookie finds them again, also after a server restart.
 */
public interface Roster extends AutoCloseable {
    /** A new learner with a fresh, unguessable session token. */
    Learner join(String name, Locale locale);

    Optional<Learner> bySessionToken(String token);

    Optional<Learner> byId(String id);

    /** Everyone who joined, in joining order. */
    List<Learner> all();

    /** Opens the learner's progress store, for their tutor session. */
    ProgressStore progressStore(Learner learner);

    /** The learner's progress as last saved. */
    Progress progress(Learner learner);

    @Override
    void close();
}
