package nl.buurtkennis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte on a socket: what a browser or {@code java.net.http} would refuse
 * to send (undecodable paths, NUL bytes, huge headers) is exactly what these tests need. So is a
 * body the server refuses before reading it all: {@code java.net.http} then at times reports the
 * closed connection ("header parser received no bytes") instead of the answer.
 */
public final class RawHttp {
  private static final int TIMEOUT_MILLIS = 60_000;

  private RawHttp() {}

  /** The answer: status, headers (names lower-cased) and body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  static Answer get(int port, String target) throws IOException {
    return send(port, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * Sends {@code request} as it is and reads the answer. The request is written on a thread of its
   * own while the answer is read: the server may answer and close before it has read everything
   * (413, 431), and what it answered is read all the same.
   */
  public static Answer send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      Thread writer = new Thread(() -> {
        try {
          OutputStream out = socket.getOutputStream();
          out.write(request);
          out.flush();
        } catch (IOException e) {
          // answered and closed before all was read: the answer says why
        }
      }, "raw-http-writer");
      writer.setDaemon(true);
      writer.start();
      try {
        return parse(readAll(socket.getInputStream()));
      } finally {
        socket.close(); // ends a write the server no longer reads
        join(writer);
      }
    }
  }

  private static void join(Thread writer) {
    try {
      writer.join(TIMEOUT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads one answer: up to its Content-Length, its last chunk, or the server's close. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; !complete(bytes.toByteArray()) && (n = in.read(buffer)) >= 0; ) {
        bytes.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // what arrived is the answer
    }
    return bytes.toByteArray();
  }

  private static boolean complete(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    java.util.regex.Matcher length =
        java.util.regex.Pattern.compile("\r\ncontent-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      return raw.length - (end + 4) >= Long.parseLong(length.group(1));
    }
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return text.endsWith("\r\n0\r\n\r\n");
    }
    return head.startsWith("http/1.1 1") || head.startsWith("http/1.1 204")
        || head.startsWith("http/1.1 304");
  }

  private static Answer parse(byte[] raw) {
    String head = new String(raw, StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no HTTP answer: " + head);
    }
    String[] lines = head.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String text = new String(chunked, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = text.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      int from = lineEnd + 2;
      int to = Math.min(chunked.length, from + size);
      body.write(chunked, from, to - from);
      at = to + 2;
    }
    return body.toByteArray();
  }
}
