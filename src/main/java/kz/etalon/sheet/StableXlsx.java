package kz.etalon.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's bytes, the same on every run: POI stamps the document with the time it was created and each
 * zip entry with the time it was written, so the document properties are fixed and the package is zipped
 * again with a fixed time on every entry (entries keep POI's order).
 */
public final class StableXlsx {

    /** 2000-01-01 00:00 UTC: what the workbook says about when it was made. */
    private static final Date FIXED = new Date(946_684_800_000L);
    /** Rows of a sheet kept in memory while it is written; a sheet is written top to bottom. */
    private static final int ROWS_IN_MEMORY = 200;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StableXlsx() {
    }

    /**
     * A workbook written by streaming: only the last {@link #ROWS_IN_MEMORY} rows of a sheet are held in
     * memory, the rest go to a temporary file. The output is the same on every run.
     *
     * @param sharedStrings text in the shared-strings table, as Excel writes it: a workbook people fill
     *                      in needs it (a string written inline is lost when a tool built on POI edits
     *                      that cell), but each entry costs an XML round trip in POI; without it, text is
     *                      written inline, which is several times faster for a large workbook of results
     */
    public static SXSSFWorkbook streaming(boolean sharedStrings) {
        return new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, sharedStrings);
    }

    /** The bytes of a streamed workbook; its temporary files are removed. */
    public static byte[] bytes(SXSSFWorkbook workbook) throws IOException {
        try {
            stamp(workbook.getXSSFWorkbook());
            // Rows still in memory are flushed sheet by sheet, in order, so the shared strings are numbered
            // the same way on every run (left to the write, their order varied from run to run).
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                workbook.getSheetAt(s).flushRows();
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            workbook.write(written);
            return rezip(written.toByteArray());
        } finally {
            workbook.dispose();
        }
    }

    public static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        stamp(workbook);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        return rezip(written.toByteArray());
    }

    private static void stamp(XSSFWorkbook workbook) {
        var core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED));
        core.setModified(Optional.of(FIXED));
        core.setCreator("Etalon");
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Etalon");
    }

    static byte[] rezip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        // commons-compress reads the entries a streamed workbook writes (sizes in a data descriptor after
        // the data), which java.util.zip's stream reader refuses
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            rezipped.setLevel(9);
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
