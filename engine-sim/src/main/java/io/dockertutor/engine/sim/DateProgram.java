package io.dockertutor.engine.sim;

import io.dockertutor.sh.Command;
import io.dockertutor.sh.Invocation;
import io.dockertutor.sh.Userland;
import io.dockertutor.sh.builtins.BusyboxUsage;
import io.dockertutor.sh.builtins.Quoting;
import io.dockertutor.sh.builtins.Usage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code date} inside a container, on the simulated clock, in UTC (an image sets no TZ): the default line, {@code -u},
 * {@code -R}, {@code -I[SPEC]}, {@code -d TIME} ({@code @SECONDS}, {@code YYYY-MM-DD[ hh:mm[:ss]]}) and {@code +FORMAT}
 * with strftime's conversions, as busybox and GNU date print them in the C locale (recorded on the lab's busybox and
 * on Debian 12's coreutils).
 */
final class DateProgram implements Command {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private final Supplier<Instant> now;

    DateProgram(Supplier<Instant> now) {
        this.now = now;
    }

    @Override
    public int run(Invocation call) {
        boolean busybox = call.shell().userland() == Userland.BUSYBOX;
        String format = "%a %b %e %H:%M:%S %Z %Y";
        ZonedDateTime time = now.get().atZone(ZoneOffset.UTC);
        var args = call.args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("+")) {
                format = a.substring(1);
            } else if (a.equals("-u") || a.equals("--utc") || a.equals("--universal")) {
                continue;
            } else if (a.equals("-R") || a.equals("--rfc-email")) {
                format = "%a, %d %b %Y %H:%M:%S %z";
            } else if (a.startsWith("-I") || a.startsWith("--iso-8601")) {
                String spec = a.startsWith("-I") ? a.substring(2) : a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
                format = switch (spec) {
                    case "", "date" -> "%F";
                    case "hours" -> "%FT%H%:z";
                    case "minutes" -> "%FT%H:%M%:z";
                    case "seconds" -> "%FT%T%:z";
                    default -> null;
                };
                if (format == null) {
                    return refuse(call, busybox, "invalid argument " + Quoting.inLocale(call, "‘" + spec + "’") + " for '--iso-8601'");
                }
            } else if ((a.equals("-d") || a.equals("--date")) && i + 1 < args.size() || a.startsWith("--date=")) {
                String value = a.startsWith("--date=") ? a.substring(7) : args.get(++i);
                ZonedDateTime parsed = parse(value);
                if (parsed == null) {
                    call.err().println(busybox ? "date: invalid date '" + value + "'"
                            : Quoting.inLocale(call, "date: invalid date ‘" + value + "’"));
                    return 1;
                }
                time = parsed;
            } else if (a.startsWith("-") && a.length() > 1) {
                String problem = a.startsWith("--") ? "unrecognized option '" + a + "'" : "invalid option -- '" + a.charAt(1) + "'";
                return refuse(call, busybox, problem);
            } else {
                // setting the clock needs privileges a container lacks
                call.err().println(busybox ? "date: can't set date: Operation not permitted" : "date: cannot set date: Operation not permitted");
                return 1;
            }
        }
        call.out().println(format(format, time));
        return 0;
    }

    private static int refuse(Invocation call, boolean busybox, String problem) {
        return busybox ? BusyboxUsage.refuse(call, problem) : Usage.fail(call, problem, 1);
    }

    private static ZonedDateTime parse(String value) {
        try {
            if (value.startsWith("@")) {
                return Instant.ofEpochSecond(Long.parseLong(value.substring(1))).atZone(ZoneOffset.UTC);
            }
            String v = value.trim().replace('T', ' ');
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                v += " 00:00:00";
            } else if (v.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")) {
                v += ":00";
            }
            return LocalDateTime.parse(v.replace(' ', 'T')).atZone(ZoneOffset.UTC);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    /** strftime in the C locale, UTC. */
    static String format(String format, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char f = format.charAt(++i);
            if (f == ':' && i + 1 < format.length() && format.charAt(i + 1) == 'z') {
                i++;
                out.append("+00:00");
                continue;
            }
            String day = DAYS[t.getDayOfWeek().getValue() - 1];
            String month = MONTHS[t.getMonthValue() - 1];
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            out.append(switch (f) {
                case 'a' -> day.substring(0, 3);
                case 'A' -> day;
                case 'b', 'h' -> month.substring(0, 3);
                case 'B' -> month;
                case 'c' -> format("%a %b %e %H:%M:%S %Y", t);
                case 'C' -> two(t.getYear() / 100);
                case 'd' -> two(t.getDayOfMonth());
                case 'D' -> format("%m/%d/%y", t);
                case 'e' -> String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
                case 'F' -> format("%Y-%m-%d", t);
                case 'H' -> two(t.getHour());
                case 'I' -> two(hour12);
                case 'j' -> String.format(Locale.ROOT, "%03d", t.getDayOfYear());
                case 'k' -> String.format(Locale.ROOT, "%2d", t.getHour());
                case 'l' -> String.format(Locale.ROOT, "%2d", hour12);
                case 'm' -> two(t.getMonthValue());
                case 'M' -> two(t.getMinute());
                case 'n' -> "\n";
                case 'N' -> String.format(Locale.ROOT, "%09d", t.getNano());
                case 'p' -> t.getHour() < 12 ? "AM" : "PM";
                case 'r' -> format("%I:%M:%S %p", t);
                case 'R' -> format("%H:%M", t);
                case 's' -> String.valueOf(t.toEpochSecond());
                case 'S' -> two(t.getSecond());
                case 't' -> "\t";
                case 'T' -> format("%H:%M:%S", t);
                case 'u' -> String.valueOf(t.getDayOfWeek().getValue());
                case 'w' -> String.valueOf(t.getDayOfWeek().getValue() % 7);
                case 'x' -> format("%m/%d/%y", t);
                case 'X' -> format("%H:%M:%S", t);
                case 'y' -> two(t.getYear() % 100);
                case 'Y' -> String.valueOf(t.getYear());
                case 'z' -> "+0000";
                case 'Z' -> "UTC";
                case '%' -> "%";
                default -> "%" + f;
            });
        }
        return out.toString();
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }
}
