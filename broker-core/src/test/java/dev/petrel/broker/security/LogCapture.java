package dev.petrel.broker.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event of the JVM while open, through a Logback {@link ListAppender} on the root logger. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Each event as one text: level, logger, formatted message and stack trace. */
    List<String> lines() {
        // AppenderBase.doAppend appends while holding the appender's own lock: take the same one to read
        synchronized (appender) {
            return appender.list.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + " "
                    + e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                            : " " + ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
