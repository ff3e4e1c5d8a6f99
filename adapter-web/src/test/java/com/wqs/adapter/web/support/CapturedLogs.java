package com.wqs.adapter.web.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event of a logger (and its children) while attached, for assertions on what was logged. */
public final class CapturedLogs implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs(String loggerName, Level level) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        this.previousLevel = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
    }

    /** Everything from WARN up, from every logger. */
    public static CapturedLogs warningsAndErrors() {
        return new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME, null);
    }

    public static CapturedLogs of(String loggerName, Level level) {
        return new CapturedLogs(loggerName, level);
    }

    public List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    /** Events whose message or MDC mention the request id. */
    public List<ILoggingEvent> forRequest(String requestId) {
        return events().stream()
                .filter(e -> e.getFormattedMessage().contains(requestId)
                        || requestId.equals(e.getMDCPropertyMap().get("requestId")))
                .toList();
    }

    public static String stackTrace(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        return proxy == null ? "" : ThrowableProxyUtil.asString(proxy);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        if (!logger.getName().equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            logger.setLevel(previousLevel);
        }
    }
}
