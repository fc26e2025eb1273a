package kz.etalon.account;

import java.util.Locale;

/** Placeholder until the accounts branch lands. */
public enum Role {
    VIEWER, ANALYST, EDITOR, ADMIN;

    public boolean allows(Right right) {
        return switch (this) {
            case VIEWER -> right == Right.READ;
            case ANALYST -> right == Right.READ || right == Right.ANALYSE || right == Right.UPLOAD;
            case EDITOR -> right != Right.PUBLISH && right != Right.MANAGE_USERS;
            case ADMIN -> true;
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
