package com.giftcardrecon.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Reads the {@code Summary} sheet back from a finance workbook: the figures finance received
 * for that date, whatever was loaded since. Only that sheet's XML is streamed, so a workbook
 * with a million exceptions costs no more than a small one, and numbers are taken as the
 * decimal text the file stores, never through a double. Columns are found by their header.
 */
public final class SummarySheet {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SummarySheet() {
    }

    public static List<SummaryRow> read(Path financeWorkbook) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(financeWorkbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(Layouts.SUMMARY.name())) {
                        return rows(cells(sheet, reader.getSharedStringsTable()));
                    }
                }
            }
            throw new IOException(financeWorkbook + " has no " + Layouts.SUMMARY.name() + " sheet");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot read the Summary sheet of " + financeWorkbook + ": " + e.getMessage(), e);
        }
    }

    private static List<SummaryRow> rows(List<List<String>> cells) {
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < cells.get(0).size(); i++) {
            column.put(cells.get(0).get(i), i);
        }
        List<SummaryRow> rows = new ArrayList<>();
        for (List<String> row : cells.subList(1, cells.size())) {
            Cells at = header -> {
                Integer index = column.get(header);
                return index == null || index >= row.size() ? "" : row.get(index);
            };
            rows.add(new SummaryRow(at.text("Region"), at.text("Currency"), at.count("Activations"),
                    at.money("Activated Value"), at.count("Voids"), at.money("Voided Value"),
                    at.count("Redemptions"), at.money("Redeemed Value"), at.count("Outstanding Cards"),
                    at.money("Outstanding Value")));
        }
        return rows;
    }

    /** One row's cells by header. */
    private interface Cells {
        String text(String header);

        default long count(String header) {
            String text = text(header);
            return text.isEmpty() ? 0 : new BigDecimal(text).longValueExact();
        }

        default BigDecimal money(String header) {
            String text = text(header);
            return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
        }
    }

    /** Every row's cell texts in column order; a missing cell is an empty text. */
    private static List<List<String>> cells(InputStream sheet, SharedStrings strings) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader xml = XML.createXMLStreamReader(sheet);
        List<String> row = null;
        String type = null;
        int columnIndex = 0;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> row = new ArrayList<>();
                    case "c" -> {
                        type = xml.getAttributeValue(null, "t");
                        columnIndex = columnOf(xml.getAttributeValue(null, "r"), row.size());
                        text.setLength(0);
                    }
                    case "v", "t" -> inText = true;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v", "t" -> inText = false;
                    case "c" -> {
                        while (row.size() < columnIndex) {
                            row.add("");
                        }
                        row.add("s".equals(type) ? strings.getItemAt(Integer.parseInt(text.toString())).getString()
                                : text.toString());
                    }
                    case "row" -> rows.add(row);
                    default -> {
                    }
                }
            }
        }
        return rows;
    }

    // "C7" is the third column; a cell without a reference follows the one before it.
    private static int columnOf(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
