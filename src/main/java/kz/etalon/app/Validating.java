package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;

/** {@code validate}: standards and city files checked in the order given, every problem of each. */
final class Validating {

    private final Workspace workspace;

    Validating(Workspace workspace) {
        this.workspace = workspace;
    }

    /** With {@code strict}, every warning is reported as an error. */
    List<Problem> validate(String defaultStandard, List<Path> files, boolean strict) {
        StandardLoader loader = new StandardLoader(workspace);
        Problems found = Problems.strict(strict);
        LoadedStandard current = null;
        boolean currentFailed = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    current = null;
                    currentFailed = true;
                    current = loader.load(workspace.userFile(file));
                    currentFailed = false;
                    found.addAll(current.warnings());
                } else {
                    if (currentFailed) {
                        continue;  // its standard's errors are reported; checking against it would only add noise
                    }
                    if (current == null) {
                        current = loader.load(defaultStandard);
                    }
                    Problems problems = new Problems();
                    CityInputs.strict(current, workspace.userFile(file), problems);
                    found.addAll(problems.sorted());
                }
            } catch (InputException e) {
                found.addAll(e.problems());
            }
        }
        return found.inOrderFound();
    }

}
