package dev.latchkey.seam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 400 Bad Request, usually {@code invalid_input}: the request has missing or invalid parameters. The
 * messages Seam gives per parameter are in {@link #validationErrors(String)}.
 */
public class SeamInvalidInputException extends SeamException {

  private static final long serialVersionUID = 1L;

  /** The parameter name under which Seam reports problems of the request as a whole. */
  public static final String REQUEST_LEVEL = "_errors";

  private final transient Map<String, List<String>> validationErrors;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   * @param validationErrors the messages per parameter ({@link #REQUEST_LEVEL} for the request as a whole)
   */
  public SeamInvalidInputException(Details details, Map<String, List<String>> validationErrors) {
    super(details);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    validationErrors.forEach((param, messages) -> copy.put(param, List.copyOf(messages)));
    this.validationErrors = Map.copyOf(copy);
  }

  /**
   * Seam's messages for one parameter.
   *
   * @param parameter the parameter's name as sent, such as {@code device_id}, or {@link #REQUEST_LEVEL}
   * @return its messages, such as {@code ["Required"]}; empty if none
   */
  public List<String> validationErrors(String parameter) {
    return validationErrors.getOrDefault(parameter, List.of());
  }

  /** {@return all messages by parameter; {@link #REQUEST_LEVEL} holds those about the request as a whole} */
  public Map<String, List<String>> validationErrors() {
    return validationErrors;
  }
}
