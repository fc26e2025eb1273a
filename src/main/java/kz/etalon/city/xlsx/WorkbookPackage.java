package kz.etalon.city.xlsx;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.etalon.city.DataLimit;
import kz.etalon.city.xlsx.SheetCell.NumberFormat;
import kz.etalon.problem.Location;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * A workbook opened as its parts (POI's event API), not as POI's object model: a sheet is read from its XML
 * as a stream, so memory grows with the cells read, not with the objects POI would build for every cell.
 * Each part is inflated to at most {@link #MAX_INFLATED_BYTES}, counted as it is read.
 */
final class WorkbookPackage implements Closeable {

    /** The most a part of the workbook (a sheet's XML, the shared strings) may inflate to. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    /** A sheet as the workbook lists it. */
    record SheetRef(String name, boolean hidden, String relationId) {
    }

    /** A part inflated past the limit. */
    static final class PartTooLarge extends IOException {

        PartTooLarge(String part) {
            super("the part " + part + " inflates to more than " + MAX_INFLATED_BYTES + " bytes");
        }
    }

    private final OPCPackage parts;
    private final BoundedParts zip;
    private final XSSFReader reader;
    private final List<SheetRef> sheets = new ArrayList<>();
    private final List<NumberFormat> formats = new ArrayList<>();
    private boolean date1904;
    private SharedStrings strings;

    private WorkbookPackage(OPCPackage parts, BoundedParts zip) throws IOException, OpenXML4JException {
        this.parts = parts;
        this.zip = zip;
        this.reader = new XSSFReader(parts);
    }

    /** Opens the bytes of a workbook; the caller closes it. */
    static WorkbookPackage open(byte[] bytes, Path file) throws IOException, OpenXML4JException, XMLStreamException,
            WorkbookRefused {
        BoundedParts zip = new BoundedParts(ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get());
        OPCPackage parts;
        try {
            parts = OPCPackage.open(zip);
        } catch (OpenXML4JException | RuntimeException e) {
            zip.close();
            zip.throwIfPastTheLimit();
            throw e;
        }
        WorkbookPackage workbook = null;
        try {
            workbook = new WorkbookPackage(parts, zip);
            workbook.readWorkbook();
            workbook.readStyles();
            workbook.countStrings(file);
            workbook.strings = new ReadOnlySharedStringsTable(parts, false);
            return workbook;
        } catch (WorkbookRefused e) {
            parts.revert();
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            parts.revert();
            zip.throwIfPastTheLimit();
            throw e;
        } catch (org.xml.sax.SAXException e) {
            parts.revert();
            zip.throwIfPastTheLimit();
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    /**
     * Thrown in place of what reading a part failed with when the part passed the limit: the XML parser
     * reports the stopped stream as malformed XML, without its cause.
     */
    void throwIfPastTheLimit() throws PartTooLarge {
        zip.throwIfPastTheLimit();
    }

    List<SheetRef> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    SharedStrings strings() {
        return strings;
    }

    /** The number format of the cell style at {@code index} (a cell's {@code s} attribute). */
    NumberFormat format(int index) {
        return index >= 0 && index < formats.size() ? formats.get(index) : NumberFormat.GENERAL;
    }

    InputStream sheetXml(SheetRef sheet) throws IOException, OpenXML4JException {
        return reader.getSheet(sheet.relationId());
    }

    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    private void readWorkbook() throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String flag = attribute(xml, "date1904");
                    date1904 = "1".equals(flag) || "true".equals(flag);
                } else if (xml.getLocalName().equals("sheet")) {
                    String state = attribute(xml, "state");
                    sheets.add(new SheetRef(String.valueOf(attribute(xml, "name")),
                            "hidden".equals(state) || "veryHidden".equals(state), relationId(xml)));
                }
            }
            xml.close();
        }
    }

    private void readStyles() throws IOException, XMLStreamException {
        List<PackagePart> styles = parts.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (styles.isEmpty()) {
            return;
        }
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        try (InputStream in = styles.get(0).getInputStream()) {
            XMLStreamReader xml = xml(in);
            boolean inCellStyles = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellStyles = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "numFmt" -> codes.put(number(attribute(xml, "numFmtId")), String.valueOf(attribute(xml, "formatCode")));
                    case "cellXfs" -> inCellStyles = true;
                    case "xf" -> {
                        if (inCellStyles) {
                            styleFormats.add(number(attribute(xml, "numFmtId")));
                        }
                    }
                    default -> { }
                }
            }
            xml.close();
        }
        for (int id : styleFormats) {
            String code = codes.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            formats.add(new NumberFormat(id, code == null ? "General" : code));
        }
    }

    /**
     * Counts the workbook's different texts before they are read into memory: a few kilobytes of zip can
     * hold millions of them. More than {@link DataLimit#SHARED_STRINGS} is refused.
     */
    private void countStrings(Path file) throws IOException, XMLStreamException, WorkbookRefused {
        for (PackagePart part : parts.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            int count = 0;
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader xml = xml(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")
                            && ++count > DataLimit.SHARED_STRINGS.most()) {
                        throw new WorkbookRefused(Location.of(file), "the workbook holds more than "
                                + String.format("%,d", DataLimit.SHARED_STRINGS.most()) + " different texts, more than"
                                + " city data needs, or the file is built to exhaust memory; keep only the city data in the"
                                + " workbook (delete the other sheets, rows and columns), or split it into several workbooks",
                                DataLimit.SHARED_STRINGS);
                    }
                }
                xml.close();
            }
        }
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String attribute(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    /** {@code r:id}, in the transitional or the strict namespace. */
    private static String relationId(XMLStreamReader xml) {
        for (int a = 0; a < xml.getAttributeCount(); a++) {
            if (xml.getAttributeLocalName(a).equals("id") && xml.getAttributeNamespace(a) != null) {
                return xml.getAttributeValue(a);
            }
        }
        return "";
    }

    @Override
    public void close() {
        parts.revert();
    }

    /** The zip's entries, each inflated through a count that stops at the limit. */
    private static final class BoundedParts extends ZipFileZipEntrySource {

        private volatile String pastTheLimit;

        BoundedParts(ZipFile zip) {
            super(zip);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return new Bounded(super.getInputStream(entry), entry.getName(), this);
        }

        void throwIfPastTheLimit() throws PartTooLarge {
            if (pastTheLimit != null) {
                throw new PartTooLarge(pastTheLimit);
            }
        }
    }

    private static final class Bounded extends FilterInputStream {

        private final String part;
        private final BoundedParts parts;
        private long read;

        Bounded(InputStream in, String part, BoundedParts parts) {
            super(in);
            this.part = part;
            this.parts = parts;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws PartTooLarge {
            read += n;
            if (read > MAX_INFLATED_BYTES) {
                parts.pastTheLimit = part;
                throw new PartTooLarge(part);
            }
        }
    }
}
