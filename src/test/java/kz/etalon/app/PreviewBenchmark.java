package kz.etalon.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import kz.etalon.history.Author;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a warm impact preview of a draft takes on the 17 bundled cities (the editor asks for one after
 * each edit that checks), measured by JMH (tools/bench jmh PreviewBenchmark; mvn verify only compiles this).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PreviewBenchmark {

    private Etalon app;
    private String changed;

    @Setup
    public void draft() throws Exception {
        Path home = CopiedWorkspace.in(Files.createTempDirectory("etalon-preview-bench"));
        app = CopiedWorkspace.app(home);
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, Author.named("bench"));
        changed = draft.text().replace("factors: {K1: 1, K2: 2}", "factors: {K1: 1, K2: 3}")
                .replace("max_score: 25", "max_score: 35");
    }

    @Benchmark
    public Preview warmPreviewOfTheBundledCities() {
        return app.preview("kz-2027", changed, null);
    }
}
