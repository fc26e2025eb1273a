package kz.etalon.report;

import java.nio.file.Path;
import kz.etalon.city.CityData;
import kz.etalon.cli.Inputs;
import kz.etalon.cli.Project;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;

/** The bundled kz-2019 data evaluated under kz-2019, as the report tests read it. */
public final class BundledEvaluation {

    private BundledEvaluation() {
    }

    public static Evaluation kz2019() {
        Project project = new Project(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath());
        Inputs.Checked checked = Inputs.standard(project, project.standardFile("kz-2019"));
        CityData data = Inputs.cities(checked, Path.of("data/kz-2019-cities.csv"), new Problems());
        return new Evaluator(checked.standard(), checked.rules()).evaluate(data);
    }
}
