import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/http";
import { unsubscribe } from "@/lib/mail";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

/** A person following the link lands on the confirmation page: a GET never unsubscribes (scanners follow links). */
export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}

/**
 * RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` here, without cookies
 * and from their own servers, so this route takes no session and skips the same-site check:
 * the signed token is the only authority, and all it can do is turn one kind of mail off.
 * The confirmation page's form posts here too and is sent back to the page.
 */
export async function POST(request: Request, { params }: Params) {
  try {
    const { token } = await params;
    const result = await unsubscribe(token);
    const form = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded") ? await request.formData() : null;
    if (form && form.get("List-Unsubscribe") !== "One-Click") {
      return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
    }
    return NextResponse.json(result);
  } catch (error) {
    return toErrorResponse(error);
  }
}
