package kz.etalon.web;

/** A page or a thing on it (a city, a job) that does not exist: answered 404 with a page. */
public final class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what, null, false, false);
    }
}
