package kz.etalon.city.xlsx;

import kz.etalon.city.DataLimit;
import kz.etalon.problem.Location;

/** The workbook is not read on: one error, at {@code location}, says why and what to do. */
final class WorkbookRefused extends Exception {

    private final transient Location location;
    private final DataLimit limit;

    WorkbookRefused(Location location, String message) {
        this(location, message, null);
    }

    /** Refused for passing {@code limit} (null: damaged, not too large). */
    WorkbookRefused(Location location, String message, DataLimit limit) {
        super(message, null, false, false);
        this.location = location;
        this.limit = limit;
    }

    DataLimit limit() {
        return limit;
    }

    Location location() {
        return location;
    }
}
