package org.ismsassessor.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ismsassessor.web.Problem;
import org.junit.jupiter.api.Test;

/** The gate of the assessments: slots, a bounded queue (429 with Retry-After), round-robin between users. */
class AssessmentGateTest {

    @Test
    void aFullQueueIsRefusedWithRetryAfterAndAPermitLetsTheNextIn() {
        AssessmentGate gate = new AssessmentGate(1, 0, 1000, 60, 10);
        AssessmentGate.Permit first = gate.enter("alice", 10);
        assertThatThrownBy(() -> gate.enter("bob", 10)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(429);
            assertThat(p.retryAfterSeconds()).isEqualTo(10);
            assertThat(p.getMessage()).isEqualTo("The service is assessing 1 snapshots and has 0 waiting, as many as it "
                    + "queues (assessor.limits.queued-assessments). Try again later.");
        });
        first.close();
        gate.enter("bob", 10).close();
        assertThat(gate.running()).isZero();
    }

    @Test
    void theQueueHoldsAtMostItsBytesOfSnapshots() {
        AssessmentGate gate = new AssessmentGate(1, 10, 100, 60, 10);
        try (AssessmentGate.Permit running = gate.enter("alice", 1_000_000)) {
            assertThatThrownBy(() -> gate.enter("bob", 101)).isInstanceOfSatisfying(Problem.class,
                    p -> assertThat(p.status()).isEqualTo(429));
            assertThat(gate.queued()).isZero();
        }
    }

    @Test
    void aWaitLongerThanAllowedIsRefused() {
        AssessmentGate gate = new AssessmentGate(1, 5, 1000, 0, 7);
        try (AssessmentGate.Permit running = gate.enter("alice", 1)) {
            assertThatThrownBy(() -> gate.enter("bob", 1)).isInstanceOfSatisfying(Problem.class, p -> {
                assertThat(p.status()).isEqualTo(429);
                assertThat(p.retryAfterSeconds()).isEqualTo(7);
            });
            assertThat(gate.queued()).isZero();
        }
    }

    @Test
    void waitingRequestsAreServedRoundRobinByUser() throws Exception {
        AssessmentGate gate = new AssessmentGate(1, 10, 1000, 60, 10);
        AssessmentGate.Permit holding = gate.enter("holder", 1);
        List<String> order = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Alice queues three requests before Bob queues one: Bob's goes second, not fourth.
            for (String user : List.of("alice", "alice", "alice", "bob")) {
                CountDownLatch queued = new CountDownLatch(1);
                int before = gate.queued();
                pool.execute(() -> {
                    try (AssessmentGate.Permit p = gate.enter(user, 1)) {
                        order.add(user);
                    }
                });
                while (gate.queued() == before) {
                    Thread.onSpinWait();
                }
                queued.countDown();
            }
            holding.close();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(order).containsExactly("alice", "bob", "alice", "alice");
    }

    @Test
    void theMemoryBudgetRefusesASnapshotEstimatedToNeedMore() {
        MemoryBudget budget = new MemoryBudget(512L * 1024 * 1024);
        assertThat(MemoryBudget.estimate(10_000_000)).isEqualTo(32L * 1024 * 1024 + 480_000_000L);
        assertThat(budget.largestSnapshotBytes()).isEqualTo((512L - 32) * 1024 * 1024 / 48);
        budget.check(budget.largestSnapshotBytes());
        assertThatThrownBy(() -> budget.check(26_084_311)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status()).isEqualTo(413);
            assertThat(p.getMessage()).isEqualTo("Assessing a snapshot of 24.9 MiB needs about 1226 MiB of memory, "
                    + "more than the 512 MiB each assessment may use on this service (assessor.limits.assessment-"
                    + "memory-mb, sized with the heap and assessor.limits.concurrent-assessments). Nothing was saved.");
            assertThat(p.errors()).extracting(e -> e.path() + " " + e.message())
                    .containsExactly("$ the snapshot is 24.9 MiB; this service assesses snapshots up to 10 MiB");
        });
        // The default: the heap less 512 MiB, shared by the assessments at once and one more for the queue.
        assertThat(MemoryBudget.of(0, 2, 2048L * 1024 * 1024).perAssessmentBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(MemoryBudget.of(300, 2, 2048L * 1024 * 1024).perAssessmentBytes()).isEqualTo(300L * 1024 * 1024);
    }
}
