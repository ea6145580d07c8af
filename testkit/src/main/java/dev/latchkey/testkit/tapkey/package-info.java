/**
 * A Tapkey simulator on the shared {@link dev.latchkey.testkit.SimulatorServer}: {@link
 * dev.latchkey.testkit.tapkey.TapkeySimulator} (OAuth token endpoint and Management API), with the error
 * answers a test can make any call give ({@link dev.latchkey.testkit.tapkey.TapkeyErrorReply}).
 */
package dev.latchkey.testkit.tapkey;
