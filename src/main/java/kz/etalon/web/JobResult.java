package kz.etalon.web;

/** What a finished job of the {@link WorkPool} leaves: it renders itself as the part of its job's page below the progress. */
interface JobResult {

    /** The result as HTML made by a template (every text in it escaped), in the language of {@code page}. */
    String render(Web web, Page page);
}
