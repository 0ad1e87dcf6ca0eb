package org.complaintrules.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line arguments: positional values and {@code --option value} pairs. */
final class Arguments {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments() {}

    /**
     * @param args the arguments after the command
     * @param known the options this command takes, without {@code --}
     * @param flags the options that take no value
     * @return the parsed arguments
     * @throws UsageException naming an unknown option or a missing value
     */
    static Arguments parse(List<String> args, Set<String> known, Set<String> flags) {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && arg.length() > 2) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!known.contains(name) && !flags.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (flags.contains(name)) {
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                a.options.put(name, value);
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path path(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
