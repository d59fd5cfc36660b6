package dev.aigate.secrets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text before it leaves the process (SPEC §6): the values of secret-looking environment
 * variables and every key a provider loaded (also URL-encoded, hex or Base64, and partly masked by a server that
 * echoes it), and anything shaped like a bearer token, an API key or a credential in a URL. Every writer of
 * output (console, logs, reports, result files, caches) passes its text through {@link #redact(String)}.
 */
public final class Redactor {

    public static final String MASK = "***";

    /** Values shorter than this are too common to mask safely (e.g. "true"); real keys are far longer. */
    private static final int MIN_SECRET_LENGTH = 8;
    private static final Pattern SECRET_VARIABLE =
            Pattern.compile("(?i).*(API_?KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL).*");
    /** Secret-shaped text; group 1, where present, is the part to keep in front of the mask. */
    private static final List<Pattern> KEY_SHAPES = List.of(
            Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"),
            Pattern.compile("\\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}"),
            Pattern.compile("(?i)((?:api-key|x-api-key|authorization)\"?\\s*[:=]\\s*\"?)[^\\s\",}]{8,}"),
            Pattern.compile("(://[^/\\s:@]*:)[^/\\s@]+(?=@)"),
            Pattern.compile("(?i)([?&](?:api[_-]?key|key|token|access_token|secret|password|sig|signature)=)"
                    + "[^&#\\s\"']+"));
    /**
     * A key a server masked only in part, such as {@code sk-proj-AuditK****efXYZ}: visible ends around a run of
     * mask characters. It is masked whole when an end shows five or more characters of a known secret.
     */
    private static final Pattern PARTLY_MASKED =
            Pattern.compile("([A-Za-z0-9_-]*)(?:\\*{2,}|•{2,}|…|\\.{3})([A-Za-z0-9_-]*)");
    private static final int MAX_REVEALED = 4;

    private static final Redactor GLOBAL = new Redactor(System.getenv());

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    /** Every secret's forms ({@link SecretForms}), longest first so no form is masked only in part. */
    private volatile List<String> forms = List.of();

    /** The process-wide redactor, seeded from the environment on first use. */
    public static Redactor global() {
        return GLOBAL;
    }

    private Redactor(Map<String, String> environment) {
        registerSecretsFrom(environment);
    }

    /** A redactor seeded from the given variables only, for tests. */
    public static Redactor of(Map<String, String> environment) {
        return new Redactor(environment);
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
    public synchronized void register(String secret) {
        if (secret != null && secret.strip().length() >= MIN_SECRET_LENGTH && secrets.add(secret.strip())) {
            forms = secrets.stream().flatMap(known -> SecretForms.of(known).stream()).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    /** The text with every known secret and every key-shaped token replaced by {@value #MASK}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String form : forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        result = PARTLY_MASKED.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
                revealsAKnownSecret(match.group(1), match.group(2)) ? MASK : match.group()));
        for (Pattern shape : KEY_SHAPES) {
            result = shape.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
                    (match.groupCount() > 0 && match.group(1) != null ? match.group(1) : "") + MASK));
        }
        return result;
    }

    /** Whether {@code head} ends with, or {@code tail} starts with, more than a few characters of a secret. */
    private boolean revealsAKnownSecret(String head, String tail) {
        for (String secret : secrets) {
            for (int shown = MAX_REVEALED + 1; shown <= secret.length(); shown++) {
                if (head.endsWith(secret.substring(0, shown))
                        || tail.startsWith(secret.substring(secret.length() - shown))) {
                    return true;
                }
            }
        }
        return false;
    }
}
