package dev.aigate.action;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aigate.report.ResultJson;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps one aigate comment per pull request (and per {@code marker}) up to date through GitHub's REST API: the
 * first run posts it, later runs edit it in place instead of piling up comments. The comment is found by a hidden
 * HTML marker in its body.
 */
final class PullRequestComments {

    /** GitHub refuses comment bodies longer than this. */
    static final int MAX_BODY = 65_536;

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 30;

    /** What {@link #upsert} did. */
    enum Outcome {
        CREATED,
        UPDATED
    }

    private final OkHttpClient http;
    private final HttpUrl api;
    private final String token;

    /** @param api GitHub's REST API root ({@code GITHUB_API_URL}: https://api.github.com, or GHES's /api/v3) */
    PullRequestComments(HttpUrl api, String token) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(30))
                .build();
        this.api = api;
        this.token = token;
    }

    /** Edits the comment carrying {@code marker}, or posts a new one; the marker is prepended to the body. */
    Outcome upsert(PullRequest pull, String marker, String body) throws IOException {
        String text = truncate(marker + "\n" + body);
        Long existing = findComment(pull, marker);
        String payload = ResultJson.MAPPER.createObjectNode().put("body", text).toString();
        if (existing != null) {
            send(new Request.Builder().url(repo(pull).addPathSegments("issues/comments/" + existing).build())
                    .patch(RequestBody.create(payload, JSON)));
            return Outcome.UPDATED;
        }
        send(new Request.Builder().url(repo(pull).addPathSegments("issues/" + pull.number() + "/comments").build())
                .post(RequestBody.create(payload, JSON)));
        return Outcome.CREATED;
    }

    private Long findComment(PullRequest pull, String marker) throws IOException {
        for (int page = 1; page <= MAX_PAGES; page++) {
            HttpUrl url = repo(pull).addPathSegments("issues/" + pull.number() + "/comments")
                    .addQueryParameter("per_page", String.valueOf(PAGE_SIZE))
                    .addQueryParameter("page", String.valueOf(page))
                    .build();
            JsonNode comments = ResultJson.MAPPER.readTree(send(new Request.Builder().url(url).get()));
            for (JsonNode comment : comments) {
                if (comment.path("body").asText("").contains(marker)) {
                    return comment.path("id").asLong();
                }
            }
            if (comments.size() < PAGE_SIZE) {
                return null;
            }
        }
        return null;
    }

    private HttpUrl.Builder repo(PullRequest pull) {
        return api.newBuilder().addPathSegment("repos").addPathSegments(pull.repository());
    }

    private String send(Request.Builder request) throws IOException {
        Request built = request
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "aigate-action")
                .build();
        try (Response response = http.newCall(built).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new IOException(built.method() + " " + built.url().encodedPath() + " answered HTTP "
                        + response.code() + githubMessage(text));
            }
            return text;
        }
    }

    /** GitHub explains a refusal in {@code {"message": ...}}; anything else is shown as it came, briefly. */
    private static String githubMessage(String body) {
        if (body.isBlank()) {
            return "";
        }
        try {
            return ": " + ResultJson.MAPPER.readTree(body).path("message").asText(body);
        } catch (IOException notJson) {
            return ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        }
    }

    private static String truncate(String body) {
        if (body.length() <= MAX_BODY) {
            return body;
        }
        String note = "\n\n_(truncated: the full report is in the job summary and the report artifact)_\n";
        return body.substring(0, MAX_BODY - note.length()) + note;
    }
}
