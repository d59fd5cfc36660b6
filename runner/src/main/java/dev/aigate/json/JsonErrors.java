package dev.aigate.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors as one plain line for a message that already says {@code file:line:column}: without
 * the {@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 13]}
 * fragments Jackson puts inside its own text, and with a document that ends early said in so many words. Every
 * reader of JSON input (samples, results, datasets, histories) words its errors here.
 */
public final class JsonErrors {

    private static final Pattern OPENED = Pattern.compile(
            "close marker for (Object|Array) \\(start marker at \\[[^\\]]*line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source: [^\\]]*\\]\\)?");

    private JsonErrors() {
    }

    /** E.g. {@code the JSON ends early, inside the object opened at 1:13}. */
    public static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException) {
            Matcher opened = OPENED.matcher(message);
            return "the JSON ends early" + (opened.find() ? ", inside the " + opened.group(1).toLowerCase(Locale.ROOT)
                    + " opened at " + opened.group(2) + ":" + opened.group(3) : "");
        }
        return SOURCE.matcher(message).replaceAll("").strip();
    }
}
