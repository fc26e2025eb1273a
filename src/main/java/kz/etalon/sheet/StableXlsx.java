package kz.etalon.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's bytes, the same on every run: POI stamps the document with the time it was created and each
 * zip entry with the time it was written, so the document properties are fixed and the package is zipped
 * again with a fixed time on every entry (entries keep POI's order).
 */
public final class StableXlsx {

    /** 2000-01-01 00:00 UTC: what the workbook says about when it was made. */
    private static final Date FIXED = new Date(946_684_800_000L);
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private StableXlsx() {
    }

    public static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        var core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(FIXED));
        core.setModified(Optional.of(FIXED));
        core.setCreator("Etalon");
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Etalon");
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        return rezip(written.toByteArray());
    }

    static byte[] rezip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            rezipped.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
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
