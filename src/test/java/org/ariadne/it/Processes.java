package org.ariadne.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Ending the processes a test started (a start script and the JVM it runs), each waited for. */
final class Processes {

    private Processes() {
    }

    /** Ends {@code process} and its descendants, SIGTERM or SIGKILL, and waits up to a minute for each. */
    static void end(Process process, boolean forcibly) throws InterruptedException {
        // a start script runs the JVM as its child: end the JVM itself, or it outlives the script
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(forcibly ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
    }
}
