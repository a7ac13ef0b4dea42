"use client";

import { useRouter } from "next/navigation";
import { FormFeedback } from "@/components/settings/form-feedback";
import { useApiForm } from "@/components/settings/use-api-form";
import { ConfirmButton } from "./confirm-button";

export function LeaveGroupButton({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const { pending, message, send } = useApiForm();

  async function leave() {
    if ((await send(`/api/groups/${slug}/leave`, "POST")).ok) {
      router.push("/groups");
      router.refresh();
    }
  }

  return (
    <div className="leave-group">
      <ConfirmButton label="Leave group" question={`Leave ${name}? You will need a new invite to come back.`} confirmLabel="Leave" pending={pending} onConfirm={() => void leave()} />
      <FormFeedback error={message} />
    </div>
  );
}
