package kz.etalon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.app.Etalon;
import kz.etalon.sheet.TemplateWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "template",
        description = {"Writes an Excel workbook (.xlsx) in which city administrations collect their data.",
                "It has one row per indicator of the standard (id, area, name, method, unit or target), one column "
                        + "per city, drop-downs for yes/no in the chosen language, shares limited to 0..100, and an "
                        + "instructions sheet. evaluate, report, compare and validate read the filled workbook directly. "
                        + "With --cities FILE the workbook is filled with that file's values, e.g. last year's, to be "
                        + "updated. Without --out it is written to <standard id>-template.xlsx."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon template --out cities-2019.xlsx",
                "  ./etalon template --standard kz-2019 --lang ru --out cities-2019-ru.xlsx",
                "  ./etalon template --standard kz-2026 --city Almaty --city Shymkent --out two-cities.xlsx",
                "  ./etalon template --standard kz-2019 --cities data/kz-2019-cities.csv --out last-year-filled.xlsx",
                "", "Then: ./etalon evaluate --standard kz-2019 --cities cities-2019.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardOption standard;

    @Mixin
    private LanguageOption lang;

    @Option(names = "--city", paramLabel = "NAME", description = "A city column; repeat for several. "
            + "Default: the cities of the standard's bundled data, or " + TemplateWorkbook.BLANK_CITIES + " blank columns.")
    private List<String> cityNames = new ArrayList<>();

    @Mixin
    private CitiesOption fillFrom;

    @Mixin
    private OutOption out;

    @Override
    public Integer call() {
        Etalon app = workspace.app(parent);
        String id = app.workspace().isStandardId(standard.standard) ? standard.standard : app.standard(standard.standard).id();
        out.check(app.workspace(), List.of(standard.standard), Collections.singletonList(fillFrom.cities),
                Path.of(id + "-template.xlsx"));
        Etalon.Template template = app.template(standard.standard, fillFrom.cities, cityNames, lang.code());
        NoteLines.print(out.err(), template.notes(), lang.code());
        out.err().flush();
        out.write(template.workbook(), "template writes an Excel workbook");
        Path target = out.written().orElseThrow();
        spec.commandLine().getOut().printf("wrote %s: %d indicators x %s, %s%n", target, template.indicators(),
                template.cities() == 0 ? TemplateWorkbook.BLANK_CITIES + " blank city columns" : template.cities() + " cities",
                ReportCommand.size(target));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
