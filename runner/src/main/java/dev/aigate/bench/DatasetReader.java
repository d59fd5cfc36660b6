package dev.aigate.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aigate.json.JsonErrors;
import dev.aigate.text.ReadFailure;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Loads a prompt file into memory, checks it, and hands prompts out in a seeded shuffled order, cycling when a run
 * sends more requests than the file holds (vLLM's benchmark samples its datasets the same way).
 *
 * <ul>
 *   <li>{@code jsonl}: one object per line, {@code "prompt"} (required) and {@code "output_tokens"} (optional; the
 *       spec's output length otherwise). Blank lines are skipped.</li>
 *   <li>{@code sharegpt}: an array of {@code {"conversations": [{"from": "human", "value": ...}, {"from": "gpt",
 *       "value": ...}, ...]}}; the first turn is the prompt and the second turn's token count is the output length.
 *       Conversations with fewer than two turns are skipped, as vLLM does.</li>
 * </ul>
 */
final class DatasetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetReader() {
    }

    static PromptSource read(DatasetSpec dataset, BenchSpec spec) {
        List<BenchPrompt> prompts = dataset.format() == DatasetFormat.JSONL
                ? jsonl(dataset, spec.outputTokens())
                : shareGpt(dataset);
        if (prompts.isEmpty()) {
            throw new DatasetException(dataset.file() + ": no prompts in the file");
        }
        List<BenchPrompt> shuffled = new ArrayList<>(prompts);
        Collections.shuffle(shuffled, new Random(spec.seed()));
        List<BenchPrompt> order = List.copyOf(shuffled);
        return index -> order.get((int) (index % order.size()));
    }

    private static List<BenchPrompt> jsonl(DatasetSpec dataset, int defaultOutputTokens) {
        List<BenchPrompt> prompts = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(dataset.file(), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = dataset.file() + ":" + number;
                JsonNode entry = parse(line, where);
                JsonNode prompt = entry.get("prompt");
                if (prompt == null || !prompt.isTextual() || prompt.asText().isEmpty()) {
                    throw new DatasetException(where + ": each line needs a non-empty string \"prompt\"");
                }
                JsonNode output = entry.get("output_tokens");
                if (output != null && !(output.canConvertToInt() && output.isIntegralNumber() && output.asInt() >= 1)) {
                    throw new DatasetException(where + ": \"output_tokens\" must be an integer >= 1, got " + output);
                }
                String text = prompt.asText();
                prompts.add(new BenchPrompt(text, TokenCounter.count(text),
                        output == null ? defaultOutputTokens : output.asInt()));
            }
        } catch (IOException e) {
            throw unreadable(dataset, e);
        }
        return prompts;
    }

    private static List<BenchPrompt> shareGpt(DatasetSpec dataset) {
        JsonNode root;
        try (BufferedReader text = Files.newBufferedReader(dataset.file(), StandardCharsets.UTF_8)) {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DatasetException(dataset.file() + ":" + e.getLocation().getLineNr() + ": not valid JSON ("
                    + JsonErrors.describe(e) + ")");
        } catch (IOException e) {
            throw unreadable(dataset, e);
        }
        if (root == null || !root.isArray()) {
            throw new DatasetException(dataset.file() + ": a ShareGPT file is a JSON array of conversations");
        }
        List<BenchPrompt> prompts = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode turns = root.get(i).get("conversations");
            if (turns == null || !turns.isArray()) {
                throw new DatasetException(dataset.file() + ": entry " + i + " has no \"conversations\" array");
            }
            if (turns.size() < 2) {
                continue;
            }
            String prompt = turns.get(0).path("value").asText("");
            int outputTokens = TokenCounter.count(turns.get(1).path("value").asText(""));
            if (!prompt.isEmpty() && outputTokens >= 1) {
                prompts.add(new BenchPrompt(prompt, TokenCounter.count(prompt), outputTokens));
            }
        }
        return prompts;
    }

    private static JsonNode parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new DatasetException(where + ": each line must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new DatasetException(where + ": not valid JSON (" + JsonErrors.describe(e) + ")");
        }
    }

    private static DatasetException unreadable(DatasetSpec dataset, IOException e) {
        return new DatasetException(dataset.file() + ": " + ReadFailure.reason(e));
    }
}
