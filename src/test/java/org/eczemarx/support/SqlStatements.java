package org.eczemarx.support;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the application sends, from Hibernate's statement log ({@code org.hibernate.SQL} at
 * DEBUG in the test profile; the console shows INFO and above only).
 */
public final class SqlStatements {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile boolean installed;
    private static volatile Queue<String> texts;

    private SqlStatements() {
    }

    /** Runs the action and returns how many statements it sent. */
    public static int countDuring(Runnable action) {
        install();
        int before = COUNT.get();
        action.run();
        return COUNT.get() - before;
    }

    /** Runs the action and returns the statements it sent, as Hibernate logs them. */
    public static synchronized List<String> textsDuring(Runnable action) {
        install();
        texts = new ConcurrentLinkedQueue<>();
        try {
            action.run();
            return List.copyOf(texts);
        } finally {
            texts = null;
        }
    }

    public static <T> T during(Supplier<T> action, int[] count) {
        install();
        int before = COUNT.get();
        T result = action.get();
        count[0] = COUNT.get() - before;
        return result;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        Logger.getLogger("org.hibernate.SQL").addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                COUNT.incrementAndGet();
                Queue<String> capture = texts;
                if (capture != null) {
                    capture.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        installed = true;
    }
}
