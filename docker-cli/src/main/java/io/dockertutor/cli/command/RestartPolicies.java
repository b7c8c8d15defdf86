package io.dockertutor.cli.command;

import io.dockertutor.engine.RestartPolicy;

/**
 * The CLI's {@code opts.ParseRestartPolicy}: splits {@code name[:count]} and checks only the count. Whether the
 * name is a policy ({@code invalid restart policy 'foo'}) or takes a count is the daemon's to say, as in Docker.
 */
final class RestartPolicies {
    private RestartPolicies() {
    }

    static RestartPolicy parse(String policy) throws OptionError {
        if (policy.isEmpty()) {
            return RestartPolicy.NO;
        }
        int colon = policy.indexOf(':');
        String name = colon < 0 ? policy : policy.substring(0, colon);
        String count = colon < 0 ? "" : policy.substring(colon + 1);
        if (colon >= 0 && name.isEmpty()) {
            throw new OptionError("invalid restart policy format: no policy provided before colon");
        }
        int max = 0;
        if (!count.isEmpty()) {
            try {
                max = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new OptionError("invalid restart policy format: maximum retry count must be an integer");
            }
        }
        return new RestartPolicy(name, max);
    }

    /** {@code RestartPolicy.IsNone}: no policy or {@code no}; only those go with {@code --rm}. */
    static boolean isNone(RestartPolicy p) {
        return p.name().isEmpty() || p.name().equals("no");
    }
}
