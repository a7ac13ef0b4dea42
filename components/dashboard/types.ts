/** The dashboard's shapes as the API presents them (types only: nothing server-side is bundled). */
export type { DashboardDTO, DashboardQuestion, UnansweredQuestion, MemberParticipation, Participation } from "@/lib/groups";

import type { DashboardDTO } from "@/lib/groups";

export type DashboardFlag = DashboardDTO["flags"][number];
export type DashboardHidden = DashboardDTO["hidden"][number];
export type DashboardPresence = DashboardDTO["presence"][number];
