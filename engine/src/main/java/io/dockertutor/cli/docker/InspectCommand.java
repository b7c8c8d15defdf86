package io.dockertutor.cli.docker;

import io.dockertutor.cli.format.TemplateException;
import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code docker inspect} and {@code docker image inspect}: a JSON array of the objects found, or with
 * {@code -f} the template run on each. Names not found are reported after the output, and make the status 1.
 */
final class InspectCommand implements DockerCommand {
    private final Function<CliContext, List<Function<String, Map<String, Object>>>> lookups;
    private final String kind;

    private InspectCommand(String kind, Function<CliContext, List<Function<String, Map<String, Object>>>> lookups) {
        this.kind = kind;
        this.lookups = lookups;
    }

    static InspectCommand images() {
        return new InspectCommand("image", ctx -> List.of(name -> InspectJson.image(ctx.engine().inspectImage(name))));
    }

    static InspectCommand any() {
        return new InspectCommand("object", ctx -> List.of(name -> InspectJson.image(ctx.engine().inspectImage(name))));
    }

    @Override
    public int run(ParsedCommand cmd, CliContext ctx) throws TemplateException {
        List<Object> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : cmd.args()) {
            Map<String, Object> obj = null;
            for (Function<String, Map<String, Object>> lookup : lookups.apply(ctx)) {
                try {
                    obj = lookup.apply(name);
                    break;
                } catch (EngineException e) {
                    if (e.kind() != EngineException.Kind.NOT_FOUND) {
                        throw e;
                    }
                }
            }
            if (obj == null) {
                missing.add(name);
            } else {
                found.add(obj);
            }
        }
        String format = cmd.string("format", "");
        boolean ok = true;
        if (format.isEmpty() || format.equals("json")) {
            Printing.json(ctx, found);
        } else {
            ok = Printing.inspect(ctx, format, found);
        }
        for (String name : missing) {
            ctx.err().println("Error: No such " + kind + ": " + name);
        }
        return missing.isEmpty() && ok ? 0 : 1;
    }
}
