/**
 * An embedded Seam simulator for tests: {@link dev.latchkey.testkit.seam.SeamSimulator} is a real HTTP server
 * on loopback that speaks the Seam wire format for access codes, devices and action attempts, and lets a test
 * put errors and warnings on access codes, make requests fail with any HTTP error, and script action attempts.
 */
package dev.latchkey.testkit.seam;
