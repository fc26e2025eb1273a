package kz.etalon.web;

/** What a finished job of the {@link WorkPool} leaves: it renders itself as the part of its job's page below the progress. */
interface JobResult {

    /** The result as a part of the job's page made by a template ({@link Web#part}), in the language of {@code page}. */
    gg.jte.Content render(Web web, Page page);
}
