/**
 * From request to result: the asynchronous operations of the Nuki Web API, independent of HTTP and JSON.
 *
 * <p>An "advanced" Web API call (for example {@code PUT /smartlock/auth/advanced}) answers at once with a
 * {@code requestId}; the outcome arrives later as a webhook. This package holds:
 *
 * <ul>
 *   <li>the result of an operation as values: {@link dev.latchkey.nuki.operation.OperationResult} with one
 *       {@link dev.latchkey.nuki.operation.SmartlockResult} per smartlock (typed byte error and remedies),
 *       and {@link dev.latchkey.nuki.operation.NukiOperationFailedException} for a failed or partly failed one;
 *   <li>{@link dev.latchkey.nuki.operation.PendingOperation}, the handle an advanced call returns, kept in a
 *       bounded {@link dev.latchkey.nuki.operation.PendingOperationStore} where it times out when no result
 *       comes ({@link dev.latchkey.nuki.operation.InMemoryPendingOperationStore} by default);
 *   <li>{@link dev.latchkey.nuki.operation.OperationDispatcher}, which completes the matching pending operation
 *       from a verified webhook, once, whatever the number of deliveries;
 *   <li>{@link dev.latchkey.nuki.operation.OperationRetry}, which re-issues an operation only for the smartlocks
 *       whose error the catalog marks retryable;
 *   <li>{@link dev.latchkey.nuki.operation.Reconciler}, which settles operations whose webhook went to another
 *       application instance, or nowhere, from Nuki's webhook logs
 *       ({@link dev.latchkey.nuki.operation.WebhookLogSource}).
 * </ul>
 */
package dev.latchkey.nuki.operation;
