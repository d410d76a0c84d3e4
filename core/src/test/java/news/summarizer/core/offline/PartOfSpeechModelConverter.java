package news.summarizer.core.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * Writes {@code core/src/main/resources/offline/part-of-speech.bin.gz} from OpenNLP's German UD GSD model
 * ({@code opennlp-models-pos-de} 1.3.0, Apache 2.0, a test dependency): run once when the model changes,
 * <pre>
 * ./mvnw -B -q -o -pl core -am -Pevaluate test -Dtool.main=news.summarizer.core.offline.PartOfSpeechModelConverter
 * </pre>
 * It reads the model through OpenNLP's public API ({@code AbstractModel.getDataStructures()}: the weights per
 * predicate, the predicates, the tags) and refuses a model our runtime would not reproduce: not a GIS model with a
 * uniform prior, a tag dictionary, or feature generators other than the ones {@link PartOfSpeechTagger} computes.
 */
public final class PartOfSpeechModelConverter {

    /** The model's {@code generator.featuregen} without comments and white space: what the tagger implements. */
    static final String EXPECTED_FEATURES = "<featureGeneratorscache=\"true\"name=\"posTagger\">"
            + "<generatorclass=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
            + "<boolname=\"begin\">true</bool><boolname=\"end\">false</bool></generator></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
            + "</featureGenerators>";

    private PartOfSpeechModelConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : defaultTarget();
        byte[] converted = convert();
        Files.write(target, converted);
        PartOfSpeechModel model = PartOfSpeechModel.read(new java.io.ByteArrayInputStream(converted));
        System.out.printf("%s: %,d bytes, %d tags, %,d predicates%n  %s%n", target, converted.length, model.tagCount(),
                model.predicateCount(), model.provenance());
    }

    private static Path defaultTarget() {
        Path inCore = Path.of("src/main/resources").resolve(PartOfSpeechModel.SHIPPED.substring(1));
        return Files.isDirectory(Path.of("core")) ? Path.of("core").resolve(inCore) : inCore;
    }

    /** The shipped resource's bytes (gzip without a time stamp, so a second run gives the same file). */
    static byte[] convert() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fromOpenNlp().write(out);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static PartOfSpeechModel fromOpenNlp() {
        POSModel opennlp = OpenNlpPartOfSpeech.model();
        check(opennlp);
        AbstractModel maxent = (AbstractModel) opennlp.getArtifact("pos.model");
        Object[] data = maxent.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] tags = (String[]) data[2];
        List<String> names = new ArrayList<>(predicates.size());
        int[][] tagsOf = new int[predicates.size()][];
        double[][] weights = new double[predicates.size()][];
        int p = 0;
        for (Map.Entry<String, Context> entry : predicates.entrySet()) {
            names.add(entry.getKey());
            tagsOf[p] = entry.getValue().getOutcomes().clone();
            weights[p] = entry.getValue().getParameters().clone();
            p++;
        }
        String provenance = "Apache OpenNLP " + OpenNlpPartOfSpeech.RESOURCE + " (opennlp-models-pos-de 1.3.0, trained"
                + " with OpenNLP " + opennlp.getManifestProperty("OpenNLP-Version") + " on UD German GSD; model Apache"
                + " 2.0, data CC BY-SA 4.0), sha256 " + OpenNlpPartOfSpeech.sha256(OpenNlpPartOfSpeech.modelBytes());
        return new PartOfSpeechModel(provenance, tags, names, tagsOf, weights);
    }

    private static void check(POSModel opennlp) {
        if (!(opennlp.getArtifact("pos.model") instanceof GISModel gis) || !(prior(gis) instanceof UniformPrior)) {
            throw new IllegalStateException("Not a GIS model with a uniform prior: our runtime would give other tags");
        }
        if (opennlp.getFactory().getTagDictionary() != null) {
            throw new IllegalStateException("The model has a tag dictionary, which our runtime does not apply");
        }
        if (!(opennlp.getFactory().getPOSContextGenerator(1) instanceof ConfigurablePOSContextGenerator)) {
            throw new IllegalStateException("The model uses another context generator than the configurable one");
        }
        byte[] descriptor = opennlp.getArtifact("generator.featuregen");
        String features = new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("\\s+", "");
        if (!features.equals(EXPECTED_FEATURES)) {
            throw new IllegalStateException("The model's feature generators differ from the ones our runtime computes: "
                    + features);
        }
    }

    private static Object prior(GISModel gis) {
        try {
            Field prior = AbstractModel.class.getDeclaredField("prior");
            prior.setAccessible(true);
            return prior.get(gis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the model's prior", e);
        }
    }
}
