package kz.etalon.app;

import java.util.Optional;
import kz.etalon.standard.Status;

/** A standard's file as text, with the version it is (the Git blob id of its bytes), its status and review. */
public record StandardText(String id, String text, String version, Status status, ReviewState review,
                           Optional<String> basedOn) {
}
