package io.dockertutor.engine.sim.process;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first check of the official database images' {@code docker-entrypoint.sh}: a new database needs a password,
 * and without one the script prints its well-known error and exits 1, as {@code docker run -d postgres} does on
 * Docker Hub. Texts from docker-library/postgres ({@code docker_verify_minimum_env}) and docker-library/mysql
 * ({@code docker_verify_minimum_env} through {@code mysql_error}).
 */
final class DatabaseEntrypoints {
    private static final DateTimeFormatter RFC3339_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private DatabaseEntrypoints() {
    }

    /**
     * The failing start of {@code entrypoint server...} when the server is postgres or mysqld and the learner gave
     * no password variable; empty when the server may start.
     */
    static Optional<Program> refusal(List<String> argv, List<String> cmd, ProgramContext ctx) {
        if (cmd.isEmpty() || wantsHelp(cmd)) {
            return Optional.empty();
        }
        Map<String, String> env = ctx.env();
        if (cmd.get(0).equals("postgres") && env.containsKey("PG_MAJOR")
                && blank(env, "POSTGRES_PASSWORD") && !"trust".equals(env.get("POSTGRES_HOST_AUTH_METHOD"))) {
            return Optional.of(new Failing(argv, postgres(), 1));
        }
        if (cmd.get(0).equals("mysqld") && env.containsKey("MYSQL_VERSION") && blank(env, "MYSQL_ROOT_PASSWORD")
                && blank(env, "MYSQL_ALLOW_EMPTY_PASSWORD") && blank(env, "MYSQL_RANDOM_ROOT_PASSWORD")) {
            return Optional.of(new Failing(argv, mysql(env.get("MYSQL_VERSION"), RFC3339_SECONDS.format(ctx.now())), 1));
        }
        if (cmd.get(0).equals("mariadbd") && env.containsKey("MARIADB_VERSION")
                && blank(env, "MARIADB_ROOT_PASSWORD") && blank(env, "MYSQL_ROOT_PASSWORD")
                && blank(env, "MARIADB_ROOT_PASSWORD_HASH")
                && blank(env, "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD") && blank(env, "MYSQL_ALLOW_EMPTY_PASSWORD")
                && blank(env, "MARIADB_RANDOM_ROOT_PASSWORD") && blank(env, "MYSQL_RANDOM_ROOT_PASSWORD")) {
            return Optional.of(new Failing(argv, mariadb(env.get("MARIADB_VERSION"), RFC3339_SECONDS.format(ctx.now())), 1));
        }
        return Optional.empty();
    }

    /** The scripts' {@code _pg_want_help} and {@code _mysql_want_help}: such a command runs without any set-up. */
    private static boolean wantsHelp(List<String> cmd) {
        return cmd.stream().anyMatch(a -> List.of("-?", "--help", "--describe-config", "--print-defaults", "-V", "--version")
                .contains(a));
    }

    private static boolean blank(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isEmpty();
    }

    private static List<Program.Line> postgres() {
        List<Program.Line> out = new ArrayList<>();
        for (String line : new String[] {
            "Error: Database is uninitialized and superuser password is not specified.",
            "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
            "       superuser. For example, \"-e POSTGRES_PASSWORD=password\" on \"docker run\".",
            "",
            "       You may also use \"POSTGRES_HOST_AUTH_METHOD=trust\" to allow all",
            "       connections without a password. This is *not* recommended.",
            "",
            "       See PostgreSQL documentation about \"trust\":",
            "       https://www.postgresql.org/docs/current/auth-trust.html"}) {
            out.add(Program.Line.err(line));
        }
        return out;
    }

    /** The script starts as root, re-executes itself as the mysql user (gosu), then stops at the password check. */
    private static List<Program.Line> mysql(String version, String now) {
        return refusedStart("MySQL", version, now, "    You need to specify one of the following as an environment variable:",
                "    - MYSQL_ROOT_PASSWORD", "    - MYSQL_ALLOW_EMPTY_PASSWORD", "    - MYSQL_RANDOM_ROOT_PASSWORD");
    }

    /**
     * MariaDB's script (MariaDB/mariadb-docker {@code docker_verify_minimum_env}) starts as mysql's does; its error's
     * second line begins with a tab, and the MYSQL_* names are accepted as fallbacks.
     */
    private static List<Program.Line> mariadb(String version, String now) {
        return refusedStart("MariaDB", version, now, "\tYou need to specify one of MARIADB_ROOT_PASSWORD, "
                + "MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD");
    }

    /** The notes of the two starts (root, then the mysql user) and the password error with its explanation. */
    private static List<Program.Line> refusedStart(String server, String version, String now, String... explanation) {
        String started = now + " [Note] [Entrypoint]: Entrypoint script for " + server + " Server " + version + " started.";
        List<Program.Line> out = new ArrayList<>(List.of(Program.Line.out(started),
                Program.Line.out(now + " [Note] [Entrypoint]: Switching to dedicated user 'mysql'"),
                Program.Line.out(started),
                Program.Line.err(now + " [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified")));
        for (String line : explanation) {
            out.add(Program.Line.err(line));
        }
        return out;
    }
}
