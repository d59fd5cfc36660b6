package dev.aigate.config;

import dev.aigate.prompts.suite.AssertionParser;
import dev.aigate.provider.Api;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a promptfoo config ({@code promptfooconfig.yaml}) as a suite: {@code description}, {@code prompts}
 * (inline or {@code file://}), {@code tests} (inline or {@code file://cases.csv}), {@code defaultTest}, and
 * {@code providers} ({@code openai:<model>}, {@code anthropic:messages:<model>}; with two, the first is the baseline
 * and the second the candidate). Everything it cannot honour (assertion types, providers, top-level keys) is
 * reported by name, all at once, and the run stops (exit 2): nothing is skipped silently.
 */
public final class PromptfooConfigReader {

    private static final Set<String> SUPPORTED_KEYS = Set.of("description", "prompts", "providers", "tests",
            "defaultTest");

    private PromptfooConfigReader() {
    }

    /** Whether a suite file is a promptfoo config: by its name, or by its {@code providers} key. */
    public static boolean isPromptfoo(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith("promptfooconfig.") || YamlFiles.read(file).isMap()
                && YamlFiles.read(file).asMap().get("providers").isPresent();
    }

    public static PromptsStageSpec read(Path file) {
        ConfigMap root = YamlFiles.read(file).asMap();
        List<String> unsupported = new ArrayList<>();
        for (String key : root.keys()) {
            if (!SUPPORTED_KEYS.contains(key)) {
                unsupported.add("key '" + key + "' (" + root.get(key).map(n -> n.location().toString()).orElse(
                        file.toString()) + ")");
            }
        }
        root.get("tests").filter(ConfigNode::isList).ifPresent(tests -> tests.asList()
                .forEach(test -> assertionTypes(test, unsupported)));
        root.get("defaultTest").ifPresent(test -> assertionTypes(test, unsupported));
        List<TargetSpec> providers = new ArrayList<>();
        root.get("providers").ifPresent(node -> (node.isList() ? node.asList() : List.of(node)).forEach(p -> {
            Optional<TargetSpec> target = provider(p);
            if (target.isPresent()) {
                providers.add(target.get());
            } else {
                unsupported.add("provider '" + providerId(p) + "' (" + p.location() + ")");
            }
        }));
        if (providers.size() > 2) {
            unsupported.add("more than two providers (aigate compares a baseline with a candidate)");
        }
        if (!unsupported.isEmpty()) {
            throw new ConfigException(file + ": promptfoo config uses what aigate does not support: "
                    + String.join("; ", unsupported));
        }
        Map<String, TargetSpec> targets = new LinkedHashMap<>();
        providers.forEach(t -> targets.put(t.name(), t));
        String name = root.get("description").map(ConfigNode::asString).orElse(file.getFileName().toString());
        PromptsStageSpec spec = PromptsStageParser.parse(root, targets, Optional.empty(),
                PromptsStageParser.baseDirectory(file), name);
        if (providers.isEmpty()) {
            return spec;
        }
        PromptsStageSpec withCandidate = spec.withCandidate(new PromptsStageSpec.Side(
                providers.get(providers.size() - 1), Optional.empty()));
        return providers.size() == 1 ? withCandidate : withCandidate.withBaseline(Optional.of(
                PromptsStageSpec.Baseline.of(new PromptsStageSpec.Side(providers.get(0), Optional.empty()))));
    }

    /** Collects the assertion types of a test (nested assert-sets included) that aigate does not know. */
    private static void assertionTypes(ConfigNode test, List<String> unsupported) {
        if (!test.isMap()) {
            return;
        }
        test.asMap().get("assert").filter(ConfigNode::isList).ifPresent(list -> list.asList().forEach(a -> {
            if (!a.isMap()) {
                return;
            }
            a.asMap().get("type").ifPresent(typeNode -> {
                String type = typeNode.asString();
                String bare = type.startsWith("not-") ? type.substring(4) : type;
                if (!AssertionParser.TYPES.contains(bare)) {
                    unsupported.add("assertion type '" + type + "' (" + typeNode.location() + ")");
                }
            });
            assertionTypes(a, unsupported);
        }));
    }

    private static String providerId(ConfigNode node) {
        return node.isMap() ? node.asMap().get("id").map(ConfigNode::asString).orElse("?") : node.asString();
    }

    private static Optional<TargetSpec> provider(ConfigNode node) {
        String id = providerId(node);
        TargetSpec base = TargetSpec.embedded();
        String[] parts = id.split(":");
        String model;
        Api api;
        String url;
        if (parts[0].equals("openai") && parts.length >= 2) {
            model = parts[parts.length - 1];
            api = Api.OPENAI;
            url = "https://api.openai.com/v1";
        } else if (parts[0].equals("anthropic") && parts.length >= 2) {
            model = parts[parts.length - 1];
            api = Api.ANTHROPIC;
            url = "https://api.anthropic.com/v1";
        } else {
            return Optional.empty();
        }
        return Optional.of(new TargetSpec(id, url, api, model, base.endpoint(), null, null, null, null, base.seed(),
                base.retries(), base.timeout()));
    }
}
