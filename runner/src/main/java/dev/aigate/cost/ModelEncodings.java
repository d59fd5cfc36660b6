package dev.aigate.cost;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which tiktoken encoding an OpenAI model uses, from our own table. jtokkit's model look-up falls back on name
 * prefixes and so counts {@code gpt-4.1} or {@code gpt-5} with {@code gpt-4}'s {@code cl100k_base}; here a model
 * belongs to a family only when its name is the family's name or continues it after a {@code -} or {@code :}, and
 * a model of no family has no encoding (its tokens are then the server's counts or a labelled estimate).
 */
public final class ModelEncodings {

    private record Family(String name, EncodingType encoding) {
    }

    /** Order does not matter: {@code gpt-4o} and {@code gpt-4.1} do not continue {@code gpt-4} after a dash. */
    private static final List<Family> FAMILIES = List.of(
            new Family("gpt-5", EncodingType.O200K_BASE),
            new Family("gpt-5.1", EncodingType.O200K_BASE),
            new Family("gpt-5.2", EncodingType.O200K_BASE),
            new Family("gpt-4.5", EncodingType.O200K_BASE),
            new Family("gpt-4.1", EncodingType.O200K_BASE),
            new Family("gpt-4o", EncodingType.O200K_BASE),
            new Family("chatgpt-4o", EncodingType.O200K_BASE),
            new Family("o1", EncodingType.O200K_BASE),
            new Family("o3", EncodingType.O200K_BASE),
            new Family("o4", EncodingType.O200K_BASE),
            new Family("gpt-4", EncodingType.CL100K_BASE),
            new Family("gpt-3.5-turbo", EncodingType.CL100K_BASE),
            new Family("gpt-35-turbo", EncodingType.CL100K_BASE),
            new Family("text-embedding-3-small", EncodingType.CL100K_BASE),
            new Family("text-embedding-3-large", EncodingType.CL100K_BASE),
            new Family("text-embedding-ada-002", EncodingType.CL100K_BASE),
            new Family("text-davinci-003", EncodingType.P50K_BASE),
            new Family("text-davinci-002", EncodingType.P50K_BASE),
            new Family("code-davinci-002", EncodingType.P50K_BASE),
            new Family("davinci", EncodingType.R50K_BASE));

    private ModelEncodings() {
    }

    /** The encoding of {@code model} (a provider prefix such as {@code openai/} is ignored), if it is OpenAI's. */
    public static Optional<EncodingType> forModel(String model) {
        String name = model.trim().toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('/') + 1);
        for (Family family : FAMILIES) {
            if (belongsTo(name, family.name())) {
                return Optional.of(family.encoding());
            }
        }
        return Optional.empty();
    }

    private static boolean belongsTo(String model, String family) {
        if (!model.startsWith(family)) {
            return false;
        }
        if (model.length() == family.length()) {
            return true;
        }
        char next = model.charAt(family.length());
        return next == '-' || next == ':';
    }
}
