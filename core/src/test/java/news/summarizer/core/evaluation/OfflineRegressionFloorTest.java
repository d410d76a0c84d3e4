package news.summarizer.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.summarizer.core.TestConfigs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline engine on twelve fictional German articles with gold actors (src/test/resources/regression, devset
 * format), scored by the same code as the evaluation command. The floors sit just below what the command printed
 * for them (docs/offline-engine.md); a change that makes the engine find fewer core actors, report
 * more non-actors or lose roles fails here.
 */
class OfflineRegressionFloorTest {

    // Measured with: ./mvnw -B -q -pl core -am -Pevaluate test -Dexec.args="core/src/test/resources/regression"
    private static final double RECALL_FLOOR = 0.95;
    private static final double PRECISION_FLOOR = 0.97;
    private static final double ROLE_FLOOR = 0.92;

    private static EvaluationReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        Path folder = Path.of(OfflineRegressionFloorTest.class.getResource("/regression/gold.json").toURI()).getParent();
        report = new Evaluation(Summarizers.of(TestConfigs.config())).run(folder);
    }

    @Test
    void findsTheCoreActorsOfTheFictionalArticles() {
        assertThat(report.articles()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(report.coreRecall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void reportsFewActorsThatAreNotActors() {
        assertThat(report.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
    }

    @Test
    void givesTheFoundCoreActorsTheRolesTheArticleGivesThem() {
        assertThat(report.roleAccuracy()).isGreaterThanOrEqualTo(ROLE_FLOOR);
    }

    @Test
    void groundsEveryReportedActor() {
        assertThat(report.grounding()).isEqualTo(1.0);
    }
}
