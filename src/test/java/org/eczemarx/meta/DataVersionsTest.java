package org.eczemarx.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The order of a version change: listeners first, then the new version. A request that saw the new version while the
 * search index still held the old data cached an old answer under the new version (SearchIT failed once so: a deleted
 * search term still found after a second).
 */
@QuarkusTest
class DataVersionsTest {

    @Inject
    DataVersions versions;

    /** What a listener was told, and what {@code current()} said while it ran. */
    record Heard(String told, String currentMeanwhile) {
    }

    @Test
    void listenersRunBeforeTheNewVersionIsPublished() throws InterruptedException {
        List<Heard> heard = new CopyOnWriteArrayList<>();
        versions.onChange(version -> heard.add(new Heard(version, versions.current())));
        String held = TestDatabase.query("select version from data_version where id = 1");
        await(held);
        try {
            TestDatabase.execute("update data_version set version = '2099.02.02' where id = 1");
            await("2099.02.02");
            assertThat(heard).contains(new Heard("2099.02.02", held));
            assertThat(heard).noneMatch(h -> "2099.02.02".equals(h.currentMeanwhile()));
        } finally {
            TestDatabase.execute("update data_version set version = '" + held + "' where id = 1");
        }
        await(held);
    }

    @Test
    void aFailingListenerLeavesTheVersionUnknownUntilTheNextChange() throws InterruptedException {
        AtomicBoolean failOnce = new AtomicBoolean();
        versions.onChange(version -> {
            if (version != null && failOnce.compareAndSet(true, false)) {
                throw new IllegalStateException("a listener's fault, on purpose");
            }
        });
        Logger log = Logger.getLogger(DataVersions.class.getName()); // its ERROR line is expected here
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        String held = TestDatabase.query("select version from data_version where id = 1");
        await(held);
        try {
            failOnce.set(true);
            TestDatabase.execute("update data_version set version = '2099.03.03' where id = 1");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while ((failOnce.get() || versions.current() != null) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(failOnce).as("the listener ran").isFalse();
            assertThat(versions.current()).as("neither the old version nor the one a listener missed").isNull();
            TestDatabase.execute("update data_version set version = '2099.03.04' where id = 1");
            await("2099.03.04");
        } finally {
            TestDatabase.execute("update data_version set version = '" + held + "' where id = 1");
            await(held);
            log.setLevel(level);
        }
    }

    private void await(String version) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!version.equals(versions.current()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(versions.current()).isEqualTo(version);
    }
}
