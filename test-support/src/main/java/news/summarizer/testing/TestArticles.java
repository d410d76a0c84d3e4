package news.summarizer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fictional German test articles, written for this project (never third-party text). */
public final class TestArticles {

    /** Germany and Poland agree on a new Oder bridge: ministers with titles, a company, an EU body, an NGO. */
    public static final String ODER_BRIDGE = "articles/oderbruecke.txt";

    /**
     * Germany and Norway plan a hydrogen pipeline: "Land-Titel" names (NRW-Wirtschaftsministerin, EU-Energiekommissar
     * Pieter van Dijk), appositions before and after a name, countries, a company, a dateline.
     */
    public static final String HYDROGEN_PIPELINE = "articles/wasserstoffleitung.txt";

    /** A three-sentence news flash: a town council, a sum, a mayor. Too short for a three-sentence summary. */
    public static final String NEWS_FLASH = "articles/kurzmeldung.txt";

    private TestArticles() {
    }

    public static String text(String resource) {
        try (InputStream in = TestArticles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test article " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
