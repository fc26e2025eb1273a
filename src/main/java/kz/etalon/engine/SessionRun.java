package kz.etalon.engine;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The facts one session ended with, and the rule that inserted each derived one: recorded once here,
 * by a rule-runtime listener, so that no rule has to name itself in what it derives.
 */
record SessionRun(Collection<?> facts, Map<Object, String> insertedBy) {

    private static final String FACTS = "facts";
    private static final KieCommands COMMANDS = KieServices.Factory.get().getCommands();

    /** Inserts {@code facts} into {@code session}, fires every rule and keeps what is there then. */
    static SessionRun of(StatelessKieSession session, List<Object> facts) {
        // sized for about as many derived facts as inserted ones (127 for 120 in kz-2019), so it never grows
        Map<Object, String> insertedBy = new IdentityHashMap<>(facts.size() + facts.size() / 2);
        record(session, insertedBy);
        return execute(session, facts, insertedBy);
    }

    /**
     * The same run without recording which rule derived each fact ({@link #ruleOf} gives null): for runs
     * whose results name no rule, such as the thousands of a sensitivity analysis, which read ranks only.
     */
    static SessionRun unrecorded(StatelessKieSession session, List<Object> facts) {
        return execute(session, facts, Map.of());
    }

    private static SessionRun execute(StatelessKieSession session, List<Object> facts, Map<Object, String> insertedBy) {
        List<Command<?>> batch = List.of(
                COMMANDS.newInsertElements(facts),
                COMMANDS.newFireAllRules(),
                COMMANDS.newGetObjects(FACTS));
        ExecutionResults results = session.execute(COMMANDS.newBatchExecution(batch));
        return new SessionRun((Collection<?>) results.getValue(FACTS), insertedBy);
    }

    private static void record(StatelessKieSession session, Map<Object, String> insertedBy) {
        session.addEventListener(new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() != null) {
                    insertedBy.put(event.getObject(), event.getRule().getName());
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
            }
        });
    }

    /** The name of the rule that inserted {@code fact}. */
    String ruleOf(Object fact) {
        return insertedBy.get(fact);
    }
}
