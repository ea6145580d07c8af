/**
 * The shared loopback server that Latchkey's vendor simulators are built on:
 * {@link dev.latchkey.testkit.SimulatorServer} (routes, request log, failure injection, signed webhook
 * delivery), its values {@link dev.latchkey.testkit.SimulatorRequest},
 * {@link dev.latchkey.testkit.SimulatorReply}, {@link dev.latchkey.testkit.InjectedFailure},
 * {@link dev.latchkey.testkit.Webhook}, {@link dev.latchkey.testkit.WebhookScript} and
 * {@link dev.latchkey.testkit.WebhookDelivery}, and the pieces simulators share:
 * {@link dev.latchkey.testkit.Refusal} (a vendor error thrown from inside a route),
 * {@link dev.latchkey.testkit.RequestQueue} (test controls used on the next matching requests) and
 * {@link dev.latchkey.testkit.TestClock} (a clock a test moves by hand). A vendor simulator (such as
 * {@link dev.latchkey.testkit.seam.SeamSimulator}) holds only its routes and state.
 *
 * <p>Vendor tier: for simulators; an application's tests use the vendor simulators. See
 * {@code testkit/README.md}.
 */
@VendorApi
package dev.latchkey.testkit;

import dev.latchkey.core.VendorApi;
