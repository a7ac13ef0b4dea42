export { addReply } from "./add-reply";
export { listReplies } from "./list-replies";
export { editReply } from "./edit-reply";
export { react } from "./react";
export { unreact } from "./unreact";
export { resolveAnnotation } from "./resolve-annotation";
export { reopenAnnotation } from "./reopen-annotation";
export { markAnswer } from "./mark-answer";
export { listInbox } from "./list-inbox";
export { markInboxRead } from "./mark-inbox-read";
export { notify, type Notice } from "./notify";
export { notifyMentions, mentionNotices, type MentionSource } from "./mention-notices";
export { findMentions, type MentionCandidate } from "./mentions";
export { reactionCounts } from "./reaction-counts";
export { describeInboxItem } from "./describe-inbox-item";
export { pathIds, jsonBody, searchParamsOf } from "./route-input";
export {
  addReplyInput,
  editReplyInput,
  reactionInput,
  resolutionInput,
  markAnswerInput,
  listInboxQuery,
  markInboxReadInput,
  rowIdSchema,
  REACTION_EMOJIS,
  type ReactionEmoji,
  type ReactionTarget,
} from "./schemas";
export {
  HIDDEN_PLACEHOLDER,
  type ReplyDTO,
  type ThreadDTO,
  type ThreadState,
  type ReactionCount,
  type ReactionsDTO,
  type InboxKind,
  type InboxItemDTO,
  type InboxPage,
  type PersonRef,
} from "./present";
