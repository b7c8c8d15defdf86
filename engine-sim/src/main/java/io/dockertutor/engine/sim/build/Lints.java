package io.dockertutor.engine.sim.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BuildKit's build checks that a Dockerfile from the notes trips: {@code FromAsCasing} ({@code FROM ... as builder}),
 * {@code MaintainerDeprecated} and {@code JSONArgsRecommended}, with BuildKit's texts.
 */
final class Lints {
    private Lints() {
    }

    static List<String> check(Dockerfile df) {
        List<String> out = new ArrayList<>();
        for (Instruction ins : df.instructions()) {
            switch (ins.keyword()) {
                case "FROM" -> {
                    if (ins.words().size() == 3) {
                        String as = ins.words().get(1);
                        boolean fromUpper = ins.typed().equals(ins.typed().toUpperCase(Locale.ROOT));
                        boolean fromLower = ins.typed().equals(ins.typed().toLowerCase(Locale.ROOT));
                        if ((fromUpper && !as.equals("AS")) || (fromLower && !as.equals("as"))) {
                            out.add("FromAsCasing: '" + as + "' and '" + ins.typed() + "' keywords' casing do not match (line " + ins.startLine() + ")");
                        }
                    }
                }
                case "MAINTAINER" -> out.add("MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line "
                        + ins.startLine() + ")");
                case "CMD", "ENTRYPOINT" -> {
                    if (!ins.json()) {
                        out.add("JSONArgsRecommended: JSON arguments recommended for " + ins.keyword()
                                + " to prevent unintended behavior related to OS signals (line " + ins.startLine() + ")");
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
