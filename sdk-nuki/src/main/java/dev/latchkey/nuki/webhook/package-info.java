/**
 * Nuki's webhooks: {@link dev.latchkey.nuki.webhook.NukiWebhookVerifier} checks their HMAC-SHA256 signature,
 * {@link dev.latchkey.nuki.webhook.NukiWebhook} parses them (operation results and device webhooks), and
 * {@link dev.latchkey.nuki.webhook.NukiWebhookHandler} does both and completes the matching pending operation.
 */
package dev.latchkey.nuki.webhook;
