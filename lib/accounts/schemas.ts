import { z } from "zod";
import { displayNameSchema, passwordSchema } from "@/lib/auth/schemas";
import { apiTokenNameSchema } from "@/lib/auth/create-api-token";
import { HEX_COLOR, isReadableOnWhite } from "./profile-colors";

export const profileColorSchema = z
  .string()
  .trim()
  .toLowerCase()
  // abort: a malformed value gets one message, not also "too light".
  .regex(HEX_COLOR, { message: "A colour is a hex value like #1d4ed8.", abort: true })
  .refine(isReadableOnWhite, "This colour is too light: white text on it would be hard to read. Pick a darker one.");

export const updateProfileInput = z
  .object({ name: displayNameSchema.optional(), color: profileColorSchema.optional() })
  .refine((input) => input.name !== undefined || input.color !== undefined, "Send a new name, a new colour, or both.");
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

// The current password is checked against the stored hash, not against the rules for new ones.
const currentPasswordSchema = z.string().min(1, "Enter your current password.").max(200, "A password has at most 200 characters.");

export const changePasswordInput = z
  .object({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .refine((input) => input.currentPassword !== input.newPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

export const deleteAccountInput = z.object({ password: currentPasswordSchema });

export const createApiTokenInput = z.object({ name: apiTokenNameSchema });
