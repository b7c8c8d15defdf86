package io.dockertutor.serve.classroom;

import io.dockertutor.tutor.progress.Progress;
import io.dockertutor.tutor.progress.ProgressStore;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A roster in plain files, one directory per learner under {@code <state>/serve/learners/}: {@code learner.properties}
 * (name, token, language, joining order) and the tutor's own progress file. The stand-in for the class database.
 */
public final class FileRoster implements Roster {
    private final Path learners;
    private final Map<String, Learner> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> joined = new ConcurrentHashMap<>();

    public FileRoster(Path learners) {
        this.learners = learners;
        try (Stream<Path> dirs = Files.isDirectory(learners) ? Files.list(learners) : Stream.empty()) {
            dirs.forEach(this::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path dir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("learner.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return;
        }
        Learner l = new Learner(dir.getFileName().toString(), p.getProperty("name", "?"), p.getProperty("token", ""),
                Locale.forLanguageTag(p.getProperty("lang", "en")));
        byId.put(l.id(), l);
        joined.put(l.id(), Long.parseLong(p.getProperty("joined", "0")));
    }

    @Override
    public synchronized Learner join(String name, Locale locale) {
        String id;
        do {
            id = RandomTokens.newToken().substring(0, 10).toLowerCase(Locale.ROOT).replace('-', 'x').replace('_', 'y');
        } while (byId.containsKey(id));
        Learner l = new Learner(id, name, RandomTokens.newToken(), locale);
        long order = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("name", name);
        p.setProperty("token", l.sessionToken());
        p.setProperty("lang", locale.getLanguage());
        p.setProperty("joined", Long.toString(order));
        try {
            Files.createDirectories(learners.resolve(id));
            try (Writer w = Files.newBufferedWriter(learners.resolve(id).resolve("learner.properties"), StandardCharsets.UTF_8)) {
                p.store(w, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byId.put(id, l);
        joined.put(id, order);
        return l;
    }

    @Override
    public Optional<Learner> bySessionToken(String token) {
        return byId.values().stream().filter(l -> RandomTokens.same(l.sessionToken(), token)).findFirst();
    }

    @Override
    public Optional<Learner> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Learner> all() {
        List<Learner> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(l -> joined.getOrDefault(l.id(), 0L)));
        return all;
    }

    @Override
    public ProgressStore progressStore(Learner learner) {
        return new ProgressStore(learners.resolve(learner.id()));
    }

    @Override
    public Progress progress(Learner learner) {
        return new ProgressStore(learners.resolve(learner.id())).load().progress();
    }

    @Override
    public void close() {
        // Nothing held open: every file is written when it changes.
    }
}
