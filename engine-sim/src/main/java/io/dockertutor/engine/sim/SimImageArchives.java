package io.dockertutor.engine.sim;

import io.dockertutor.engine.CommitRequest;
import io.dockertutor.engine.ImageArchives;
import java.util.List;

/** {@code docker commit}, {@code save}, {@code load}, {@code export} and {@code import} on the simulated engine. */
final class SimImageArchives implements ImageArchives {
    private final SimContext ctx;
    private final SavedArchives saved;

    SimImageArchives(SimContext ctx, SavedArchives saved) {
        this.ctx = ctx;
        this.saved = saved;
    }

    @Override
    public String commit(String container, CommitRequest request) {
        SimContainer c = ctx.state().containers.get(container);
        String id = new ImageCommits(ctx::state, ctx::now).commit(container, request);
        String ref = tagged(id, request.reference());
        ctx.events().container(c, "commit", java.util.Map.of("comment", request.comment() == null ? "" : request.comment(),
                "imageID", id, "imageRef", ref));
        return id;
    }

    /** The daemon tags a committed or imported image first, with its own {@code tag} event; answers the reference. */
    private String tagged(String id, String reference) {
        if (reference == null || reference.isEmpty()) {
            return "";
        }
        String ref = io.dockertutor.engine.ImageReference.parse(reference).withDefaultTag().familiar();
        ctx.events().image(id, ref, "tag");
        return ref;
    }

    @Override
    public byte[] save(List<String> names) {
        byte[] tar = saved.save(ctx.state().images, names);
        names.stream().map(n -> ctx.state().images.get(n).id()).distinct().forEach(id -> ctx.events().image(id, id, "save"));
        return tar;
    }

    @Override
    public List<String> load(byte[] tar) {
        return saved.load(ctx.state().images, tar, ctx.now());
    }

    @Override
    public byte[] export(String container) {
        SimContainer c = ctx.state().containers.get(container);
        byte[] tar = ContainerExports.export(c);
        ctx.events().container(c, "export");
        return tar;
    }

    @Override
    public String importImage(byte[] tar, String reference, String message, List<String> changes) {
        String id = new ContainerExports(ctx::state, ctx::now).importImage(tar, reference, message, changes);
        tagged(id, reference);
        ctx.events().image(id, id, "import");
        return id;
    }
}
