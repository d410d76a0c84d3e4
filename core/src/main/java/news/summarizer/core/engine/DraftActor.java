package news.summarizer.core.engine;

import dev.langchain4j.model.output.structured.Description;
import news.summarizer.core.summary.ActorType;

/** An actor as an engine proposes it; its name and evidence are checked against the article before use. */
public record DraftActor(
        @Description("Vollständiger Name, wie er im Artikel steht, ohne Titel oder Funktion davor") String name,
        @Description("Art des Akteurs") ActorType type,
        @Description("Titel oder Funktion laut Artikel (z. B. \"US-Außenminister\"), sonst \"\"") String role,
        @Description("Ein deutscher Satz dazu, was der Akteur in dieser Geschichte tut oder sagt") String description,
        @Description("Wörtliches, unverändertes Zitat aus dem Artikel (ein Satz oder Satzteil), das den Namen enthält")
        String evidence) {
}
