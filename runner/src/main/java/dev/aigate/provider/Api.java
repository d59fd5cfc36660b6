package dev.aigate.provider;

/** The wire formats aigate speaks (SPEC §2 {@code --api}). */
public enum Api {
    OPENAI,
    ANTHROPIC,
    AZURE
}
