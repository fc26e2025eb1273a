package kz.etalon.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Right;
import kz.etalon.round.RoundCity;

/**
 * Who may do what in a round. An akimat's account (one with a city) reads and enters only its own city's
 * values, and only when the round names it among that city's accounts (or names none); the ministry's
 * accounts (no city) read every city, review (return, approve) with the right to publish, and reopen an
 * approved city with the right to manage users; they never change a city's values.
 */
final class RoundAccess {

    /** A round request the visitor may not make: answered 403, nothing changed. */
    static final class Forbidden extends RuntimeException {
        Forbidden() {
            super("not this visitor's city or step", null, false, false);
        }
    }

    private RoundAccess() {
    }

    static Visitor readCity(Context ctx, RoundCity city) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        Optional<String> own = visitor.account().city();
        if (own.isPresent() && !own.get().strip().equalsIgnoreCase(city.name())) {
            throw new Forbidden();
        }
        return visitor;
    }

    static boolean mayWrite(Visitor visitor, RoundCity city) {
        Account account = visitor.account();
        return account != null && account.may(Right.UPLOAD) && account.city().isPresent()
                && city.enteredBy(account.name(), account.city().get());
    }

    static Visitor writeCity(Context ctx, RoundCity city) {
        Visitor visitor = readCity(ctx, city);
        if (!mayWrite(visitor, city)) {
            throw new Forbidden();
        }
        return visitor;
    }

    static boolean mayReview(Visitor visitor) {
        return visitor.may(Right.PUBLISH) && visitor.account().city().isEmpty();
    }

    static boolean mayReopen(Visitor visitor) {
        return visitor.may(Right.MANAGE_USERS) && visitor.account().city().isEmpty();
    }

    static Visitor review(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        if (!mayReview(visitor)) {
            throw new Forbidden();
        }
        return visitor;
    }

    static Visitor reopen(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        if (!mayReopen(visitor)) {
            throw new Forbidden();
        }
        return visitor;
    }

    /** The cities of a round a visitor sees on the board: its own only for an akimat's account. */
    static List<RoundCity> visible(Visitor visitor, List<RoundCity> cities) {
        Optional<String> own = visitor.account().city();
        return own.isEmpty() ? cities
                : cities.stream().filter(city -> city.name().equalsIgnoreCase(own.get().strip())).toList();
    }
}
