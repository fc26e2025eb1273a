package kz.etalon.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;

/** A Git commit as Etalon reads it: subject, body, and the trailers (Etalon-Standard, Etalon-Step) that end it. */
final class CommitMessages {

    private CommitMessages() {
    }

    static Map<String, String> trailers(RevCommit commit) {
        Map<String, String> trailers = new LinkedHashMap<>();
        for (FooterLine line : commit.getFooterLines()) {
            trailers.putIfAbsent(line.getKey(), line.getValue().trim());
        }
        return trailers;
    }

    static Commit commit(RevCommit commit, Map<String, String> trailers) {
        String message = commit.getFullMessage();
        String subject = commit.getShortMessage();
        List<String> lines = new ArrayList<>(message.lines().toList());
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        if (!trailers.isEmpty()) {
            // the trailers are the last paragraph
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).isBlank()) {
                end--;
            }
            int start = end;
            while (start > 0 && !lines.get(start - 1).isBlank()) {
                start--;
            }
            lines = new ArrayList<>(lines.subList(0, start));
        }
        String body = String.join("\n", lines).strip();
        Instant when = commit.getAuthorIdent().getWhenAsInstant();
        return new Commit(commit.getName(), commit.abbreviate(7).name(), commit.getAuthorIdent().getName(), when, subject,
                body, trailers);
    }
}
