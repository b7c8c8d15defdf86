package io.dockertutor.tutor.repl;

import io.dockertutor.engine.Engine;
import io.dockertutor.engine.EngineCapabilities;
import io.dockertutor.engine.Filters;
import io.dockertutor.engine.ImageSummary;
import io.dockertutor.engine.Ownership;
import io.dockertutor.engine.Snapshots;
import io.dockertutor.tutor.i18n.TutorMessages;
import io.dockertutor.tutor.engines.CannotOpenEngine;
import io.dockertutor.tutor.engines.EngineFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code docker} engine for the REPL's tests: the simulated engine dressed as a real one, with no undo (so
 * reset and back must replay), an address, and an ownership that counts its clean-ups and reports the learner's own
 * objects it was given. Its clean-up empties the simulated engine, which held nothing but the session's objects.
 * Every engine opened is kept in {@link #opened}, in order, for the tests to look at.
 */
final class StandInDocker implements EngineFactory.Opener {
    private final EngineFactory simulated;
    private final Ownership.Foreign foreign;
    final List<Session> opened = new ArrayList<>();

    StandInDocker(EngineFactory simulated, Ownership.Foreign foreign) {
        this.simulated = simulated;
        this.foreign = foreign;
    }

    /** {@code engines} with {@code docker} replaced by a stand-in reporting {@code foreign} as the learner's objects. */
    static StandInDocker register(EngineFactory engines, Ownership.Foreign foreign) {
        StandInDocker docker = new StandInDocker(engines, foreign);
        engines.register("docker", docker);
        return docker;
    }

    @Override
    public Engine open(Path workspace, TutorMessages messages) throws CannotOpenEngine {
        Session session = new Session((Engine) simulated.open("sim", workspace, messages), foreign);
        opened.add(session);
        return session.engine;
    }

    /** One engine session: how often its objects were cleaned up, and whether the tutor closed it. */
    static final class Session {
        private static final Set<String> PREDEFINED = Set.of("bridge", "host", "none");
        private final Engine sim;
        private final Snapshots.Snapshot empty;
        private final Ownership.Foreign foreign;
        final Engine engine;
        private final Ownership ownership;
        int cleanUps;
        boolean closed;

        Session(Engine sim, Ownership.Foreign foreign) {
            this.sim = sim;
            this.foreign = foreign;
            this.empty = sim.snapshots().orElseThrow().take();
            // Everything on the stand-in is the session's, except the learner's objects it reports as foreign.
            this.ownership = (Ownership) Proxy.newProxyInstance(Ownership.class.getClassLoader(), new Class<?>[] {Ownership.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "cleanUp" -> cleanUp();
                        case "foreign" -> foreign;
                        default -> method.invoke(Ownership.EVERYTHING, args);
                    });
            this.engine = (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "snapshots" -> Optional.empty();
                        case "capabilities" -> withoutUndo(sim.capabilities());
                        case "ownership" -> ownership;
                        case "describe" -> "docker (unix:///stand-in/docker.sock)";
                        case "close" -> {
                            closed = true;
                            yield null;
                        }
                        default -> {
                            try {
                                yield method.invoke(sim, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    });
        }

        private static EngineCapabilities withoutUndo(EngineCapabilities c) {
            return new EngineCapabilities(false, c.daemonRestart(), c.engineFiles(), c.concurrentCalls());
        }

        private List<String> cleanUp() {
            cleanUps++;
            List<String> removed = new ArrayList<>();
            sim.listContainers(true, 0, false, Filters.NONE).forEach(c -> removed.add("container " + c.names().get(0)));
            for (ImageSummary i : sim.listImages(false, Filters.NONE)) {
                removed.add("image " + (i.repoTags().isEmpty() ? i.id() : i.repoTags().get(0)));
            }
            sim.listVolumes(Filters.NONE).forEach(v -> removed.add("volume " + v.name()));
            sim.listNetworks(Filters.NONE).stream().filter(n -> !PREDEFINED.contains(n.name()))
                    .forEach(n -> removed.add("network " + n.name()));
            sim.snapshots().orElseThrow().restore(empty);
            return removed;
        }
    }
}
