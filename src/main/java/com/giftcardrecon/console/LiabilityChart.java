package com.giftcardrecon.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.web.util.HtmlUtils;

/**
 * Outstanding liability over the dates given, one small line chart per currency (amounts in
 * different currencies do not add up), drawn as SVG on the server. Each chart carries a text
 * alternative: the first and last figures and the range.
 */
final class LiabilityChart {

    /** One currency's chart, ready to inline, and its latest figure in words. */
    record Panel(String currency, String svg, String latest) {
    }

    static final int WIDTH = 360;

    static final int HEIGHT = 150;

    private static final int LEFT = 12;

    private static final int RIGHT = 12;

    private static final int TOP = 26;

    private static final int BOTTOM = 26;

    private LiabilityChart() {
    }

    /** @param outstanding by date, the outstanding value per currency of that date's Summary */
    static List<Panel> of(SortedMap<LocalDate, Map<String, BigDecimal>> outstanding) {
        TreeSet<String> currencies = new TreeSet<>();
        outstanding.values().forEach(amounts -> currencies.addAll(amounts.keySet()));
        List<Panel> panels = new ArrayList<>();
        for (String currency : currencies) {
            SortedMap<LocalDate, BigDecimal> series = new TreeMap<>();
            outstanding.forEach((date, amounts) -> series.put(date, amounts.getOrDefault(currency, BigDecimal.ZERO)));
            panels.add(panel(currency, series));
        }
        return panels;
    }

    private static Panel panel(String currency, SortedMap<LocalDate, BigDecimal> series) {
        BigDecimal lowest = series.values().stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        // The axis is zero, so the height of a point is the size of the liability.
        BigDecimal min = lowest.min(BigDecimal.ZERO);
        BigDecimal max = series.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        LocalDate first = series.firstKey();
        LocalDate last = series.lastKey();
        String description = currency + " outstanding: " + plain(series.get(first), currency) + " on " + first + ", "
                + plain(series.get(last), currency) + " on " + last + "; lowest " + plain(lowest, currency) + ", highest "
                + plain(max, currency)
                + " over " + series.size() + (series.size() == 1 ? " date" : " dates");
        String id = "chart-" + currency.toLowerCase(Locale.ROOT);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">Outstanding liability, ").append(escape(currency))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(escape(description))
                .append("</desc>");
        svg.append("<text class=\"chart-label\" x=\"").append(LEFT).append("\" y=\"16\">").append(escape(currency))
                .append(" · highest ").append(escape(plain(max, currency))).append("</text>");
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append("<line class=\"chart-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        StringBuilder points = new StringBuilder();
        int i = 0;
        for (Map.Entry<LocalDate, BigDecimal> point : series.entrySet()) {
            // Pixels only: the figures themselves are shown as decimals in the title and table.
            double x = LEFT + (series.size() == 1 ? plotWidth / 2 : plotWidth * i / (series.size() - 1));
            double y = HEIGHT - BOTTOM - plotHeight * share(point.getValue(), min, max);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle class=\"chart-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\">",
                    x, y)).append("<title>").append(point.getKey()).append(": ").append(escape(plain(point.getValue(), currency)))
                    .append(' ').append(escape(currency)).append("</title></circle>");
            i++;
        }
        svg.append("<polyline class=\"chart-line\" points=\"").append(points.toString().trim()).append("\"/>");
        svg.append("<text class=\"chart-label\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8)
                .append("\">").append(first).append("</text>");
        svg.append("<text class=\"chart-label\" text-anchor=\"end\" x=\"").append(WIDTH - RIGHT).append("\" y=\"")
                .append(HEIGHT - 8).append("\">").append(last).append("</text>");
        svg.append("</svg>");
        return new Panel(currency, svg.toString(), plain(series.get(last), currency) + " " + currency + " on " + last);
    }

    /** Where a value sits between the lowest and highest, 0 to 1; nothing but zeros sits on the axis. */
    static double share(BigDecimal value, BigDecimal min, BigDecimal max) {
        BigDecimal range = max.subtract(min);
        if (range.signum() == 0) {
            return 0;
        }
        return value.subtract(min).divide(range, 6, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static String plain(BigDecimal amount, String currency) {
        return SummaryLine.money(amount, currency);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
