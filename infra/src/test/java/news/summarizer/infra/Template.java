package news.summarizer.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only navigation through infra/template.yaml as SAM sees it (function properties fall back to Globals). */
record Template(Map<String, Object> root) {

    /** Surefire runs in the module directory, infra/. */
    static final Path INFRA_DIR = Path.of("").toAbsolutePath();
    static final Path REPOSITORY_ROOT = INFRA_DIR.getParent();

    /** One IAM statement and the condition of the {@code Fn::If} around it (null when unconditional). */
    record Grant(String role, String condition, Map<String, Object> statement) {

        List<String> actions() {
            return strings(statement.get("Action"));
        }

        List<Object> resources() {
            return list(statement.get("Resource"));
        }
    }

    static Template load() {
        try {
            return new Template(CloudFormationYaml.load(INFRA_DIR.resolve("template.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> section(String name) {
        return map(root.getOrDefault(name, Map.of()));
    }

    Map<String, Object> resource(String logicalId) {
        Object resource = section("Resources").get(logicalId);
        if (resource == null) {
            throw new AssertionError("template has no resource " + logicalId);
        }
        return map(resource);
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId).getOrDefault("Properties", Map.of()));
    }

    /** Logical IDs of the resources of one type, in template order. */
    List<String> ofType(String type) {
        return section("Resources").entrySet().stream()
                .filter(e -> type.equals(map(e.getValue()).get("Type")))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A function property as SAM resolves it: the function's own value, else the Globals value. */
    Object functionProperty(String function, String name) {
        Object own = properties(function).get(name);
        return own != null ? own : map(section("Globals").getOrDefault("Function", Map.of())).get(name);
    }

    /** Logical ID of the execution role a function names with {@code Role: !GetAtt X.Arn}; null without one. */
    String role(String function) {
        Object role = functionProperty(function, "Role");
        return role == null ? null : (String) list(map(role).get("Fn::GetAtt")).get(0);
    }

    /** Globals and function environment variables merged (the function's win), as SAM merges them. */
    Map<String, Object> environment(String function) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, Object> globals = map(section("Globals").getOrDefault("Function", Map.of()));
        for (Map<String, Object> source : List.of(globals, properties(function))) {
            Map<String, Object> env = map(source.getOrDefault("Environment", Map.of()));
            merged.putAll(map(env.getOrDefault("Variables", Map.of())));
        }
        return merged;
    }

    String parameterDefault(String parameter) {
        return String.valueOf(map(section("Parameters").get(parameter)).get("Default"));
    }

    /**
     * Every statement of a role's inline policies and of the {@code AWS::IAM::Policy} resources attached to it
     * ({@code Roles: [!Ref role]}); both branches of an {@code Fn::If} except AWS::NoValue.
     */
    List<Grant> grants(String role) {
        List<Grant> grants = new ArrayList<>();
        for (Object policy : list(properties(role).get("Policies"))) {
            grants.addAll(statements(role, map(map(policy).get("PolicyDocument")).get("Statement")));
        }
        for (String policy : ofType("AWS::IAM::Policy")) {
            if (list(properties(policy).get("Roles")).contains(ref(role))) {
                grants.addAll(statements(role, map(properties(policy).get("PolicyDocument")).get("Statement")));
            }
        }
        return grants;
    }

    /** The statements of a policy document, unfolding {@code Fn::If} as {@link #grants(String)} does. */
    static List<Grant> statements(String owner, Object statementList) {
        List<Grant> grants = new ArrayList<>();
        for (Object statement : list(statementList)) {
            Map<String, Object> s = map(statement);
            if (s.containsKey("Fn::If")) {
                List<Object> branches = list(s.get("Fn::If"));
                for (Object branch : branches.subList(1, 3)) {
                    if (!isNoValue(branch)) {
                        grants.add(new Grant(owner, (String) branches.get(0), map(branch)));
                    }
                }
            } else {
                grants.add(new Grant(owner, null, s));
            }
        }
        return grants;
    }

    static boolean isNoValue(Object value) {
        return value instanceof Map<?, ?> m && "AWS::NoValue".equals(m.get("Ref"));
    }

    /** The template string of an {@code Fn::Sub} (short or list form); a plain string as is; else null. */
    static String subTemplate(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> m && m.containsKey("Fn::Sub")) {
            Object sub = m.get("Fn::Sub");
            return sub instanceof List<?> l ? (String) l.get(0) : (String) sub;
        }
        return null;
    }

    /** The variable map of a list-form {@code Fn::Sub}, empty otherwise. */
    static Map<String, Object> subVariables(Object value) {
        if (value instanceof Map<?, ?> m && m.get("Fn::Sub") instanceof List<?> l && l.size() > 1) {
            return map(l.get(1));
        }
        return Map.of();
    }

    static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? (List<Object>) l : List.of(value);
    }

    static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
