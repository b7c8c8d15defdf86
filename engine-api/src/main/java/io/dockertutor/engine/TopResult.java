package io.dockertutor.engine;

import java.util.List;

/** {@code docker top}: the column titles and one row per process, as {@code ps} inside the container prints them. */
public record TopResult(List<String> titles, List<List<String>> processes) {
    public TopResult {
        titles = List.copyOf(titles);
        processes = processes.stream().map(List::copyOf).toList();
    }
}
