package kz.etalon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled classes: each package uses only the
 * packages below it, only the engine knows Drools, and nothing but the command line knows the
 * command line (its tests included).
 */
class ArchitectureTest {

    /** The test classes: their own rule is below; to the layers they are not callers. */
    private static final DescribedPredicate<JavaClass> TESTS = DescribedPredicate.describe("tests", type -> type.getSource()
            .map(source -> !ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(Location.of(source.getUri())))
            .orElse(false));

    private static JavaClasses main;
    private static JavaClasses all;

    /**
     * One import of Etalon's classes, the tests' included; the main classes are those not from the test classes'
     * folder. The libraries' classes are not imported (src/test/resources/archunit.properties): the rules need
     * only the names of the classes Etalon's depend on, which their stubs have.
     */
    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter().importPackages("kz.etalon");
        main = all.that(DescribedPredicate.not(TESTS));
        if (!main.contain("kz.etalon.cli.Main") || main.contain(ArchitectureTest.class) || !all.contain(ArchitectureTest.class)) {
            throw new IllegalStateException("the main classes were not told from the tests");
        }
    }

    /**
     * problem and i18n (errors, labels) are at the bottom: every layer may use them; i18n reads only the standard
     * model. account (users, roles, passwords) stands beside the rest: it uses only problem and i18n.
     */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("kz.etalon.cli..")
                .layer("web").definedBy("kz.etalon.web..")
                .layer("account").definedBy("kz.etalon.account..")
                .layer("app").definedBy("kz.etalon.app..")
                .layer("round").definedBy("kz.etalon.round..")
                .layer("history").definedBy("kz.etalon.history..")
                .layer("report").definedBy("kz.etalon.report..")
                .layer("sheet").definedBy("kz.etalon.sheet..")
                .layer("analysis").definedBy("kz.etalon.analysis..")
                .layer("engine").definedBy("kz.etalon.engine..")
                .layer("city").definedBy("kz.etalon.city..")
                .layer("result").definedBy("kz.etalon.result..")
                .layer("standard").definedBy("kz.etalon.standard..")
                .layer("i18n").definedBy("kz.etalon.i18n..")
                .layer("problem").definedBy("kz.etalon.problem..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("account").mayOnlyBeAccessedByLayers("cli", "web", "app")
                .whereLayer("round").mayOnlyBeAccessedByLayers("cli", "web", "app")
                .whereLayer("history").mayOnlyBeAccessedByLayers("cli", "web", "app", "round")
                .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "web", "app")
                .whereLayer("sheet").mayOnlyBeAccessedByLayers("cli", "web", "app", "report", "round")
                .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "web", "app", "report")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("app", "analysis")
                .whereLayer("city").mayOnlyBeAccessedByLayers("app", "analysis", "engine", "sheet")
                .whereLayer("result").mayOnlyBeAccessedByLayers("cli", "web", "app", "report", "sheet", "analysis", "engine")
                .whereLayer("standard").mayOnlyBeAccessedByLayers("cli", "web", "app", "report", "sheet", "analysis", "engine", "city",
                        "result", "i18n")
                .ignoreDependency(TESTS, DescribedPredicate.alwaysTrue())
                .check(main);
    }

    @Test
    void onlyTheEngineKnowsDrools() {
        noClasses().that().resideOutsideOfPackage("kz.etalon.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(main);
    }

    /** The workspace's Git repository is reached only through history (web and app use its records). */
    @Test
    void onlyHistoryKnowsJGit() {
        noClasses().that().resideOutsideOfPackage("kz.etalon.history..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..")
                .check(main);
    }

    @Test
    void onlyTheWebWorkspaceKnowsTheWebServer() {
        noClasses().that().resideOutsideOfPackage("kz.etalon.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(main);
    }

    /** The templates (kz.etalon.template, made from src/main/jte) are run by the web pages and the HTML report only. */
    @Test
    void onlyTheWebWorkspaceAndTheHtmlReportKnowTheTemplates() {
        noClasses().that().resideOutsideOfPackages("kz.etalon.web..", "kz.etalon.report.html..", "kz.etalon.template..")
                .should().dependOnClassesThat().resideInAnyPackage("gg.jte..")
                .check(main);
    }

    @Test
    void nothingButTheCommandLineKnowsTheCommandLine_testsIncluded() {
        noClasses().that().resideOutsideOfPackage("kz.etalon.cli..")
                .should().dependOnClassesThat().resideInAPackage("kz.etalon.cli..")
                .check(all);
        noClasses().that().resideOutsideOfPackage("kz.etalon.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(main);
    }
}
