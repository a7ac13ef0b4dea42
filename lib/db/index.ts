export { db, disconnectDb, type Db } from "./client";
export { Prisma } from "@/generated/prisma/client";
export type { GroupRole, QuestionStatus } from "@/generated/prisma/client";
