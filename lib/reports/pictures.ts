import { argumentMapSvg, heatMapSvg, statusBarsSvg } from "./svg";
import type { ReportDTO } from "./types";

export interface ReportPicture {
  /** Stable name used in URLs and file names: heat-map, claim-statuses, map-<questionId>. */
  name: string;
  title: string;
  svg: string;
}

/** Every picture of a report, rendered on the server as standalone SVG documents. */
export function reportPictures(report: ReportDTO): ReportPicture[] {
  return [
    { name: "heat-map", title: "Heat map of the paper", svg: heatMapSvg(report.sections) },
    { name: "claim-statuses", title: "Claim statuses per section", svg: statusBarsSvg(report.sections) },
    ...report.debates.map((debate) => ({ name: `map-${debate.id}`, title: `Argument map: ${debate.text}`, svg: argumentMapSvg(debate.text, debate.map, debate.arguments, `map-${debate.id}`) })),
  ];
}
