package io.dockertutor.cli.command;

/** docker's stringid.TruncateID: the first 12 hex digits, without the {@code sha256:} algorithm prefix. */
final class ShortIds {
    private ShortIds() {
    }

    static String of(String id) {
        int colon = id.indexOf(':');
        String hex = colon >= 0 ? id.substring(colon + 1) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
