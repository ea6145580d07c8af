package dev.latchkey.tapkey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The OData options of a Tapkey list: {@code $filter}, {@code $select}, {@code $top} and {@code $skip}, and the
 * page size used when a list is streamed page by page. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * ODataQuery active = ODataQuery.builder().filter("active eq true").pageSize(200).build();
 * tapkey.grants().stream(ownerId, active).forEach(...);
 * }</pre>
 *
 * <p>A {@code list} call sends the options as they are, in one request. A {@code stream} pages through the
 * results: {@code $skip} is where it starts, {@code $top} the most items it returns in all, and each request
 * asks for at most {@link #pageSize()} items.
 */
public final class ODataQuery {

  /** The page size of streams unless set. */
  public static final int DEFAULT_PAGE_SIZE = 100;
  /** The largest page size accepted. */
  public static final int MAX_PAGE_SIZE = 1000;

  private static final ODataQuery NONE = builder().build();

  private final String filter;
  private final List<String> select;
  private final Integer top;
  private final Integer skip;
  private final int pageSize;

  private ODataQuery(Builder b) {
    this.filter = b.filter;
    this.select = List.copyOf(b.select);
    this.top = b.top;
    this.skip = b.skip;
    this.pageSize = b.pageSize;
  }

  /** {@return the query without options: everything, default page size} */
  public static ODataQuery none() {
    return NONE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder preset with this query} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.filter = filter;
    b.select = select;
    b.top = top;
    b.skip = skip;
    b.pageSize = pageSize;
    return b;
  }

  /** {@return the {@code $filter} expression, when set} */
  public Optional<String> filter() {
    return Optional.ofNullable(filter);
  }

  /** {@return the {@code $select} properties, empty for all} */
  public List<String> select() {
    return select;
  }

  /** {@return the {@code $top} value, when set} */
  public OptionalInt top() {
    return top == null ? OptionalInt.empty() : OptionalInt.of(top);
  }

  /** {@return the {@code $skip} value, when set} */
  public OptionalInt skip() {
    return skip == null ? OptionalInt.empty() : OptionalInt.of(skip);
  }

  /** {@return the most items one request of a stream asks for} */
  public int pageSize() {
    return pageSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ODataQuery q && Objects.equals(filter, q.filter) && select.equals(q.select)
        && Objects.equals(top, q.top) && Objects.equals(skip, q.skip) && pageSize == q.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(filter, select, top, skip, pageSize);
  }

  @Override
  public String toString() {
    return "ODataQuery[filter=" + filter + ", select=" + select + ", top=" + top + ", skip=" + skip
        + ", pageSize=" + pageSize + "]";
  }

  /** Builds an {@link ODataQuery}. Not thread-safe. */
  public static final class Builder {
    private String filter;
    private List<String> select = List.of();
    private Integer top;
    private Integer skip;
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * The {@code $filter} expression, such as {@code active eq true}; null for none.
     *
     * @param filter the expression
     * @return this builder
     */
    public Builder filter(String filter) {
      this.filter = filter == null || filter.isBlank() ? null : filter;
      return this;
    }

    /**
     * The {@code $select} properties; none for all.
     *
     * @param properties the property names
     * @return this builder
     */
    public Builder select(String... properties) {
      this.select = List.of(properties);
      return this;
    }

    /**
     * The {@code $top} value: the most items returned; null for no limit.
     *
     * @param top the limit, at least 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder top(Integer top) {
      this.top = nonNegative(top, "top");
      return this;
    }

    /**
     * The {@code $skip} value: how many items to leave out first; null for none.
     *
     * @param skip the number, at least 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder skip(Integer skip) {
      this.skip = nonNegative(skip, "skip");
      return this;
    }

    /**
     * The most items one request of a stream asks for (default {@value ODataQuery#DEFAULT_PAGE_SIZE}).
     *
     * @param pageSize from 1 to {@value ODataQuery#MAX_PAGE_SIZE}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** {@return the query} */
    public ODataQuery build() {
      return new ODataQuery(this);
    }

    private static Integer nonNegative(Integer value, String name) {
      if (value != null && value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
