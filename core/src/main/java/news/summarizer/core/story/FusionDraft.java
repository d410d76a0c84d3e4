package news.summarizer.core.story;

import dev.langchain4j.model.output.structured.Description;
import java.util.List;

/**
 * What the model is asked to fill in the fusion call. The JSON schema sent with the call is generated from these
 * records ({@link StoryPrompts#SCHEMA}), so the schema and the parser cannot drift apart. Headline, summary and key
 * points are read and checked as a summary's are; counts and lengths are not part of the schema: they come from
 * {@link news.summarizer.core.engine.SummaryLimits} through the prompt, as for a summary.
 */
record FusionDraft(
        @Description("Kurze deutsche Überschrift der Geschichte") String headline,
        @Description("Die Geschichte über alle Quellen in vollständigen deutschen Sätzen") String summary,
        @Description("Kurze deutsche Kernaussagen") List<String> keyPoints,
        @Description("Aussagen, die mindestens zwei Quellen gemeinsam treffen") List<AgreementDraft> agreements,
        @Description("Themen, zu denen die Quellen Unterschiedliches berichten") List<DifferenceDraft> differences,
        @Description("Datierte Ereignisse aus den Quellen, chronologisch") List<TimelineDraft> timeline) {

    record AgreementDraft(
            @Description("Die gemeinsame Aussage auf Deutsch") String statement,
            @Description("Nummern der Quellen, die sie treffen") List<Integer> articles) {
    }

    record DifferenceDraft(
            @Description("Worum es geht, kurz auf Deutsch") String topic,
            @Description("Was jede Quelle dazu sagt, mindestens zwei Quellen") List<ClaimDraft> claims) {
    }

    record ClaimDraft(
            @Description("Nummer der Quelle") Integer article,
            @Description("Was die Quelle sagt, auf Deutsch") String statement,
            @Description("Wörtlich kopierter Beleg aus den belege dieser Quelle") String evidence) {
    }

    record TimelineDraft(
            @Description("Datum JJJJ-MM-TT, JJJJ-MM oder JJJJ") String date,
            @Description("Nummer der Quelle") Integer article,
            @Description("Was geschah, ein kurzer deutscher Satz") String event) {
    }
}
