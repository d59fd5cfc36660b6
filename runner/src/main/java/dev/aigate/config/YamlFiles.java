package dev.aigate.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads YAML into {@link ConfigNode}s that remember where each value was written. Composes the node graph only
 * (no object construction), so no YAML tag can instantiate a class.
 */
public final class YamlFiles {

    private static final int MAX_ALIASES = 50;

    private YamlFiles() {
    }

    /** Reads a YAML file; a missing, unreadable or malformed file is a {@link ConfigException}. */
    public static ConfigNode read(Path file) {
        String text = TextFiles.read(file);
        return parse(file.toString(), text);
    }

    /** Parses YAML text; {@code name} is used in error locations. */
    public static ConfigNode parse(String name, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(options);
        try (Reader reader = new StringReader(text)) {
            Node root = yaml.compose(reader);
            if (root == null) {
                throw ConfigException.at(new SourceLocation(name, 1, 1), "the file is empty");
            }
            return new ConfigNode(name, "", root);
        } catch (MarkedYAMLException e) {
            throw syntaxError(name, e);
        } catch (YAMLException | IOException e) {
            throw new ConfigException(name + ": invalid YAML: " + e.getMessage());
        }
    }

    private static ConfigException syntaxError(String name, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceLocation location = mark == null ? new SourceLocation(name, 1, 1)
                : new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1);
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return ConfigException.at(location, "invalid YAML: " + problem);
    }
}
