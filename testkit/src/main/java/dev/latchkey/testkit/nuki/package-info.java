/**
 * A Nuki Web API simulator on the shared {@link dev.latchkey.testkit.SimulatorServer}: {@link
 * dev.latchkey.testkit.nuki.NukiSimulator}, with the bodies of Nuki's error answers ({@link
 * dev.latchkey.testkit.nuki.NukiErrorBody}) and the fate of the next result webhook (a shared {@link
 * dev.latchkey.testkit.WebhookScript}) as test controls.
 */
package dev.latchkey.testkit.nuki;
