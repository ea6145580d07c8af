package dev.latchkey.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the vendor tier of sdk-core: public so that Latchkey's vendor modules ({@code latchkey-sdk-seam} and
 * the others) and simulators can build on it, but not meant for applications. It may change in a minor
 * release, together with the vendor modules of the same version (the BOM keeps them in step).
 *
 * <p>Applications use the user tier: the unannotated public types of {@code dev.latchkey.core} and the vendor
 * modules' clients. Types in {@code dev.latchkey.core.internal} are for sdk-core alone.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface VendorApi {}
