package org.eczemarx.ops;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import sun.misc.Signal;

/**
 * SIGTERM (what Kubernetes, Docker and systemd send to stop a service) is a requested stop: the graceful shutdown of
 * application.properties ({@code quarkus.shutdown.*}: readiness DOWN, a delay, requests in flight finish), then exit
 * status 0. The JVM's own SIGTERM handling runs the same shutdown but exits 143, which supervisors report as a failure
 * unless told otherwise.
 */
@ApplicationScoped
class StopSignal {

    private static final Logger LOG = Logger.getLogger(StopSignal.class);

    void install(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // dev mode and tests keep the JVM's handling
        }
        try {
            Signal.handle(new Signal("TERM"), signal -> {
                LOG.info("SIGTERM: shutting down gracefully");
                Quarkus.asyncExit(0);
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.debugf("SIGTERM keeps the JVM's handling: %s", e.getMessage());
        }
    }
}
