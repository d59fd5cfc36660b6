package dev.aigate.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * One page's Chrome DevTools Protocol connection over okhttp's WebSocket: commands with their replies, and every
 * event kept in order so a test can read what the page logged.
 */
public final class DevToolsSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> open = new CompletableFuture<>();
    private WebSocket socket;

    private DevToolsSession() {
    }

    static DevToolsSession connect(OkHttpClient http, String url) throws IOException {
        DevToolsSession session = new DevToolsSession();
        session.socket = http.newWebSocket(new Request.Builder().url(url).build(), session.listener());
        try {
            session.open.get(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("cannot connect to the page's DevTools endpoint " + url, e);
        }
        return session;
    }

    private WebSocketListener listener() {
        return new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, okhttp3.Response response) {
                open.complete(null);
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    events.add(JSON.createObjectNode().put("method", "aigate.unreadable").put("text", text));
                }
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, okhttp3.Response response) {
                open.completeExceptionally(t);
                pending.values().forEach(reply -> reply.completeExceptionally(t));
            }
        };
    }

    /** Sends a command and returns its {@code result}; a protocol error is an exception. */
    public JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        socket.send(message.toString());
        JsonNode answer;
        try {
            answer = reply.get(REPLY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + ": no reply (" + e + ")", e);
        }
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    public JsonNode send(String method) {
        return send(method, null);
    }

    public static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** Every event received so far, in order. */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        socket.close(1000, "done");
    }
}
