package org.treatybriefing.cli;

/**
 * The few options read before Spring starts ({@code --help}, {@code --config}, {@code --data}),
 * in Spring's own syntax: {@code --name=value}, the last one winning.
 * <pre>{@code
 * Args.value(new String[] {"--config=/etc/tb", "--seeds=x"}, "config"); // "/etc/tb"
 * Args.value(new String[] {"--config"}, "config");                     // "" (given without a value)
 * Args.value(new String[] {"--seeds=x"}, "config");                    // null
 * }</pre>
 */
public final class Args {

    private Args() {
    }

    /** The value of the last {@code --name=value}, "" for a bare {@code --name}, null when absent. */
    public static String value(String[] args, String name) {
        String value = null;
        for (String arg : args) {
            if (arg.equals("--" + name)) {
                value = "";
            } else if (arg.startsWith("--" + name + "=")) {
                value = arg.substring(name.length() + 3);
            }
        }
        return value;
    }

    /** {@code --help} or {@code -h} anywhere on the line. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }
}
