package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.NodeResult;
import kz.etalon.sheet.SpreadsheetText;
import kz.etalon.standard.BandTable;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * The CSV of a standard of any shape: one row per city; {@code rank} only when the standard ranks, {@code
 * score}, {@code points} and {@code index} only when it has a total; then every node of every
 * classification as {@code <classification>.<node id>.<column>}: its {@code value}, and where banded its
 * {@code points} and (when its bands have labels) its {@code label}; where it makes the total its
 * {@code weighted} points; where it may be left unscored a {@code scored} column (true or false, the value
 * then empty).
 */
final class NodesCsv {

    private final Standard standard;
    private final Optional<List<FragileGroup>> fragile;

    private NodesCsv(Standard standard, Optional<List<FragileGroup>> fragile) {
        this.standard = standard;
        this.fragile = fragile;
    }

    static String render(Evaluation evaluation, Optional<List<FragileGroup>> fragile) {
        NodesCsv csv = new NodesCsv(evaluation.standard(), fragile);
        StringBuilder out = new StringBuilder(String.join(",", csv.header().stream().map(SpreadsheetText::csvCell).toList()))
                .append('\n');
        evaluation.cities().forEach(city -> out.append(String.join(",", csv.row(city))).append('\n'));
        return out.toString();
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        if (standard.method().ranked()) {
            header.add("rank");
        }
        header.add("city");
        if (standard.method().total().isPresent()) {
            header.addAll(List.of("score", "points", "index"));
        }
        standard.method().nodes().forEach(node -> columns(node).forEach(column -> header.add(prefix(node) + column)));
        return header;
    }

    private List<String> row(CityResult city) {
        List<String> row = new ArrayList<>();
        if (standard.method().ranked()) {
            row.add(String.valueOf(city.rank()));
        }
        row.add(SpreadsheetText.csvCell(city.city()));
        if (standard.method().total().isPresent()) {
            row.addAll(List.of(number(city.score()), Numbers.plain(city.points()), number(city.index())));
        }
        standard.method().nodes().forEach(node -> row.addAll(cells(city, node)));
        return row;
    }

    private List<String> columns(MethodNode node) {
        List<String> columns = new ArrayList<>(List.of("value"));
        if (node.bands() != null) {
            columns.add("points");
            if (labelled(node)) {
                columns.add("label");
            }
        }
        if (total(node)) {
            columns.add("weighted");
            if (fragile.isPresent()) {
                columns.addAll(CsvReport.FRAGILE_COLUMNS);
            }
        }
        if (node.missing() == MethodNode.NodeMissing.NOT_SCORED) {
            columns.add("scored");
        }
        return columns;
    }

    private List<String> cells(CityResult city, MethodNode node) {
        NodeResult result = city.node(node.key()).orElseThrow();
        List<String> cells = new ArrayList<>(List.of(number(result.value())));
        if (node.bands() != null) {
            cells.add(result.points() == null ? "" : String.valueOf(result.points()));
            if (labelled(node)) {
                cells.add(result.points() == null ? "" : SpreadsheetText.csvCell(BandLabels.label(standard, node.bands(),
                        result.points(), result.bandLine()).map(label -> label.in("en")).orElse("")));
            }
        }
        if (total(node)) {
            cells.add(result.weighted() == null ? "" : Numbers.plain(result.weighted()));
            fragile.ifPresent(all -> cells.addAll(CsvReport.fragileCells(all, city.city(), node.id())));
        }
        if (node.missing() == MethodNode.NodeMissing.NOT_SCORED) {
            cells.add(String.valueOf(result.scored()));
        }
        return cells;
    }

    private boolean labelled(MethodNode node) {
        BandTable table = standard.method().bandTables().get(node.bands());
        return table != null && table.steps().stream().anyMatch(step -> !step.label().isEmpty());
    }

    private boolean total(MethodNode node) {
        return standard.method().totalNodes().contains(node);
    }

    private static String prefix(MethodNode node) {
        return node.classification() + "." + node.id() + ".";
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : String.valueOf(Numbers.full(value));
    }

}
