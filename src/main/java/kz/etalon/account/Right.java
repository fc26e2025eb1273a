package kz.etalon.account;

/** What a user may do in the web workspace; a {@link Role} is a set of them. */
public enum Right {
    /** See standards, data sets and results. */
    READ,
    /** Run analyses: compare, what-if, sensitivity. */
    ANALYSE,
    /** Upload city data (a city user: for its own city only, see {@link Account#mayUploadFor}). */
    UPLOAD,
    /** Change a standard. */
    EDIT_STANDARD,
    /** Publish a standard or results. */
    PUBLISH,
    /** Add, change and remove users. */
    MANAGE_USERS
}
