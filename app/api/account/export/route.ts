import { exportFileName, exportMyData, ownAccountId } from "@/lib/accounts";
import { apiRoute, requireActor } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Everything the member wrote, as a JSON file download. */
export const GET = apiRoute(async () => {
  const actor = await requireActor("Sign in to download your data.");
  const now = new Date();
  const data = await exportMyData(actor, ownAccountId(actor), now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(now)}"`,
      "cache-control": "no-store",
    },
  });
});
