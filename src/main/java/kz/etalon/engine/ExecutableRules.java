package kz.etalon.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

/**
 * Rules in Drools' executable model: DRL turned into Java classes once, stored as a kjar
 * ({@link RuleCache}), and later loaded without the DRL parser, MVEL or a Java compiler, which is most
 * of a cold start. The classic compiler still checks the DRL first: its errors name file and line.
 */
final class ExecutableRules {

    /** Lists the model classes of a kjar. */
    private static final String MODELS = "/drools-model";
    /** Lists every class the executable-model compiler generated. */
    private static final String GENERATED = "/generated-class-names";
    private static final String MODEL_VERSION = "Drools-Model-Version";

    private ExecutableRules() {
    }

    /**
     * The executable-model kjar of {@code sources} (resource path under src/main/resources -> DRL), or
     * empty when that compiler cannot build them (they then run with the classic engine).
     */
    static Optional<byte[]> build(ReleaseId release, Map<String, String> sources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        // no kmodule.xml: the default module, one default KieBase of every package, is what is wanted, and
        // reading a kmodule.xml would need Drools' XML support (XStream), which is not shipped
        kfs.generateAndWritePomXML(release);
        sources.forEach((resource, drl) -> kfs.write(services.getResources()
                .newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath("src/main/resources/" + resource)
                .setResourceType(ResourceType.DRL)));
        try {
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                return Optional.empty();
            }
            return Optional.of(((InternalKieModule) builder.getKieModule()).getBytes());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The KieBase of a kjar that {@link #build} made. Every entry is read and checked against its CRC
     * and every generated class must be present, so a damaged file fails here, not halfway through
     * scoring.
     *
     * @throws InvalidKjar when the bytes are not such a kjar
     */
    static KieBase load(byte[] kjar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();   // checks the entry's CRC
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), content);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidKjar("unreadable: " + e, e);
        }
        List<String> models = new ArrayList<>();
        List<String> generated = new ArrayList<>();
        entries.forEach((name, content) -> {
            if (name.startsWith("META-INF/kie/") && name.endsWith(MODELS)) {
                models.addAll(lines(content));
            } else if (name.startsWith("META-INF/kie/") && name.endsWith(GENERATED)) {
                generated.addAll(lines(content));
            }
        });
        models.removeIf(line -> line.startsWith(MODEL_VERSION));
        if (models.isEmpty() || generated.isEmpty()) {
            throw new InvalidKjar("no model classes listed", null);
        }
        for (String name : generated) {
            if (!entries.containsKey(name.replace('.', '/') + ".class")) {
                throw new InvalidKjar("missing class " + name, null);
            }
        }
        try {
            KjarClassLoader loader = new KjarClassLoader(ExecutableRules.class.getClassLoader(), entries);
            List<Model> instances = new ArrayList<>();
            for (String name : models) {
                instances.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(instances);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new InvalidKjar("cannot load: " + e, e);
        }
    }

    private static List<String> lines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A kjar that cannot be loaded: damaged, or written by something else. */
    static final class InvalidKjar extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidKjar(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Defines the classes of a kjar held in memory. */
    private static final class KjarClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> entries;

        KjarClassLoader(ClassLoader parent, Map<String, byte[]> entries) {
            super("etalon-rules", parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
