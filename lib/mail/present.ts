import type { MailMode } from "./config";
import type { DigestFrequency, MailKind } from "./kinds";

export interface MailPreferencesDTO {
  mode: MailMode;
  /** One sentence: on, printed to the log (demo), or off, and why. */
  status: string;
  kinds: { kind: MailKind; label: string; description: string; enabled: boolean }[];
  groups: { groupId: string; name: string; frequency: DigestFrequency }[];
}

export interface UnsubscribeDTO {
  kind: MailKind;
  label: string;
  /** For a digest: the group whose digest stopped. */
  groupName: string | null;
  done: boolean;
}
