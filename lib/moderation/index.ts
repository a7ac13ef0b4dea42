export { flagContent } from "./flag-content";
export { listFlags } from "./list-flags";
export { listGroupFlags, groupFlaggedItems, GROUP_FLAG_LIMIT } from "./list-group-flags";
export { dismissFlags, type DismissedFlags } from "./dismiss-flags";
export { hideContent } from "./hide-content";
export { restoreContent } from "./restore-content";
export {
  flagInput,
  hideInput,
  dismissFlagsInput,
  targetTypeSchema,
  MAX_FLAG_REASON,
  MAX_HIDE_REASON,
  type FlagInput,
  type HideInput,
  type DismissFlagsInput,
  type TargetType,
} from "./schemas";
export type { FlagReceipt, FlagView, FlaggedItem, ModerationState } from "./present";
export { recentlyHidden, type HiddenItem } from "./list-hidden-items";
