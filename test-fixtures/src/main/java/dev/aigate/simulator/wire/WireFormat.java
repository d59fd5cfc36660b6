package dev.aigate.simulator.wire;

/** One API's response format: bodies, streams and errors, byte for byte as the real servers send them. */
public interface WireFormat {

    /** The non-streaming JSON body. */
    String body(Generation generation);

    /** A fresh encoder for one streaming response. */
    StreamEncoder stream(Generation generation);

    /** The error body for this API. */
    String errorBody(ApiError error, String message);

    /** The response id prefix, e.g. {@code chatcmpl-}. */
    String idPrefix();
}
