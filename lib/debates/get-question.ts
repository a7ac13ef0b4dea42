import type { Actor } from "@/lib/auth/actor";
import { loadQuestion } from "./load-question";
import type { QuestionDTO } from "./present";
import { presentOneQuestion } from "./question-facts";

/** One question as the actor sees it (404 when they may not read it). */
export async function getQuestion(actor: Actor, questionId: string): Promise<QuestionDTO> {
  const { question, access, settings } = await loadQuestion(actor, questionId);
  return presentOneQuestion(actor, access, question, settings.ratingVisibility);
}
