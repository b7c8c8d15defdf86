package io.dockertutor.engine.docker;

import io.dockertutor.engine.HostNetwork.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Parses a raw HTTP/1.x answer (status line, headers in order, body) as {@link HttpResponse}. */
final class HttpAnswer {
    private HttpAnswer() {
    }

    static HttpResponse parse(byte[] raw) {
        int end = headerEnd(raw);
        String head = new String(raw, 0, end < 0 ? raw.length : end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] status = lines[0].split(" ", 3);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
            }
        }
        byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
        int length = contentLength(headers);
        if (length >= 0 && body.length > length) {
            body = Arrays.copyOf(body, length);
        }
        return new HttpResponse(status[0], status.length > 1 ? Integer.parseInt(status[1]) : 0, status.length > 2 ? status[2] : "",
                headers, body);
    }

    /** True once the headers and a Content-Length body have arrived. */
    static boolean complete(byte[] raw) {
        int end = headerEnd(raw);
        if (end < 0) {
            return false;
        }
        int length = contentLength(parse(raw).headers());
        return length >= 0 && raw.length - end - 4 >= length;
    }

    private static int contentLength(List<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase("Content-Length")) {
                try {
                    return Integer.parseInt(h.getValue());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
