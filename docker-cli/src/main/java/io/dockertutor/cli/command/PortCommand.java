package io.dockertutor.cli.command;

import io.dockertutor.cli.grammar.ParsedCommand;
import io.dockertutor.engine.ContainerDetails;
import io.dockertutor.engine.PortBinding;
import java.util.ArrayList;
import java.util.List;

/** {@code docker port CONTAINER [PRIVATE_PORT[/PROTO]]}: published ports, in natural sort order as docker sorts them. */
final class PortCommand implements DockerCommand {
    @Override
    public int run(ParsedCommand cmd, CliContext ctx) {
        String name = cmd.args().get(0);
        ContainerDetails c = ctx.engine().inspectContainer(name, false);
        List<String> out = new ArrayList<>();
        if (cmd.args().size() > 1) {
            String typed = cmd.args().get(1);
            int slash = typed.indexOf('/');
            String port = slash < 0 ? typed : typed.substring(0, slash);
            String proto = slash < 0 || slash == typed.length() - 1 ? "tcp" : typed.substring(slash + 1);
            int number;
            try {
                number = Integer.parseInt(port);
                if (number < 0 || number > 65535 || !port.matches("\\d+")) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                String why = port.matches("\\d+") ? "value out of range" : "invalid syntax";
                ctx.err().println("Error: invalid port (" + port + "): strconv.ParseUint: parsing \"" + port + "\": " + why);
                return 1;
            }
            for (PortBinding b : c.network().ports()) {
                if (b.published() && b.containerPort() == number && b.protocol().equals(proto)) {
                    out.add(PortDisplay.joinHostPort(b.hostIp(), String.valueOf(b.hostPort())));
                }
            }
            if (out.isEmpty()) {
                ctx.err().println("Error: No public port '" + typed + "' published for " + name);
                return 1;
            }
        } else {
            for (PortBinding b : c.network().ports()) {
                if (b.published()) {
                    out.add(b.portKey() + " -> " + PortDisplay.joinHostPort(b.hostIp(), String.valueOf(b.hostPort())));
                }
            }
        }
        out.sort(NaturalOrder::less);
        out.forEach(ctx.out()::println);
        return 0;
    }
}
