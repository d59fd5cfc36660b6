package dev.aigate.gpu.probe;

/** The probe could not be built, run or read; the message says why in one line. */
public final class ProbeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProbeException(String message) {
        super(message);
    }
}
