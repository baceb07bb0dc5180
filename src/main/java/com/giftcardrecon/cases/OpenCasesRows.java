package com.giftcardrecon.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The filled-in rows of a support workbook's {@code Open Cases} sheets (and their overflow
 * parts, {@code Open Cases (2)}...), read with POI's streaming (SAX) reader so memory stays
 * small whatever the sheet's size. Columns are found by their header text.
 */
final class OpenCasesRows {

    /** A row whose Resolution cell is filled: what the agent asked for, where. */
    record FilledRow(int part, String sheet, int row, String caseId, String resolution, String remark) {
    }

    private OpenCasesRows() {
    }

    /** @throws InvalidWorkbookException when the file is no xlsx workbook or has no Open Cases sheet */
    static List<FilledRow> read(Path file) {
        List<FilledRow> rows = new ArrayList<>();
        int parts = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.equals(SupportSheet.OPEN_CASES) || name.matches("Open Cases \\(\\d+\\)")) {
                        parts++;
                        Collector collector = new Collector(parts, name, rows);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                                collector, new DataFormatter(), false));
                        parser.parse(new InputSource(sheet));
                        collector.checkHeader();
                    }
                }
            }
        } catch (InvalidWorkbookException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // POI reports a non-workbook in many ways (zip, OPC, XML); to the uploader they are one.
            throw new InvalidWorkbookException("the file is not an Excel workbook (.xlsx): upload the support"
                    + " workbook, support-cases-<date>.xlsx, with Resolution and Remark filled in");
        }
        if (parts == 0) {
            throw new InvalidWorkbookException("the workbook has no '" + SupportSheet.OPEN_CASES + "' sheet:"
                    + " upload the support workbook, support-cases-<date>.xlsx");
        }
        return rows;
    }

    private static final class Collector implements SheetContentsHandler {

        private final int part;
        private final String sheet;
        private final List<FilledRow> rows;
        private final Map<String, Integer> columns = new HashMap<>();
        private final Map<Integer, String> cells = new HashMap<>();
        private int row = -1;

        Collector(int part, String sheet, List<FilledRow> rows) {
            this.part = part;
            this.sheet = sheet;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                cells.put((int) new CellReference(reference).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0) {
                cells.forEach((column, text) -> columns.putIfAbsent(text.strip(), column));
                checkHeader();
                return;
            }
            String resolution = text(SupportSheet.RESOLUTION);
            if (resolution != null) {
                rows.add(new FilledRow(part, sheet, rowNum + 1, text(SupportSheet.CASE_ID), resolution,
                        cells.get(columns.get(SupportSheet.REMARK))));
            }
        }

        void checkHeader() {
            for (String header : List.of(SupportSheet.CASE_ID, SupportSheet.RESOLUTION, SupportSheet.REMARK)) {
                if (!columns.containsKey(header)) {
                    throw new InvalidWorkbookException("sheet '" + sheet + "' has no '" + header + "' column in"
                            + " its header row: upload the support workbook as the run wrote it");
                }
            }
        }

        private String text(String header) {
            String value = cells.get(columns.get(header));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
