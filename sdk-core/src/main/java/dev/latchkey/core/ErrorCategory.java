package dev.latchkey.core;

/**
 * The cross-vendor category of an error code: what kind of problem it is, whatever vendor reported it.
 *
 * <p>Apps branch on the category when they do not care which vendor they talk to ("is the lock offline?",
 * "is the credential wrong?"). Every catalog entry names exactly one category.
 */
public enum ErrorCategory {
  /** The API credential (key, token) is missing, wrong, expired or revoked. */
  AUTHENTICATION,
  /** The credential is valid but lacks the permission or scope the operation needs. */
  AUTHORIZATION,
  /** The request is malformed or has invalid parameters; fix the request before sending it again. */
  INVALID_REQUEST,
  /** The addressed resource (device, access code, grant...) does not exist. */
  NOT_FOUND,
  /** The request conflicts with existing state, such as a duplicate code or a concurrent change. */
  CONFLICT,
  /** The vendor is throttling requests; wait before retrying. */
  RATE_LIMITED,
  /** A capacity limit is reached: code slots, authorisations, card capacity, users on a site. */
  CAPACITY_EXCEEDED,
  /** The account's subscription or plan does not cover the operation. */
  SUBSCRIPTION,
  /** The lock, hub or bridge cannot be reached by the vendor cloud (offline, out of range, disconnected). */
  DEVICE_UNREACHABLE,
  /** The device is busy with another operation; try again shortly. */
  DEVICE_BUSY,
  /** A mechanical or electrical fault on the device: motor, clutch, battery, sensor. */
  DEVICE_HARDWARE,
  /** The device needs setup, calibration, a firmware update or a configuration change. */
  DEVICE_CONFIGURATION,
  /** The device refused the operation for this user, time or mode (not a credential problem). */
  ACCESS_DENIED,
  /** A low-level protocol fault between device and bridge or cloud (bad CRC, nonce, length). */
  PROTOCOL,
  /** State was changed outside the vendor's API (for example in the lock maker's own app). */
  EXTERNAL_CHANGE,
  /** The operation is still under way or delayed; no action is needed yet. */
  IN_PROGRESS,
  /** Information about the state of a resource that needs no fix. */
  INFORMATIONAL,
  /** The lock maker's or integration provider's system reported a problem. */
  PROVIDER_ERROR,
  /** The vendor's API failed on its side. */
  SERVER_ERROR,
  /** The SDK could not reach the vendor's API: connection refused or reset, timeout, DNS. */
  NETWORK,
  /** The vendor's API answered with something the SDK could not read (empty, HTML, truncated, too large). */
  UNEXPECTED_RESPONSE,
  /** The code is not known to this version of the SDK, or the vendor gives no further information. */
  UNKNOWN
}
