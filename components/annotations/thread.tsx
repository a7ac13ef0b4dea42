"use client";

import { useCallback, useState } from "react";
import { api, messageOf } from "./api";
import { AuthorBadge } from "./author-feedback";
import { useWorkspace } from "./context";
import { FormFooter, FormMessage, MarkdownField } from "./fields";
import { ReasonAction } from "./reason-action";
import { Reactions } from "./reactions";
import { Person, TimeAgo } from "./time-ago";
import { useFetched } from "./use-fetched";
import type { AnnotationDTO, ReplyDTO, ThreadDTO } from "./types";

const MENTION_HINT = "Markdown. Mention a member with @Name or @[Full Name]. Ctrl+Enter sends.";

function ReplyForm(props: { annotationId: string; parentId: string | null; onDone: (sent: boolean) => void; autoFocus?: boolean; canAnswerAsAuthor: boolean }) {
  const { annotationId, parentId, onDone, autoFocus, canAnswerAsAuthor } = props;
  const { touch } = useWorkspace();
  const [body, setBody] = useState("");
  const [asAuthor, setAsAuthor] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError("Write a reply first.");
    setBusy(true);
    touch(annotationId);
    try {
      await api(`/api/annotations/${annotationId}/replies`, "POST", { body, parentId, ...(canAnswerAsAuthor && asAuthor ? { asAuthor: true } : {}) });
      setBody("");
      setError(null);
      onDone(true);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="reply-form" onSubmit={send}>
      <MarkdownField label={parentId ? "Your reply" : "Reply to the thread"} value={body} onChange={setBody} onCancel={parentId ? () => onDone(false) : undefined} hint={MENTION_HINT} autoFocus={autoFocus} rows={2} />
      {canAnswerAsAuthor && (
        <label className="check-field as-author-field">
          <input type="checkbox" checked={asAuthor} onChange={(event) => setAsAuthor(event.target.checked)} />
          Answer as author <span className="muted">(an “Author” badge shows on your reply)</span>
        </label>
      )}
      <FormFooter error={error} submit="Reply" busy={busy} onCancel={parentId ? () => onDone(false) : undefined} />
    </form>
  );
}

function EditReply({ reply, onDone }: { reply: ReplyDTO; onDone: (saved: boolean) => void }) {
  const [body, setBody] = useState(reply.body);
  const [error, setError] = useState<string | null>(null);
  async function save(event: React.FormEvent) {
    event.preventDefault();
    try {
      await api(`/api/annotations/${reply.annotationId}/replies/${reply.id}`, "PATCH", { body });
      onDone(true);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }
  return (
    <form className="reply-form" onSubmit={save}>
      <MarkdownField label="Edit your reply" value={body} onChange={setBody} onCancel={() => onDone(false)} hint={MENTION_HINT} autoFocus rows={2} />
      <FormFooter error={error} submit="Save" onCancel={() => onDone(false)} />
    </form>
  );
}

function ReplyItem(props: { reply: ReplyDTO; annotation: AnnotationDTO; depth: number; refresh: () => Promise<void>; canAnswerAsAuthor: boolean }) {
  const { reply, annotation, depth, refresh, canAnswerAsAuthor } = props;
  const { abilities, touch } = useWorkspace();
  const [mode, setMode] = useState<"read" | "reply" | "edit">("read");
  const asker = annotation.kind === "question" && annotation.author.id !== null && annotation.author.id === abilities.userId;
  const after = (changed: boolean) => {
    setMode("read");
    if (changed) void refresh();
  };
  const moderate = async (path: string, body?: unknown) => {
    touch(annotation.id);
    await api(path, "POST", body);
    await refresh();
  };

  return (
    <li className={`reply${reply.isAnswer ? " is-answer" : ""}`}>
      <div className="reply-head">
        {reply.redacted ? <span className="person">Hidden reply</span> : <Person person={reply.author} />}
        <TimeAgo iso={reply.createdAt} />
        {reply.edited && <span className="muted">(edited)</span>}
        {reply.asAuthor && <AuthorBadge />}
        {reply.isAnswer && <span className="badge badge-answer">✓ Answer</span>}
        {reply.hidden && !reply.redacted && <span className="badge badge-hidden">Hidden</span>}
      </div>
      {mode === "edit" ? (
        <EditReply reply={reply} onDone={after} />
      ) : reply.redacted ? (
        <p className="placeholder">{reply.placeholder}</p>
      ) : (
        <div className="markdown" dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />
      )}
      {reply.hidden?.reason && <p className="hidden-reason">Hidden: {reply.hidden.reason}</p>}
      {!reply.redacted && <Reactions targetType="reply" targetId={reply.id} reactions={reply.reactions} />}
      <div className="row-actions">
        {abilities.annotate && !reply.redacted && (
          <button type="button" className="text-button" aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "read" : "reply")}>
            Reply
          </button>
        )}
        {reply.canEdit && mode !== "edit" && (
          <button type="button" className="text-button" onClick={() => setMode("edit")}>
            Edit
          </button>
        )}
        {asker && !reply.hidden && (
          <button type="button" className="text-button" onClick={() => moderate(`/api/annotations/${annotation.id}/answer`, { replyId: reply.isAnswer ? null : reply.id })}>
            {reply.isAnswer ? "Unmark answer" : "Mark as answer"}
          </button>
        )}
        {abilities.annotate && !reply.mine && !reply.hidden && annotation.visibility === "group" && (
          <ReasonAction label="Flag" prompt="Why should a moderator look at this?" reason="optional" confirmLabel="Flag reply" onConfirm={(reason) => api("/api/flags", "POST", { targetType: "reply", targetId: reply.id, reason })} />
        )}
        {abilities.moderate && annotation.visibility === "group" &&
          (reply.hidden ? (
            <button type="button" className="text-button" onClick={() => moderate(`/api/replies/${reply.id}/restore`)}>
              Restore
            </button>
          ) : (
            <ReasonAction label="Hide" prompt="Why hide it? The author is told." reason="required" confirmLabel="Hide reply" danger onConfirm={(reason) => moderate(`/api/replies/${reply.id}/hide`, { reason })} />
          ))}
      </div>
      {mode === "reply" && <ReplyForm annotationId={annotation.id} parentId={reply.id} onDone={after} autoFocus canAnswerAsAuthor={canAnswerAsAuthor} />}
      {reply.children.length > 0 && (
        <ol className={`replies${depth >= 3 ? " replies-flat" : ""}`}>
          {reply.children.map((child) => (
            <ReplyItem key={child.id} reply={child} annotation={annotation} depth={depth + 1} refresh={refresh} canAnswerAsAuthor={canAnswerAsAuthor} />
          ))}
        </ol>
      )}
    </li>
  );
}

/** An annotation's discussion: reactions, nested replies, and the reply form. */
export function Thread({ annotation }: { annotation: AnnotationDTO }) {
  const { abilities, reload } = useWorkspace();
  const { data: thread, error, load } = useFetched<ThreadDTO>(`/api/annotations/${annotation.id}/replies`, annotation);
  const refresh = useCallback(async () => {
    await Promise.all([load(), reload()]);
  }, [load, reload]);

  if (error) return <FormMessage message={error} />;
  if (!thread) return <p className="muted">Loading the discussion…</p>;
  return (
    <section className="thread" aria-label="Discussion">
      <Reactions targetType="annotation" targetId={annotation.id} reactions={thread.thread.reactions} />
      {thread.thread.resolved && (
        <p className="muted">
          Resolved{thread.thread.resolvedBy ? ` by ${thread.thread.resolvedBy.name}` : ""}
          {thread.thread.resolvedAt ? (
            <>
              {" "}
              <TimeAgo iso={thread.thread.resolvedAt} />
            </>
          ) : null}
          .
        </p>
      )}
      {thread.items.length > 0 ? (
        <ol className="replies" aria-label={`${thread.total} ${thread.total === 1 ? "reply" : "replies"}`}>
          {thread.items.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} annotation={annotation} depth={1} refresh={refresh} canAnswerAsAuthor={thread.thread.canAnswerAsAuthor} />
          ))}
        </ol>
      ) : (
        <p className="muted">No replies yet.</p>
      )}
      {abilities.annotate && <ReplyForm annotationId={annotation.id} parentId={null} onDone={(sent) => sent && void refresh()} canAnswerAsAuthor={thread.thread.canAnswerAsAuthor} />}
    </section>
  );
}
