package kz.etalon.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last results visitors opened (standard and data set), newest first, for the home page. */
final class RecentResults {

    static final int LIMIT = 8;

    public record Opened(String standard, String dataSet, Instant at) {
    }

    private final Clock clock;
    private final Deque<Opened> opened = new ArrayDeque<>();

    RecentResults(Clock clock) {
        this.clock = clock;
    }

    synchronized void opened(String standard, String dataSet) {
        opened.removeIf(entry -> entry.standard().equals(standard) && entry.dataSet().equals(dataSet));
        opened.addFirst(new Opened(standard, dataSet, clock.instant()));
        while (opened.size() > LIMIT) {
            opened.removeLast();
        }
    }

    synchronized List<Opened> list() {
        return List.copyOf(opened);
    }
}
