package nl.buurtkennis.web;

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
 * {@code %zz} or {@code %00}. Jetty throws such a target away and answers for a stand-in request
 * whose path is {@code /badMessage}, so without it {@link JettyErrorHandler} could not tell an
 * API call from a page. Jetty 12 has no public hook for this: {@link HttpConnection} is in its
 * internal package, so {@code HttpHardeningTest} is what notices when another Jetty changes it.
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

    TargetKeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String target,
        HttpVersion version) {
      try {
        return super.newHttpStream(method, target, version);
      } catch (RuntimeException e) {
        refusedTarget = target;
        throw e;
      }
    }
  }
}
