package org.complaintrules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import org.complaintrules.api.Advice;
import org.complaintrules.api.ComplaintCase;
import org.complaintrules.drools.internal.AgendaQueue;
import org.drools.core.util.QueueFactory;
import org.junit.jupiter.api.Test;

/**
 * The library asks Drools for its binary-heap agenda queue ({@link AgendaQueue}). Drools reads the
 * queue type once per JVM, so each way runs in a JVM of its own ({@link #main}): the same cases with
 * Drools' default queue (the property set to {@code treeset} before the library is loaded) and with
 * the library's choice must get the same advice, the rules fired in the same order.
 */
class AgendaQueueTest {
    /** @return the bundled policy's rule files (a method: the JVMs {@link #main} runs in lack the property) */
    private static String policy() {
        return Path.of(System.getProperty("complaint.data.dir"))
                .getParent()
                .resolve("rules/src/main/resources/org/complaintrules/policy")
                .toString();
    }

    @Test
    void theBinaryHeapFiresTheBundledPolicyInTheOrderOfDroolsDefaultQueueAndAHostsChoiceIsKept() throws Exception {
        // the host's choice: Drools' default, set before the library is loaded, and kept by it
        String drools = printed(FreshJvm.run(AgendaQueueTest.class, "treeset", policy()));
        // nobody chose: the library asks for the binary heap
        String library = printed(FreshJvm.run(AgendaQueueTest.class, "-", policy()));

        assertThat(drools).startsWith("queue: TreeSetQueue\n");
        assertThat(library).startsWith("queue: BinaryHeapQueue\n");
        String sameAdvice = drools.substring(drools.indexOf('\n') + 1);
        assertThat(sameAdvice.lines()).hasSize(400);
        assertThat(sameAdvice).contains("firedRules=[FiredRule[id=");
        assertThat(library.substring(library.indexOf('\n') + 1)).isEqualTo(sameAdvice);
    }

    /** @return what {@link #main} printed, from its first line on (the engine's log lines before it left out) */
    private static String printed(String said) {
        int from = said.indexOf("queue: ");
        assertThat(from).as(said).isNotNegative();
        return said.substring(from);
    }

    /**
     * Advises 400 varied cases with the bundled policy's rule files and prints the queue Drools used,
     * then every advice.
     *
     * @param args the queue type to set before the library is loaded ({@code -} for none), and the policy's folder
     */
    @SuppressWarnings({"unchecked", "rawtypes"}) // only the class of the queue is read
    public static void main(String[] args) {
        if (!args[0].equals("-")) {
            System.setProperty(AgendaQueue.PROPERTY, args[0]);
        }
        DroolsComplaintAdvisor advisor = DroolsComplaintAdvisor.builder()
                .rulesDirectory(Path.of(args[1]))
                .build();
        StringBuilder out = new StringBuilder();
        for (ComplaintCase c : TestCases.random(20, 400)) {
            Advice a = advisor.advise(c);
            out.append(a).append('\n');
        }
        String queue = QueueFactory.createQueue((Comparator) null).getClass().getSimpleName();
        System.out.print("queue: " + queue + "\n" + out);
    }
}
