export { heatMapSvg } from "./heat-map";
export { statusBarsSvg, STATUS_STYLE } from "./status-bars";
export { argumentMapSvg } from "./argument-map";
export { svgDataUri, xml } from "./xml";
