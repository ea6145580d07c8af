package dev.latchkey.testkit.seam;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request the {@link SeamSimulator} received, for assertions.
 *
 * @param method the HTTP method
 * @param path the route, such as {@code /access_codes/get}
 * @param headers the request headers, names in lower case
 * @param body the request body as text (may hold secrets such as PINs: it is what the client sent)
 * @param requestId the {@code seam-request-id} the simulator answered with
 */
public record RecordedSeamRequest(
    String method, String path, Map<String, List<String>> headers, String body, String requestId) {

  /**
   * Copies the headers so the record stays immutable.
   *
   * @param method the HTTP method
   * @param path the route
   * @param headers the request headers, names in lower case
   * @param body the request body as text
   * @param requestId the {@code seam-request-id} the simulator answered with
   */
  public RecordedSeamRequest {
    headers = Map.copyOf(headers);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or empty when the header is absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Leaves out headers and body, which hold the API key and PINs.
   *
   * @return text such as {@code RecordedSeamRequest[POST /devices/list, seam-request-id=req_1]}
   */
  @Override
  public String toString() {
    return "RecordedSeamRequest[" + method + " " + path + ", seam-request-id=" + requestId + "]";
  }
}
