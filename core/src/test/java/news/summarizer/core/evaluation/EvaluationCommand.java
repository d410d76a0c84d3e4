package news.summarizer.core.evaluation;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import news.summarizer.core.config.SummarizerConfig;

/**
 * The evaluation command (docs/offline-engine.md): scores the configured engine on a folder in the devset
 * layout. Arguments: the folder (default {@code ../shared/devset} when present) and {@code --details} for one line
 * per reported and missed actor; the figures also by half of the folder ({@link DevsetHalves}). {@code --germeval FILE}
 * scores the name finder on a GermEval 2014 file instead ({@link GermEvalCommand}); {@code --statements} scores
 * statements and salience instead ({@link StatementEvaluation}). The engine and its settings come from the usual keys
 * ({@code SUMMARIZER_PROVIDER},
 * {@code SUMMARIZER_OPENAI_*} as environment variables or {@code -Dsummarizer.*}); offline by default.
 * {@code --salience-fit [--export=FILE]} fits the salience weights and cross-checks them by half ({@link SalienceFit});
 * with {@code --pool=DIR,DIR,…} on several sets pooled, each set left out in turn ({@link SalienceCrossValidation}).
 * {@code --html DIR} scores intake's main text on an HTML extraction benchmark instead ({@link HtmlEvaluation}).
 * {@code --dump-html DIR OUT} writes intake's text of every page of such a benchmark as articles ({@link HtmlTextDump}).
 */
public final class EvaluationCommand {

    private static final List<Path> DEFAULT_FOLDERS = List.of(Path.of("../shared/devset"), Path.of("../../shared/devset"));

    private EvaluationCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--germeval")) {
            GermEvalCommand.main(args);
            return;
        }
        boolean details = List.of(args).contains("--details");
        if (List.of(args).contains("--dump-html")) { // the pool held-out sets are drawn from: HtmlTextDump
            int at = List.of(args).indexOf("--dump-html");
            HtmlTextDump.run(Path.of(args[at + 1]), Path.of(args[at + 2]), System.out);
            return;
        }
        if (List.of(args).contains("--html")) { // HTML mode: intake's main text on an extraction benchmark
            int worst = List.of(args).contains("--worst") ? Integer.parseInt(args[List.of(args).indexOf("--worst") + 1]) : 20;
            new HtmlEvaluation().run(Path.of(args[List.of(args).indexOf("--html") + 1]), System.out, details, worst);
            return;
        }
        // One log line per summary would bury the table; the figures are what this command is for.
        java.util.logging.Logger.getLogger("news.summarizer").setLevel(java.util.logging.Level.WARNING);
        Path folder = List.of(args).stream().filter(arg -> !arg.startsWith("--")).findFirst().map(Path::of)
                .orElseGet(() -> DEFAULT_FOLDERS.stream().filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No devset folder given and ../shared/devset is absent")));
        SummarizerConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources() // system properties and environment variables, as Quarkus reads them
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(SummarizerConfig.class)
                .build()
                .getConfigMapping(SummarizerConfig.class);
        System.out.println("Evaluating provider " + config.provider().id() + " on " + folder.toAbsolutePath().normalize());
        if (List.of(args).contains("--salience-fit")) { // salience weights fitted and cross-checked: SalienceFit
            SalienceFit.run(Summarizers.of(config), folder, args, System.out);
            return;
        }
        if (List.of(args).contains("--statement-model")) { // a learned attributer, sets left out in turn: StatementModelTrainer
            String sets = args[List.of(args).indexOf("--statement-model") + 1];
            StatementModelTrainer.DETAILS = details;
            StatementModelTrainer.run(Summarizers.of(config), java.util.Arrays.stream(sets.split(",")).map(Path::of).toList(),
                    System.out);
            return;
        }
        if (List.of(args).contains("--statements")) { // who said what, and salience: StatementEvaluation
            StatementEvaluation.print(new StatementEvaluation(Summarizers.of(config)).run(folder), System.out, details);
            return;
        }
        EvaluationReport report = new Evaluation(Summarizers.of(config)).run(folder);
        report.print(System.out, details);
        DevsetHalves.print(report, System.out);
    }
}
