package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Admission control as pure logic: slots, a bounded first-come-first-served queue, refusal beyond it. */
class AdmissionTest {

    private static Admission admission(int running, int waiting) {
        return new Admission(running, waiting);
    }

    @Test
    void runsUpToTheLimitQueuesTheNextAndRefusesBeyondTheQueue() {
        Admission admission = admission(2, 1);
        List<String> ran = new ArrayList<>();
        assertThat(admission.enter(() -> ran.add("a"))).isTrue();
        assertThat(admission.enter(() -> ran.add("b"))).isTrue();
        assertThat(admission.enter(() -> ran.add("c"))).as("queued").isTrue();
        assertThat(admission.enter(() -> ran.add("d"))).as("queue full").isFalse();
        assertThat(ran).containsExactly("a", "b");

        admission.leave();
        assertThat(ran).as("the slot goes to the waiting task").containsExactly("a", "b", "c");
        admission.leave();
        admission.leave();
        assertThat(admission.enter(() -> ran.add("e"))).isTrue();
        assertThat(ran).containsExactly("a", "b", "c", "e");
    }

    @Test
    void waitingTasksRunInArrivalOrder() {
        Admission admission = admission(1, 3);
        List<String> ran = new ArrayList<>();
        admission.enter(() -> ran.add("first"));
        admission.enter(() -> ran.add("1"));
        admission.enter(() -> ran.add("2"));
        admission.enter(() -> ran.add("3"));
        admission.leave();
        admission.leave();
        admission.leave();
        assertThat(ran).containsExactly("first", "1", "2", "3");
    }
}
