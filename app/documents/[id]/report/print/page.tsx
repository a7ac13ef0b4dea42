import { ReportView } from "@/components/reports/report-view";
import { loadReportPage } from "../load-report-page";

export const dynamic = "force-dynamic";
export const metadata = { title: "Feedback report (print)" };

/** The report without buttons, laid out as it prints (the print stylesheet applies on screen too). */
export default async function ReportPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="report-print-view">
      <ReportView report={await loadReportPage(id, `/documents/${id}/report/print`)} tools={false} />
    </div>
  );
}
