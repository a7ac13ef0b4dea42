export { flagContent } from "./flag-content";
export { listFlags } from "./list-flags";
export { hideContent } from "./hide-content";
export { restoreContent } from "./restore-content";
export { flagInput, hideInput, targetTypeSchema, MAX_FLAG_REASON, MAX_HIDE_REASON, type FlagInput, type HideInput, type TargetType } from "./schemas";
export type { FlagReceipt, FlagView, FlaggedItem, ModerationState } from "./present";
