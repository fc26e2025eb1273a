package kz.etalon.cli;

import java.io.PrintWriter;
import kz.etalon.standard.Standard;
import kz.etalon.standard.Status;

/** The one line that says a result comes from a draft, not from a published standard. */
final class DraftWarning {

    private DraftWarning() {
    }

    static void print(PrintWriter err, Standard standard) {
        if (standard.status() == Status.DRAFT) {
            err.println("warning: " + Terminal.printable(standard.id()) + " is a draft (status: draft), not a published "
                    + "standard; its results may still change");
        }
    }
}
