package dev.aigate.prompts.assertion;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/** The embedding models {@code similar} can use. */
public final class Embedders {

    private Embedders() {
    }

    /**
     * all-MiniLM-L6-v2, quantized, run in-process by ONNX Runtime from the jar (langchain4j's Maven Central
     * artifact): offline, free, deterministic. Loaded on first use (about a second), then shared.
     */
    public static Embedder local() {
        return LocalMiniLm.INSTANCE;
    }

    /** Holder idiom: the model loads only when {@code similar} is first used. */
    private static final class LocalMiniLm implements Embedder {

        private static final LocalMiniLm INSTANCE = new LocalMiniLm();

        private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

        @Override
        public float[] embed(String text) {
            return model().embed(text).content().vector();
        }

        private AllMiniLmL6V2QuantizedEmbeddingModel model() {
            AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
            if (loaded == null) {
                synchronized (this) {
                    if (model == null) {
                        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    }
                    loaded = model;
                }
            }
            return loaded;
        }

        @Override
        public String describe() {
            return "all-MiniLM-L6-v2 (quantized, local ONNX)";
        }
    }
}
