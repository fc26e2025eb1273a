package kz.etalon.city.xlsx;

import kz.etalon.problem.Location;

/** The workbook is not read on: one error, at {@code location}, says why and what to do. */
final class WorkbookRefused extends Exception {

    private final transient Location location;

    WorkbookRefused(Location location, String message) {
        super(message, null, false, false);
        this.location = location;
    }

    Location location() {
        return location;
    }
}
