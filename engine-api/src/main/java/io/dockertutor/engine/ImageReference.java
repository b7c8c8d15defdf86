package io.dockertutor.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed image reference, normalized as Docker's distribution/reference package does:
 * {@code nginx} is {@code docker.io/library/nginx:latest}, {@code nginx/nginx-ingress:3} is
 * {@code docker.io/nginx/nginx-ingress:3}, {@code 127.0.0.1:5000/x} keeps its registry.
 *
 * <pre>{@code
 * ImageReference ref = ImageReference.parse("nginx");
 * ref.familiar();   // "nginx:latest"
 * ref.canonical();  // "docker.io/library/nginx:latest"
 * }</pre>
 *
 * @param domain     registry host, {@code docker.io} by default
 * @param path       repository path, with {@code library/} for official images on Docker Hub
 * @param tag        the tag, or null when a digest is given without a tag (never null after {@link #withDefaultTag()})
 * @param digest     {@code sha256:...} or null
 * @param tagDefaulted true when no tag nor digest was written and {@code latest} was assumed
 */
public record ImageReference(String domain, String path, String tag, String digest, boolean tagDefaulted) {

    public static final String DEFAULT_DOMAIN = "docker.io";
    public static final String DEFAULT_TAG = "latest";

    private static final Pattern PATH_COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
    private static final Pattern DOMAIN = Pattern.compile("(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?");

    /**
     * Parses a reference as the docker CLI does.
     *
     * @throws InvalidReferenceException with Docker's wording ({@code invalid reference format},
     *         {@code invalid reference format: repository name (library/Nginx) must be lowercase})
     */
    public static ImageReference parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidReferenceException("invalid reference format");
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                throw new InvalidReferenceException("invalid reference format");
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidReferenceException("invalid reference format");
            }
        }
        String domain = DEFAULT_DOMAIN;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost") || !first.equals(first.toLowerCase(Locale.ROOT))) {
                domain = first;
                path = rest.substring(slash + 1);
                if (!DOMAIN.matcher(domain).matches()) {
                    throw new InvalidReferenceException("invalid reference format");
                }
            }
        }
        if (path.isEmpty()) {
            throw new InvalidReferenceException("invalid reference format");
        }
        for (String component : path.split("/", -1)) {
            if (!PATH_COMPONENT.matcher(component).matches()) {
                if (PATH_COMPONENT.matcher(component.toLowerCase(Locale.ROOT)).matches()) {
                    String shown = domain.equals(DEFAULT_DOMAIN) && !path.contains("/") ? "library/" + path : path;
                    throw new InvalidReferenceException("invalid reference format: repository name (" + shown + ") must be lowercase");
                }
                throw new InvalidReferenceException("invalid reference format");
            }
        }
        if (domain.equals("index.docker.io")) {
            domain = DEFAULT_DOMAIN;
        }
        if (domain.equals(DEFAULT_DOMAIN) && !path.contains("/")) {
            path = "library/" + path;
        }
        if (path.length() + domain.length() + 1 > 255) {
            throw new InvalidReferenceException("invalid reference format: repository name must not be more than 255 characters");
        }
        boolean defaulted = tag == null && digest == null;
        return new ImageReference(domain, path, defaulted ? DEFAULT_TAG : tag, digest, defaulted);
    }

    /** Parses a reference, answering empty instead of throwing for text that is not one. */
    public static Optional<ImageReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidReferenceException e) {
            return Optional.empty();
        }
    }

    /** The same reference with {@code latest} when it names neither tag nor digest. */
    public ImageReference withDefaultTag() {
        return tag != null ? this : new ImageReference(domain, path, DEFAULT_TAG, digest, true);
    }

    /** Repository as Docker shows it: {@code nginx}, {@code nginx/nginx-ingress}, {@code 127.0.0.1:5000/x}. */
    public String familiarRepository() {
        if (domain.equals(DEFAULT_DOMAIN)) {
            return path.startsWith("library/") ? path.substring("library/".length()) : path;
        }
        return domain + "/" + path;
    }

    /** Full repository name: {@code docker.io/library/nginx}. */
    public String canonicalRepository() {
        return domain + "/" + path;
    }

    /** {@code nginx:latest}, {@code nginx@sha256:...}, or {@code nginx:1.27@sha256:...}. */
    public String familiar() {
        return familiarRepository() + suffix();
    }

    /** {@code docker.io/library/nginx:latest}. */
    public String canonical() {
        return canonicalRepository() + suffix();
    }

    private String suffix() {
        StringBuilder b = new StringBuilder();
        if (tag != null && !(digest != null && tagDefaulted)) {
            b.append(':').append(tag);
        }
        if (digest != null) {
            b.append('@').append(digest);
        }
        return b.toString();
    }

    /** Thrown for text that is not an image reference; the message is Docker's. */
    public static final class InvalidReferenceException extends IllegalArgumentException {
        public InvalidReferenceException(String message) {
            super(message);
        }
    }
}
