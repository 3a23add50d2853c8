package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's pages say they are UTF-8, as the public pages do. */
class ConsoleCharsetTest {
  @TempDir
  Path temp;

  @Test
  void consolePagesDeclareUtf8() throws Exception {
    try (AdminTestApp fixture = AdminTestApp.create(temp)) {
      Javalin app = fixture.app().start(0);
      try {
        AdminTestApp.Client client = new AdminTestApp.Client(app);
        AdminTestApp.Session session = client.signIn();
        for (String path : List.of("/admin/sign-in", "/admin", "/admin?lang=en")) {
          HttpResponse<String> page = path.equals("/admin/sign-in") ? client.get(path)
              : session.get(path);
          assertEquals(200, page.statusCode(), path);
          assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type")
              .orElse("").replace(" ", "").toLowerCase(Locale.ROOT), path);
        }
        // a redirect has a short text body ("Redirected"): typed with its charset
        for (HttpResponse<String> redirect : List.of(client.get("/admin/documents"),
            session.form("/admin/sign-out?lang=en", "csrf=" + session.csrf()))) {
          assertEquals(303, redirect.statusCode(), redirect.body());
          String type = redirect.headers().firstValue("Content-Type").orElse("");
          assertEquals("text/plain;charset=utf-8", type.replace(" ", "")
              .toLowerCase(Locale.ROOT), redirect.uri().toString());
        }
      } finally {
        app.stop();
      }
    }
  }
}
