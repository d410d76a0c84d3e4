package news.summarizer.core.engine;

import dev.langchain4j.model.output.structured.Description;

/**
 * A statement as an engine proposes it; its text and speaker are checked against the article and the actors before
 * use ({@code news.summarizer.core.statements.StatementGrounder}).
 */
public record DraftStatement(
        @Description("Name des Akteurs, der die Aussage macht, genau wie in \"actors\"") String speaker,
        @Description("\"direct\" für ein Zitat in Anführungszeichen, \"indirect\" für indirekte Rede") String kind,
        @Description("Die Aussage wörtlich und unverändert aus dem Artikel, bei einem Zitat ohne die Anführungszeichen")
        String text) {
}
