package org.letterflow.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The turns of a journal: how many at once, held until the transaction ends, one per transaction. */
class JournalQueueTest {

    private final Transactions transactions = new Transactions();
    private final ExecutorService clerks = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        clerks.shutdownNow();
    }

    @Test
    void aTransactionThatHoldsTheTurnRegistersItsNextLetterWithoutWaiting() throws Exception {
        JournalQueue queue = queue(1);
        Transaction demo = run(() -> {
            queue.enter(7);
            queue.enter(7);
            queue.enter(7);
        }).get(10, TimeUnit.SECONDS);
        assertEquals(1, demo.synchronizations.size(), "one turn, given back once");
    }

    @Test
    void theClerkBeyondTheLimitWaitsUntilATurnEndsWithItsTransaction() throws Exception {
        JournalQueue queue = queue(2);
        Transaction first = run(() -> queue.enter(7)).get(10, TimeUnit.SECONDS);
        run(() -> queue.enter(7)).get(10, TimeUnit.SECONDS);

        CompletableFuture<Transaction> third = run(() -> queue.enter(7));
        assertFalse(waitsOut(third), "both turns are held until their transactions end");

        first.end(Status.STATUS_ROLLEDBACK);
        third.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anotherJournalsClerksDoNotWait() throws Exception {
        JournalQueue queue = queue(1);
        run(() -> queue.enter(7)).get(10, TimeUnit.SECONDS);
        assertFalse(waitsOut(run(() -> queue.enter(7))));
        run(() -> queue.enter(8)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutATransactionOrWithTheQueueOffNobodyWaits() throws Exception {
        JournalQueue off = queue(0);
        for (int i = 0; i < 3; i++) {
            assertTrue(run(() -> off.enter(7)).get(10, TimeUnit.SECONDS).synchronizations.isEmpty());
        }
        JournalQueue queue = queue(1);
        queue.enter(7); // this thread has no transaction
        queue.enter(7);
        run(() -> queue.enter(7)).get(10, TimeUnit.SECONDS);
    }

    private JournalQueue queue(int perJournal) {
        JournalQueue queue = new JournalQueue();
        queue.perJournal = perJournal;
        queue.transaction = transactions;
        return queue;
    }

    /** Runs the work in a transaction of a clerk's own thread, left open; answers the transaction when the work is done. */
    private CompletableFuture<Transaction> run(Runnable work) {
        return CompletableFuture.supplyAsync(() -> {
            Transaction transaction = new Transaction();
            transactions.current.set(transaction);
            work.run();
            return transaction;
        }, clerks);
    }

    /** Whether the clerk is still waiting a while later (it would have its turn at once otherwise). */
    private static boolean waitsOut(CompletableFuture<?> clerk) throws InterruptedException {
        Thread.sleep(300);
        return clerk.isDone();
    }

    private static final class Transaction {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int status) {
            synchronizations.forEach(s -> s.afterCompletion(status));
        }
    }

    /** The container's registry as JournalQueue sees it: one transaction per thread. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        final ThreadLocal<Transaction> current = new ThreadLocal<>();

        @Override
        public Object getTransactionKey() {
            return current.get();
        }

        @Override
        public void putResource(Object key, Object value) {
            current.get().resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return current.get().resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            current.get().synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return current.get() == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
