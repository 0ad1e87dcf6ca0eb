package org.complaintrules.drools.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.complaintrules.api.Jurisdiction;
import org.complaintrules.drools.FreshJvm;
import org.junit.jupiter.api.Test;

/**
 * The first use of the holiday calendars from several threads at once: Jollyday fills its list of
 * calendar sources lazily and without a lock, so a thread that asks while another fills it found
 * none, and that country's deadlines then ignored its holidays for the rest of the run (seen in a
 * two-thread batch). The race needs a JVM where no calendar was used yet, so each attempt starts
 * one ({@link #main}); each thread then asks for a holiday and a working day of its country.
 */
class FirstUseRaceTest {
    private static final List<String> COUNTRIES =
            List.of("GB", "AU", "FI", "IE", "DE", "EE", "US", "FR", "NL", "ES", "IT", "SE");

    @Test
    void everyThreadFindsItsCountrysHolidaysOnFirstUse() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String said = FreshJvm.run(FirstUseRaceTest.class);
            assertThat(said)
                    .as("attempt %d", attempt)
                    .contains("known: " + COUNTRIES)
                    .doesNotContain("no public-holiday");
        }
    }

    /**
     * One attempt: a thread per country, all released at once, each asking whether its country's
     * holidays are known; prints the countries that are.
     *
     * @param args none
     * @throws Exception when a thread fails
     */
    public static void main(String[] args) throws Exception {
        CyclicBarrier go = new CyclicBarrier(COUNTRIES.size());
        boolean[] known = new boolean[COUNTRIES.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.size(); i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    Jurisdiction j = Jurisdiction.of(COUNTRIES.get(k));
                    BusinessCalendar calendar = BusinessCalendar.publicHolidays();
                    // Christmas Day 2026, a Friday, is a public holiday in every one of these countries
                    known[k] = calendar.knowsPublicHolidays(j)
                            && !calendar.isBusinessDay(LocalDate.of(2026, 12, 25), j)
                            && calendar.isBusinessDay(LocalDate.of(2026, 12, 22), j);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < known.length; i++) {
            if (known[i]) {
                found.add(COUNTRIES.get(i));
            }
        }
        System.out.println("known: " + found);
    }
}
