package news.summarizer.core.statements;

import java.util.List;
import news.summarizer.core.summary.Statement;

/** Statements that survived grounding, in article order, and a warning for each one that did not. */
public record GroundedStatements(List<Statement> statements, List<String> warnings) {
}
