package kz.etalon.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.account.UserRules;
import kz.etalon.app.Audit.Actor;
import kz.etalon.app.AuditEntry.Outcome;

/**
 * Who may log in, changed by an administrator (the {@code user} command, the users page) or by a user
 * (their own password): one set of rules for both, each change written to the audit log. The rules are the
 * users file's (names, cities, passwords of at least {@link UserDirectory#MIN_PASSWORD} characters as
 * Argon2id hashes), and one more: nobody removes, disables or changes the role of their own account, so
 * an administrator cannot lock themselves out by a slip. A password an administrator sets may be for one
 * log-in only: its user must choose their own at the next.
 */
public final class Users {

    /** Why a change was refused; each has a message in every language. */
    public enum Problem {
        NAME, CITY, SHORT_PASSWORD, EXISTS, UNKNOWN, SELF, WRONG_PASSWORD, SAME_PASSWORD;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A change the rules refuse; nothing was changed. */
    public static final class Refused extends RuntimeException {

        private final Problem problem;
        private final String subject;

        Refused(Problem problem, String subject) {
            super(problem.id() + ": " + subject, null, false, false);
            this.problem = problem;
            this.subject = subject;
        }

        public Problem problem() {
            return problem;
        }

        /** The name, city or user the problem is with. */
        public String subject() {
            return subject;
        }
    }

    /** The words of an audit entry's detail besides {@code role=}, {@code from=} and {@code city=}. */
    public static final String ONE_TIME = "one-time";
    public static final String NO_CITY = "no-city";
    public static final String WRONG_PASSWORD = "wrong-password";

    private final UserDirectory directory;
    private final Audit audit;

    public Users(UserDirectory directory, Audit audit) {
        this.directory = directory;
        this.audit = audit;
    }

    /** The users of the workspace at {@code home}, changes logged in its audit log. */
    public static Users of(Path home) {
        return new Users(UserDirectory.open(UserDirectory.defaultFile(home)), Audit.of(home));
    }

    public UserDirectory directory() {
        return directory;
    }

    public List<UserDirectory.Listed> list() {
        return directory.listed();
    }

    /** Whether a user {@code name} of {@code city} could be added: refused when not, before a password is asked for. */
    public void checkNew(String name, Optional<String> city) {
        UserRules.nameProblem(name).ifPresent(why -> refuse(Problem.NAME, name));
        city.flatMap(UserRules::cityProblem).ifPresent(why -> refuse(Problem.CITY, city.get()));
        directory.find(name).ifPresent(existing -> refuse(Problem.EXISTS, existing.name()));
    }

    /** Adds a user; with {@code oneTime} the password must be changed at the first log-in. */
    public Account add(Actor by, String name, Role role, Optional<String> city, char[] password, boolean oneTime) {
        checkNew(name, city);
        checkLength(password);
        directory.add(name, role, city, password);
        Account added = directory.find(name).orElseThrow();
        if (oneTime) {
            directory.setPassword(added.name(), password, true);
        }
        audit.record(by, AuditKind.USER_ADDED, added.name(), Outcome.OK,
                "role=" + role.id() + added.city().map(c -> "; city=" + c).orElse("") + (oneTime ? "; " + ONE_TIME : ""));
        return added;
    }

    public void setRole(Actor by, String name, Role role) {
        Account account = notSelf(by, known(name));
        directory.setRole(account.name(), role);
        audit.record(by, AuditKind.USER_ROLE, account.name(), Outcome.OK, "from=" + account.role().id() + "; role=" + role.id());
    }

    /** The city the user uploads for; empty (or blank) for none. */
    public void setCity(Actor by, String name, Optional<String> city) {
        Account account = known(name);
        Optional<String> given = city.filter(text -> !text.isBlank());
        given.flatMap(UserRules::cityProblem).ifPresent(why -> refuse(Problem.CITY, given.get()));
        directory.setCity(account.name(), given);
        audit.record(by, AuditKind.USER_CITY, account.name(), Outcome.OK, given.map(c -> "city=" + c).orElse(NO_CITY));
    }

    /** Disables ({@code true}) or enables a user: a disabled user cannot log in, and their sessions end. */
    public void setDisabled(Actor by, String name, boolean disabled) {
        Account account = notSelf(by, known(name));
        directory.setDisabled(account.name(), disabled);
        audit.record(by, disabled ? AuditKind.USER_DISABLED : AuditKind.USER_ENABLED, account.name(), Outcome.OK);
    }

    /** Sets a user's password; {@code oneTime} when it must be changed at their next log-in. */
    public void setPassword(Actor by, String name, char[] password, boolean oneTime) {
        Account account = known(name);
        checkLength(password);
        directory.setPassword(account.name(), password, oneTime);
        audit.record(by, AuditKind.USER_PASSWORD, account.name(), Outcome.OK, oneTime ? ONE_TIME : "");
    }

    public void remove(Actor by, String name) {
        Account account = notSelf(by, known(name));
        directory.remove(account.name());
        audit.record(by, AuditKind.USER_REMOVED, account.name(), Outcome.OK);
    }

    /**
     * A user changes their own password: {@code current} must be it, {@code chosen} long enough and another
     * one. A wrong current password is logged as a failure.
     */
    public void changeOwn(Actor by, char[] current, char[] chosen) {
        Account account = known(by.user());
        if (!directory.check(account.name(), current).account().isPresent()) {
            audit.record(by, AuditKind.PASSWORD_CHANGED, account.name(), Outcome.FAILED, WRONG_PASSWORD);
            refuse(Problem.WRONG_PASSWORD, account.name());
        }
        checkLength(chosen);
        if (Arrays.equals(current, chosen)) {
            refuse(Problem.SAME_PASSWORD, account.name());
        }
        directory.setPassword(account.name(), chosen, false);
        audit.record(by, AuditKind.PASSWORD_CHANGED, account.name(), Outcome.OK);
    }

    private Account known(String name) {
        return directory.find(name).orElseThrow(() -> new Refused(Problem.UNKNOWN, name == null ? "" : name));
    }

    private static Account notSelf(Actor by, Account account) {
        if (account.name().equalsIgnoreCase(by.user() == null ? "" : by.user().strip())) {
            refuse(Problem.SELF, account.name());
        }
        return account;
    }

    private static void checkLength(char[] password) {
        if (!UserRules.longEnough(password)) {
            refuse(Problem.SHORT_PASSWORD, String.valueOf(UserDirectory.MIN_PASSWORD));
        }
    }

    private static void refuse(Problem problem, String subject) {
        throw new Refused(problem, subject);
    }
}
