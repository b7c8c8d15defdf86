package io.dockertutor.cli.command;

import java.util.ArrayList;
import java.util.List;

/**
 * With buildx as the default builder (Docker 23 and later), the client hands {@code docker build},
 * {@code docker image build} and {@code docker builder build} to {@code docker buildx build}, whose errors then
 * read {@code ERROR: docker: 'docker buildx build' requires 1 argument}. This does the same rewriting.
 */
final class BuilderAlias {
    private BuilderAlias() {
    }

    static List<String> rewrite(List<String> words) {
        int at = 0;
        if (words.size() > at && words.get(at).equals("build")) {
            return replaced(words, 1);
        }
        if (words.size() > at + 1 && (words.get(at).equals("image") || words.get(at).equals("builder")) && words.get(at + 1).equals("build")) {
            return replaced(words, 2);
        }
        return words;
    }

    static boolean isBuildx(List<String> words) {
        return words.size() >= 2 && words.get(0).equals("buildx");
    }

    private static List<String> replaced(List<String> words, int drop) {
        List<String> out = new ArrayList<>(List.of("buildx", "build"));
        out.addAll(words.subList(drop, words.size()));
        return out;
    }
}
