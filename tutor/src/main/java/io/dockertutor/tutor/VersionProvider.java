package io.dockertutor.tutor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code docker-tutor --version}: the project version stamped into the jar at build time. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/docker-tutor-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The line {@code docker-tutor --version} prints. */
    static String line() {
        return "docker-tutor " + version() + " (simulating docker CLI 28.2.2)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
