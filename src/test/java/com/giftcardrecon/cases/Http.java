package com.giftcardrecon.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for a server test: Basic auth as one user, JSON answers as trees. */
public record Http(int port, String user, String password) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A status, the headers that matter here, and the body as JSON (null when empty or not JSON). */
    public record Answer(int status, String location, String contentType, JsonNode json, String text) {
    }

    public Http as(String otherUser, String otherPassword) {
        return new Http(port, otherUser, otherPassword);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    /** A multipart/form-data upload of one file field. */
    public Answer postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "----recon" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofByteArray(head),
                BodyPublishers.ofByteArray(content), BodyPublishers.ofByteArray(tail));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty() ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), type,
                    json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
