package org.tonus.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the routes (a malformed request line, headers too
 * large, an idle timeout) as problem+json too, never as Jetty's HTML page or a stack trace.
 */
final class JettyProblems extends ErrorHandler {
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
    response.write(
        true, ByteBuffer.wrap(body(code, message, request.getHttpURI().getPath())), callback);
  }

  private byte[] body(int status, String message, String path) {
    String title = HttpStatus.getMessage(status);
    Problem problem =
        new Problem(
            Problem.HTTP_STATUS,
            title,
            status,
            message == null || message.isBlank() ? title : message,
            path,
            "-");
    try {
      return mapper.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem cannot be written as JSON", e);
    }
  }
}
