package dev.aigate.secrets;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text before it leaves the process (SPEC §6): the values of secret-looking environment
 * variables, every key a provider loaded, and anything shaped like a bearer token or API key. Every writer of
 * output (console, logs, reports, result files, caches) passes its text through {@link #redact(String)}.
 */
public final class Redactor {

    public static final String MASK = "***";

    /** Values shorter than this are too common to mask safely (e.g. "true"); real keys are far longer. */
    private static final int MIN_SECRET_LENGTH = 8;
    private static final Pattern SECRET_VARIABLE =
            Pattern.compile("(?i).*(API_?KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL).*");
    private static final Pattern KEY_SHAPES = Pattern.compile(
            "(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"
                    + "|\\b(sk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,})"
                    + "|((?:api-key|x-api-key|authorization)\"?\\s*[:=]\\s*\"?)[^\\s\",}]{8,}");

    private static final Redactor GLOBAL = new Redactor();

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** The process-wide redactor, seeded from the environment on first use. */
    public static Redactor global() {
        return GLOBAL;
    }

    private Redactor() {
        registerSecretsFrom(System.getenv());
    }

    /** A redactor seeded from the given variables only, for tests. */
    public static Redactor of(Map<String, String> environment) {
        Redactor redactor = new Redactor();
        redactor.secrets.clear();
        redactor.registerSecretsFrom(environment);
        return redactor;
    }

    /** Adds the values of every secret-looking variable (names with KEY, TOKEN, SECRET, PASSWORD). */
    public void registerSecretsFrom(Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (looksSecret(name)) {
                register(value);
            }
        });
    }

    /** Whether a variable's name marks its value as secret (KEY, TOKEN, SECRET, PASSWORD, CREDENTIAL). */
    public static boolean looksSecret(String variable) {
        return SECRET_VARIABLE.matcher(variable).matches();
    }

    /** Remembers one secret value so it is masked wherever it appears. */
    public void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH) {
            secrets.add(secret.strip());
        }
    }

    /** The text with every known secret and every key-shaped token replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : secrets) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return KEY_SHAPES.matcher(result).replaceAll(match -> {
            String prefix = match.group(1) != null ? match.group(1) : match.group(3) != null ? match.group(3) : "";
            return java.util.regex.Matcher.quoteReplacement(prefix + MASK);
        });
    }
}
