package news.summarizer.infra;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a CloudFormation YAML template into plain maps and lists. Short-form intrinsics become their long form,
 * as CloudFormation itself reads them: {@code !Ref X} is {@code {Ref: X}}, {@code !GetAtt A.B} is
 * {@code {Fn::GetAtt: [A, B]}}, {@code !Sub s} is {@code {Fn::Sub: s}}, and so on for any {@code !Tag}.
 */
final class CloudFormationYaml {

    private CloudFormationYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml(new IntrinsicConstructor()).load(reader);
        }
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new LongForm());
        }

        private final class LongForm extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue().substring(1);
                Object value;
                if (node instanceof ScalarNode scalar) {
                    value = constructScalar(scalar);
                } else if (node instanceof SequenceNode sequence) {
                    value = constructSequence(sequence);
                } else {
                    value = constructMapping((MappingNode) node);
                }
                return switch (tag) {
                    case "Ref", "Condition" -> Map.of(tag, value);
                    case "GetAtt" -> Map.of("Fn::GetAtt", value instanceof String dotted
                            ? Arrays.asList(dotted.split("\\.", 2)) : (List<?>) value);
                    default -> Map.of("Fn::" + tag, value);
                };
            }
        }
    }
}
