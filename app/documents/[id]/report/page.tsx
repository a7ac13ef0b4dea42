import { ReportView } from "@/components/reports/report-view";
import { loadReportPage } from "./load-report-page";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    return { title: `Feedback report: ${(await loadReportPage(id, `/documents/${id}/report`)).document.title}` };
  } catch {
    return { title: "Feedback report" };
  }
}

/** The feedback report of a paper: for its authors, owners and moderators. */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReportView report={await loadReportPage(id, `/documents/${id}/report`)} />;
}
