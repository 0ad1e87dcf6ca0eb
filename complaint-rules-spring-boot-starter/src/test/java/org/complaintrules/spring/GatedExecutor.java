package org.complaintrules.spring;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/** Test support: runs each task on a thread of its own once the test opens the gate. */
public final class GatedExecutor implements Executor {
    private final CountDownLatch open = new CountDownLatch(1);

    @Override
    public void execute(Runnable task) {
        Thread t = new Thread(() -> {
            try {
                open.await();
            } catch (InterruptedException e) {
                return;
            }
            task.run();
        });
        t.setDaemon(true);
        t.start();
    }

    /** Lets the held tasks and every later one run. */
    public void open() {
        open.countDown();
    }
}
