package io.dockertutor.cli.grammar;

/**
 * One flag of a docker command, as its {@code --help} declares it.
 *
 * @param shorthand   the one-letter form, or null
 * @param name        the long form without dashes
 * @param type        pflag's value type: {@code bool}, {@code string}, {@code int}, {@code list}, {@code filter}, ...
 * @param description the help text
 * @param defaultText the {@code (default ...)} text of the help, or null
 */
public record OptionDef(String shorthand, String name, String type, String description, String defaultText) {

    public boolean isBoolean() {
        return type.equals("bool");
    }

    /** The name pflag uses in messages: {@code -q, --quiet} when there is a shorthand, else {@code --name}. */
    public String displayName() {
        return shorthand == null ? "--" + name : "-" + shorthand + ", --" + name;
    }
}
