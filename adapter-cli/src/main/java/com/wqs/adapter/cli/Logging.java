package com.wqs.adapter.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log levels for a run: commands are quiet (warnings only) so their output stays readable;
 * {@code --verbose} and the server log at INFO. Logback is the composition root's choice.
 */
public final class Logging {
    private Logging() {
    }

    public static void quiet() {
        root().setLevel(Level.WARN);
    }

    public static void informative() {
        root().setLevel(Level.INFO);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
