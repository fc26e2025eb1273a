package kz.etalon.city;

/**
 * The bounds on one data set that keep a small file from costing far more than its size: how many cities
 * it names, and for a workbook how many different texts (shared strings) and cells with a value it holds.
 * Each is far beyond what city data needs (a standard has about a hundred indicators; Kazakhstan about
 * ninety cities).
 */
public enum DataLimit {
    /** Cities in a data set handed in through the web (every page and analysis grows with them). */
    CITIES(1_000),
    /** Different texts of a workbook: each is held in memory while the workbook is read. */
    SHARED_STRINGS(100_000),
    /** Cells with a value in all the sheets of a workbook (and rows and columns of one sheet). */
    CELLS(1_000_000);

    private final int most;

    DataLimit(int most) {
        this.most = most;
    }

    public int most() {
        return most;
    }
}
