package dev.aigate.bench;

import java.util.Locale;

/** The prompt file formats {@code --dataset} reads; see {@link DatasetReader}. */
public enum DatasetFormat {
    /** One JSON object per line: {@code {"prompt": "...", "output_tokens": 128}} ({@code output_tokens} optional). */
    JSONL,
    /** A JSON array of ShareGPT conversations: the first human turn is the prompt, the first reply sizes the output. */
    SHAREGPT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatasetFormat parse(String label) {
        for (DatasetFormat format : values()) {
            if (format.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("dataset format must be jsonl or sharegpt, got '" + label + "'");
    }
}
