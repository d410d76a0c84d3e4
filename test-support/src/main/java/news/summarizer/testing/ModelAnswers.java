package news.summarizer.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Model answers (the JSON a model puts in its message content) for the fictional test articles. */
public final class ModelAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelAnswers() {
    }

    /** A correct, grounded German answer for {@link TestArticles#ODER_BRIDGE}. */
    public static ObjectNode oderBridge() {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("headline", "Deutschland und Polen bauen gemeinsam eine neue Oderbrücke");
        answer.put("summary", "Deutschland und Polen haben sich auf den Bau einer neuen Eisenbahnbrücke über die Oder "
                + "geeinigt. Die Kosten von rund 480 Millionen Euro tragen beide Länder je zur Hälfte. Der Bau soll im "
                + "April beginnen und 2029 abgeschlossen sein. Umweltverbände warnen vor Eingriffen in die Auenlandschaft.");
        ArrayNode keyPoints = answer.putArray("keyPoints");
        keyPoints.add("Berlin und Warschau teilen sich die Baukosten von rund 480 Millionen Euro.");
        keyPoints.add("Künftig sollen bis zu 160 Güterzüge pro Tag die Oder queren können.");
        keyPoints.add("Die EU-Kommission will das Projekt mit bis zu 120 Millionen Euro fördern.");
        ArrayNode actors = answer.putArray("actors");
        actor(actors, "Lena Hartwig", "PERSON", "Bundesverkehrsministerin",
                "Sie unterzeichnete die Vereinbarung für Deutschland.",
                "Bundesverkehrsministerin Lena Hartwig und ihr polnischer Amtskollege Tomasz Wierzbicki unterzeichneten am Dienstag");
        actor(actors, "Tomasz Wierzbicki", "PERSON", "polnischer Verkehrsminister",
                "Er sprach von einem Signal an ganz Europa.",
                "Wierzbicki sprach von einem \"Signal an ganz Europa\"");
        actor(actors, "Deutsche Bahn", "ORGANIZATION", "",
                "Sie plant bis zu 160 Güterzüge pro Tag über die neue Brücke.",
                "Nach Angaben der Deutschen Bahn sollen künftig bis zu 160 Güterzüge pro Tag die Oder queren können");
        return answer;
    }

    /**
     * The {@link #oderBridge()} answer with a two-sentence summary, as smaller local models often write it: complete,
     * German and grounded, just shorter than asked.
     */
    public static ObjectNode oderBridgeInTwoSentences() {
        ObjectNode answer = oderBridge();
        answer.put("summary", "Deutschland und Polen haben sich auf den Bau einer neuen Eisenbahnbrücke über die Oder "
                + "geeinigt. Die Kosten von rund 480 Millionen Euro tragen beide Länder je zur Hälfte.");
        return answer;
    }

    /** A correct answer for {@link TestArticles#NEWS_FLASH}: two sentences and three key points, all it can give. */
    public static ObjectNode newsFlash() {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("headline", "Lindenau baut eine neue Grundschule");
        answer.put("summary", "Der Stadtrat von Lindenau hat den Neubau der Grundschule am Mühlenweg beschlossen. "
                + "Das Land Sachsen trägt ein Drittel der Kosten von 12 Millionen Euro.");
        ArrayNode keyPoints = answer.putArray("keyPoints");
        keyPoints.add("Der Stadtrat hat den Neubau der Grundschule beschlossen.");
        keyPoints.add("Die Kosten liegen bei 12 Millionen Euro.");
        keyPoints.add("Die Eröffnung ist für den Sommer 2028 geplant.");
        ArrayNode actors = answer.putArray("actors");
        actor(actors, "Petra Vogt", "PERSON", "Bürgermeisterin", "Sie rechnet mit der Eröffnung im Sommer 2028.",
                "Bürgermeisterin Petra Vogt rechnet mit der Eröffnung im Sommer 2028.");
        return answer;
    }

    public static ObjectNode withActor(ObjectNode answer, String name, String type, String evidence) {
        ObjectNode copy = answer.deepCopy();
        actor((ArrayNode) copy.get("actors"), name, type, "", "Eine Beschreibung.", evidence);
        return copy;
    }

    private static void actor(ArrayNode actors, String name, String type, String role, String description, String evidence) {
        ObjectNode actor = actors.addObject();
        actor.put("name", name);
        actor.put("type", type);
        actor.put("role", role);
        actor.put("description", description);
        actor.put("evidence", evidence);
    }
}
