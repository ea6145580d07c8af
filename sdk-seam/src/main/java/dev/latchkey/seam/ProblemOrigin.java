package dev.latchkey.seam;

/**
 * Where an error listed on an access code comes from. Seam attaches the errors of the access code's device and
 * of the device's connected account to the access code; the guide says to treat those as specific errors.
 */
public enum ProblemOrigin {
  /** The access code itself ({@code is_access_code_error}). */
  ACCESS_CODE,
  /** The access code's device ({@code is_device_error}). */
  DEVICE,
  /** The device's connected account, or its bridge ({@code is_connected_account_error}). */
  CONNECTED_ACCOUNT
}
