package kz.etalon.app;

/** Told of each step of a long operation (a sensitivity run); a front end shows it as it likes. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void start(int steps) {
        }

        @Override
        public void step() {
        }
    };

    /** The operation is about to take {@code steps} steps. */
    void start(int steps);

    /** One more step is done; called from several threads at once. */
    void step();

    /** All steps are done. */
    default void done() {
    }
}
