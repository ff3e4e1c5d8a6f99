package com.wqs.adapter.web.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log through SLF4J like the rest of the server (it writes to
 * java.util.logging otherwise). Its chatty INFO messages go to DEBUG.
 */
final class Slf4jXRLogger implements XRLogger {
    private static final String PREFIX = "com.openhtmltopdf.";

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(PREFIX + where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are configured in the SLF4J backend.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(PREFIX + diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        } else if (value >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        }
        return logger.isDebugEnabled();
    }
}
