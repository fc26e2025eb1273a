package kz.etalon.web;

import kz.etalon.account.Right;

/** A request the visitor has no right to make (answered 403 with a page that says which right it needs). */
final class Refused extends RuntimeException {

    private final Right right;

    Refused(Right right) {
        super("needs the right " + right, null, false, false);
        this.right = right;
    }

    Right right() {
        return right;
    }
}
