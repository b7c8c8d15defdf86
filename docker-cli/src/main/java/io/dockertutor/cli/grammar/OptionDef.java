package io.dockertutor.cli.grammar;

/**
 * One flag of a docker command, as its {@code --help} declares it, or a hidden one the client accepts all the same.
 *
 * @param shorthand   the one-letter form, or null
 * @param name        the long form without dashes
 * @param type        pflag's value type: {@code bool}, {@code string}, {@code int}, {@code list}, {@code filter}, ...
 * @param description the help text
 * @param defaultText the {@code (default ...)} text of the help, or null
 * @param storedAs    the flag whose value this one sets: its own name, or for a hidden alias ({@code --net}) the
 *                    flag it stands for ({@code network}), as docker/cli binds both to one variable
 * @param deprecation pflag's deprecation note printed when the flag is used ({@code use --timeout instead}), or null
 */
public record OptionDef(String shorthand, String name, String type, String description, String defaultText,
                        String storedAs, String deprecation) {

    public OptionDef(String shorthand, String name, String type, String description, String defaultText) {
        this(shorthand, name, type, description, defaultText, name, null);
    }

    public boolean isBoolean() {
        return type.equals("bool");
    }

    /** The name pflag uses in messages: {@code -q, --quiet} when there is a shorthand, else {@code --name}. */
    public String displayName() {
        return shorthand == null ? "--" + name : "-" + shorthand + ", --" + name;
    }
}
