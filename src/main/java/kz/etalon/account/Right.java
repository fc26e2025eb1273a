package kz.etalon.account;

/** Placeholder until the accounts branch lands. */
public enum Right { READ, ANALYSE, UPLOAD, EDIT_STANDARD, PUBLISH, MANAGE_USERS }
