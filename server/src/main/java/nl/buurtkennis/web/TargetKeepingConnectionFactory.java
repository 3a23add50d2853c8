package nl.buurtkennis.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1 connections that keep the request target Jetty refused to parse, such as a path with
 * {@code %zz} or {@code %00}, and the start of a request too large to parse (414, 431). Jetty
 * throws such a target away and answers for a stand-in request whose path is {@code /badMessage},
 * so without it {@link JettyErrorHandler} could not tell an API call from a page. Jetty 12 has no
 * public hook for this: {@link HttpConnection} is in its internal package, so
 * {@code HttpHardeningTest} is what notices when another Jetty changes it.
 */
final class TargetKeepingConnectionFactory extends HttpConnectionFactory {
  TargetKeepingConnectionFactory(HttpConfiguration config) {
    super(config);
  }

  /** The request target Jetty refused on the connection of {@code request}, or null. */
  static String refusedTarget(Request request) {
    return request.getConnectionMetaData().getConnection() instanceof TargetKeepingConnection
        connection ? connection.refusedTarget : null;
  }

  /**
   * The first {@link #HEAD_BYTES} bytes of the last request begun on the connection of
   * {@code request} (its request line, or the start of it) as far as they have arrived, or null.
   */
  static String requestHead(Request request) {
    return request.getConnectionMetaData().getConnection() instanceof TargetKeepingConnection
        connection ? connection.head : null;
  }

  /** Enough of a request line for its path and the start of its query string. */
  static final int HEAD_BYTES = 512;

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    // What HttpConnectionFactory does, with the connection below.
    TargetKeepingConnection connection =
        new TargetKeepingConnection(getHttpConfiguration(), connector, endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  /**
   * Jetty answers a refused request line with 400 and closes the connection, so a refused target
   * belongs to the last request on its connection.
   */
  private static final class TargetKeepingConnection extends HttpConnection {
    private volatile String refusedTarget;
    private volatile String head;

    TargetKeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    /**
     * Jetty's parser, which notes the first bytes of each request as they arrive: a request line
     * longer than the limit is refused (414) before any handler sees its target. They are noted
     * across reads, as a request line may come in pieces (a slow client, a small packet) and a
     * request refused for its headers (431) would otherwise be known by its first piece alone.
     */
    @Override
    protected HttpParser newHttpParser(HttpCompliance compliance) {
      HttpParser configured = super.newHttpParser(compliance);
      HttpParser parser = new HttpParser((HttpParser.RequestHandler) configured.getHandler(),
          getHttpConfiguration().getRequestHeaderSize(), compliance) {
        @Override
        public boolean parseNext(ByteBuffer buffer) {
          if (buffer.hasRemaining()) {
            String noted = isStart() || head == null ? "" : head;
            if (noted.length() < HEAD_BYTES) {
              // bytes the parser left for a later call may be noted twice: only ever after the
              // request line, which is all that is read of them
              byte[] more = new byte[Math.min(buffer.remaining(), HEAD_BYTES - noted.length())];
              buffer.duplicate().get(more);
              head = noted + new String(more, StandardCharsets.ISO_8859_1);
            }
          }
          return super.parseNext(buffer);
        }
      };
      parser.setHeaderCacheSize(configured.getHeaderCacheSize());
      parser.setHeaderCacheCaseSensitive(configured.isHeaderCacheCaseSensitive());
      return parser;
    }

    /**
     * A request line of HTTP/2.0, the h2 preface {@code PRI * HTTP/2.0} among them, is refused as
     * any other version but 1.0 and 1.1 is (505), rather than with Jetty's 426 "Upgrade
     * Required", which asks for an upgrade this server cannot make (it speaks no h2c).
     */
    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String target,
        HttpVersion version) {
      if (version == HttpVersion.HTTP_2) {
        throw new HttpException.RuntimeException(HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505,
            "Unsupported Version");
      }
      try {
        return super.newHttpStream(method, target, version);
      } catch (RuntimeException e) {
        refusedTarget = target;
        throw e;
      }
    }
  }
}
