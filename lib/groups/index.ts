export { ensureGroup, setMembership, findGroupBySlug } from "./ensure-group";
export { createGroup } from "./create-group";
export { renameGroup } from "./rename-group";
export { listMyGroups } from "./list-my-groups";
export { getGroup } from "./get-group";
export { listMembers } from "./list-members";
export { changeMemberRole } from "./change-member-role";
export { removeMember } from "./remove-member";
export { leaveGroup } from "./leave-group";
export { createInvite } from "./create-invite";
export { listInvites } from "./list-invites";
export { revokeInvite } from "./revoke-invite";
export { redeemInvite, type RedeemResult, type RedeemOutcome } from "./redeem-invite";
export { previewInvite, type InvitePreview } from "./preview-invite";
export { recordAuditEvent, type AuditEntry, type AuditAction } from "./record-audit-event";
export { listAuditEvents } from "./list-audit-events";
export { loadGroupAccess } from "./load-group-access";
export { DomainError, UNUSABLE_INVITE_MESSAGES, groupNotFound, inviteNotFound } from "./errors";
export { GROUP_ROLES, ROLE_LABELS, ROLE_DESCRIPTIONS, outranks, withArticle } from "./roles";
export {
  createGroupInput,
  renameGroupInput,
  changeMemberRoleInput,
  createInviteInput,
  cursorSchema,
  groupRoleSchema,
  groupSlugSchema,
  userIdParamSchema,
  inviteIdParamSchema,
  inviteTokenSchema,
} from "./schemas";
export type {
  GroupSummary,
  GroupDetail,
  GroupPermissions,
  MemberSummary,
  InviteSummary,
  InviteStatus,
  CreatedInvite,
  AuditEventSummary,
  Page,
} from "./present";
export { pathParam, cursorFrom, jsonBody } from "./route-input";
export { getDashboard, type DashboardDTO, type DashboardQuestion, type UnansweredQuestion } from "./get-dashboard";
export { countParticipation, type Participation, type MemberParticipation } from "./count-participation";
export { getGroupSettings, updateGroupSettings, type GroupSettingsDTO } from "./update-group-settings";
export { groupSettingsInput } from "./settings-schemas";
