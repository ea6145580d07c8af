package dev.latchkey.core.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * The Java type a JSON response is read into, generic types included. Capture a generic type with an
 * anonymous subclass: {@code new ResponseType<List<Device>>() {}}; a plain class with {@link #of(Class)}.
 *
 * @param <T> the type read
 */
public abstract class ResponseType<T> {

  private final Type type;

  /** Captures the type argument of the anonymous subclass. */
  protected ResponseType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType)) {
      throw new IllegalStateException("ResponseType must be created with a type argument");
    }
    this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
  }

  private ResponseType(Type type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * The response type of a plain class.
   *
   * @param type the class
   * @param <T> the type read
   * @return the response type
   */
  public static <T> ResponseType<T> of(Class<T> type) {
    return new ResponseType<T>(type) {};
  }

  /**
   * The response type of any reflective type (the caller vouches for {@code T}).
   *
   * @param type the type
   * @param <T> the type read
   * @return the response type
   */
  public static <T> ResponseType<T> of(Type type) {
    return new ResponseType<T>(type) {};
  }

  /** The captured type. */
  public Type type() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseType && type.equals(((ResponseType<?>) o).type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "ResponseType<" + type.getTypeName() + ">";
  }
}
