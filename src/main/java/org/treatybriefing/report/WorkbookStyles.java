package org.treatybriefing.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import javax.xml.namespace.QName;

import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/** Each cell style of the workbook, created once and shared by every cell that needs it. */
final class WorkbookStyles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle decimal;
    final CellStyle link;
    /** A count in a column of its own: right-aligned under a right-aligned header. */
    final CellStyle count;
    final CellStyle numberHeader;

    /**
     * Names the workbook's default cell style {@code Normal}, as Excel writes every workbook: POI
     * leaves it out, and readers such as Python's openpyxl then warn "Workbook contains no default
     * style" on every briefing.
     */
    static void nameDefaultStyle(XSSFWorkbook wb) {
        // poi-ooxml-lite has no class for <cellStyles>: the element is written as XML, at the end
        // of the still empty stylesheet; POI puts the parts it writes itself before it, in schema order
        CTStylesheet sheet = wb.getStylesSource().getCTStylesheet();
        String ns = CTStylesheet.type.getName().getNamespaceURI();
        try (XmlCursor cursor = sheet.newCursor()) {
            if (cursor.toChild(new QName(ns, "cellStyles"))) {
                return;
            }
            cursor.toEndToken();
            cursor.beginElement(new QName(ns, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new QName(ns, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    WorkbookStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        number = wb.createCellStyle();
        number.setDataFormat(wb.createDataFormat().getFormat("0"));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = wb.createCellStyle();
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        count = wb.createCellStyle();
        count.cloneStyleFrom(number);
        count.setAlignment(HorizontalAlignment.RIGHT);
        // "_0" leaves the width of a digit after the number: a gap before the text on its right
        count.setDataFormat(wb.createDataFormat().getFormat("0_0_0"));
        numberHeader = wb.createCellStyle();
        numberHeader.cloneStyleFrom(header);
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        numberHeader.setDataFormat(wb.createDataFormat().getFormat("@_0_0"));
        link = wb.createCellStyle();
        link.setFont(linkFont);
        link.setWrapText(true);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
