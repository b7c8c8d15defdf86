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
        return new ImageCommits(ctx::state, ctx::now).commit(container, request);
    }

    @Override
    public byte[] save(List<String> names) {
        return saved.save(ctx.state().images, names);
    }

    @Override
    public List<String> load(byte[] tar) {
        return saved.load(ctx.state().images, tar, ctx.now());
    }

    @Override
    public byte[] export(String container) {
        return ContainerExports.export(ctx.state().containers.get(container));
    }

    @Override
    public String importImage(byte[] tar, String reference, String message, List<String> changes) {
        return new ContainerExports(ctx::state, ctx::now).importImage(tar, reference, message, changes);
    }
}
