import { z } from "zod";

export const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address.").max(254);
export const passwordSchema = z.string().min(8, "A password has at least 8 characters.").max(200, "A password has at most 200 characters.");
export const displayNameSchema = z.string().trim().min(1, "A name is required.").max(80, "A name is at most 80 characters.");

export const signInInput = z.object({ email: emailSchema, password: z.string().min(1).max(200) });
export const signUpInput = z.object({ email: emailSchema, password: passwordSchema, name: displayNameSchema });
export type SignUpInput = z.infer<typeof signUpInput>;
