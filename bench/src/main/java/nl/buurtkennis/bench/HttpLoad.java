package nl.buurtkennis.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A light HTTP/1.1 load driver on loopback: each client keeps one connection open and sends the
 * next request as soon as the previous answer is read (closed loop). A plain socket costs far less
 * CPU per request than {@code java.net.http.HttpClient}, so it can measure a fast endpoint's ceiling.
 */
final class HttpLoad {
  /** What a run measured: requests per second, latency percentiles, and failed requests. */
  record Outcome(double perSecond, double p50, double p99, long requests, long errors) {}

  private HttpLoad() {}

  static Outcome run(int port, List<String> paths, int clients, double warmupSeconds,
      double seconds) throws InterruptedException {
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    List<List<Double>> latencies = new ArrayList<>();
    long[] errors = new long[clients];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      List<Double> mine = new ArrayList<>();
      latencies.add(mine);
      int client = c;
      Thread thread = new Thread(() -> {
        int next = client * paths.size() / Math.max(1, clients);
        Connection connection = null;
        while (!stop.get()) {
          String path = paths.get(next++ % paths.size());
          long start = System.nanoTime();
          try {
            if (connection == null) {
              connection = new Connection(port);
            }
            int status = connection.get(path);
            if (status != 200) {
              errors[client]++;
            }
          } catch (IOException e) {
            errors[client]++;
            connection = null;
          }
          if (measuring.get()) {
            mine.add((System.nanoTime() - start) / 1e6);
          }
        }
        if (connection != null) {
          connection.close();
        }
      }, "load-" + c);
      threads.add(thread);
      thread.start();
    }
    Thread.sleep((long) (warmupSeconds * 1000));
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep((long) (seconds * 1000));
    measuring.set(false);
    double elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
    List<Double> all = new ArrayList<>();
    latencies.forEach(all::addAll);
    long failed = 0;
    for (long e : errors) {
      failed += e;
    }
    return new Outcome(all.size() / elapsed, Latencies.percentile(all, 50),
        Latencies.percentile(all, 99), all.size(), failed);
  }

  /** GET until the status is 200 or {@code timeoutMillis} pass; the status last seen. */
  static int poll(int port, String path, long timeoutMillis) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    int status = -1;
    while (System.currentTimeMillis() < end) {
      Connection connection = null;
      try {
        connection = new Connection(port);
        status = connection.get(path);
        if (status == 200) {
          return status;
        }
      } catch (IOException e) {
        status = -1;
      } finally {
        if (connection != null) {
          connection.close();
        }
      }
      Thread.sleep(20);
    }
    return status;
  }

  /** One keep-alive connection that reads whole responses (Content-Length or chunked). */
  static final class Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] skip = new byte[65536];

    Connection(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 65536);
      out = socket.getOutputStream();
    }

    int get(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine = line();
      if (statusLine == null) {
        throw new IOException("connection closed");
      }
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      String header;
      while ((header = line()) != null && !header.isEmpty()) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      if (chunked) {
        while (true) {
          String size = line();
          int semicolon = size.indexOf(';');
          long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(),
              16);
          if (chunk == 0) {
            while (!line().isEmpty()) {
              // trailers
            }
            break;
          }
          skip(chunk);
          line();
        }
      } else if (length >= 0) {
        skip(length);
      }
      if (close) {
        throw new IOException("server closed the connection");
      }
      return status;
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        int read = in.read(skip, 0, (int) Math.min(skip.length, n));
        if (read < 0) {
          throw new IOException("connection closed");
        }
        n -= read;
      }
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          int len = line.length();
          return len > 0 && line.charAt(len - 1) == '\r' ? line.substring(0, len - 1)
              : line.toString();
        }
        line.append((char) c);
      }
      return line.length() == 0 ? null : line.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing left to do with a closed connection
      }
    }
  }
}
