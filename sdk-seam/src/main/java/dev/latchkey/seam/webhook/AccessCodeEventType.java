package dev.latchkey.seam.webhook;

import java.util.HashMap;
import java.util.Map;

/**
 * The access-code event types Seam sends to webhooks (from Seam's event list; descriptions are Seam's). Types
 * this SDK version does not know parse as {@link #UNKNOWN_TO_SDK_VERSION}, and the event keeps the raw type.
 */
public enum AccessCodeEventType {
  /** An access code was created. */
  CREATED("access_code.created", "An access code was created."),
  /** An access code was changed. */
  CHANGED("access_code.changed", "An access code was changed."),
  /** The name of an access code was changed on the device. */
  NAME_CHANGED("access_code.name_changed", "The name of an access code was changed on the device."),
  /** The pin code of an access code was changed on the device. */
  CODE_CHANGED("access_code.code_changed", "The pin code of an access code was changed on the device."),
  /** The time frame of an access code was changed on the device. */
  TIME_FRAME_CHANGED("access_code.time_frame_changed", "The time frame of an access code was changed on the device."),
  /** Mutations were requested on an access code. This event fires at request time, before the change is confirmed on the device. */
  MUTATIONS_REQUESTED("access_code.mutations_requested", "Mutations were requested on an access code. This event fires at request time, before the change is confirmed on the device."),
  /** An access code was scheduled natively on a device. */
  SCHEDULED_ON_DEVICE("access_code.scheduled_on_device", "An access code was scheduled natively on a device."),
  /** An access code was set on a device. */
  SET_ON_DEVICE("access_code.set_on_device", "An access code was set on a device."),
  /** An access code was removed from a device. */
  REMOVED_FROM_DEVICE("access_code.removed_from_device", "An access code was removed from a device."),
  /** There was an unusually long delay in setting an access code on a device. */
  DELAY_IN_SETTING_ON_DEVICE("access_code.delay_in_setting_on_device", "There was an unusually long delay in setting an access code on a device."),
  /** An access code failed to be set on a device. */
  FAILED_TO_SET_ON_DEVICE("access_code.failed_to_set_on_device", "An access code failed to be set on a device."),
  /** An access code was deleted. */
  DELETED("access_code.deleted", "An access code was deleted."),
  /** There was an unusually long delay in removing an access code from a device. */
  DELAY_IN_REMOVING_FROM_DEVICE("access_code.delay_in_removing_from_device", "There was an unusually long delay in removing an access code from a device."),
  /** An access code failed to be removed from a device. */
  FAILED_TO_REMOVE_FROM_DEVICE("access_code.failed_to_remove_from_device", "An access code failed to be removed from a device."),
  /** An access code was modified outside of Seam. */
  MODIFIED_EXTERNAL_TO_SEAM("access_code.modified_external_to_seam", "An access code was modified outside of Seam."),
  /** An access code was deleted outside of Seam. */
  DELETED_EXTERNAL_TO_SEAM("access_code.deleted_external_to_seam", "An access code was deleted outside of Seam."),
  /** A backup access code was pulled from the backup access code pool and set on a device. */
  BACKUP_ACCESS_CODE_PULLED("access_code.backup_access_code_pulled", "A backup access code was pulled from the backup access code pool and set on a device."),
  /** An unmanaged access code was converted successfully to a managed access code. */
  UNMANAGED_CONVERTED_TO_MANAGED("access_code.unmanaged.converted_to_managed", "An unmanaged access code was converted successfully to a managed access code."),
  /** An unmanaged access code failed to be converted to a managed access code. */
  UNMANAGED_FAILED_TO_CONVERT_TO_MANAGED("access_code.unmanaged.failed_to_convert_to_managed", "An unmanaged access code failed to be converted to a managed access code."),
  /** An unmanaged access code was created on a device. */
  UNMANAGED_CREATED("access_code.unmanaged.created", "An unmanaged access code was created on a device."),
  /** An unmanaged access code was removed from a device. */
  UNMANAGED_REMOVED("access_code.unmanaged.removed", "An unmanaged access code was removed from a device."),
  /** An event type this SDK version does not know (not necessarily about access codes). */
  UNKNOWN_TO_SDK_VERSION("", "An event type this SDK version does not know.");

  private static final Map<String, AccessCodeEventType> BY_WIRE = new HashMap<>();

  static {
    for (AccessCodeEventType type : values()) {
      if (type != UNKNOWN_TO_SDK_VERSION) {
        BY_WIRE.put(type.wireValue, type);
      }
    }
  }

  private final String wireValue;
  private final String description;

  AccessCodeEventType(String wireValue, String description) {
    this.wireValue = wireValue;
    this.description = description;
  }

  /** The type for a wire value such as {@code access_code.set_on_device}; never null, never throws. */
  public static AccessCodeEventType fromWire(String raw) {
    return raw == null ? UNKNOWN_TO_SDK_VERSION : BY_WIRE.getOrDefault(raw, UNKNOWN_TO_SDK_VERSION);
  }

  /** The event type as Seam sends it; empty for {@link #UNKNOWN_TO_SDK_VERSION}. */
  public String wireValue() {
    return wireValue;
  }

  /** Seam's description of the event. */
  public String description() {
    return description;
  }

  /** False only for {@link #UNKNOWN_TO_SDK_VERSION}. */
  public boolean isKnown() {
    return this != UNKNOWN_TO_SDK_VERSION;
  }
}
