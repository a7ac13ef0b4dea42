import { minimalPdf } from "./tests/unit/documents/minimal-pdf";
import { importPaper } from "./lib/documents/import";
const bytes = minimalPdf([
  [
    { text: "Introduction", size: 14 },
    { text: "Scoring systems are spreading (Smith & Jones, 2020). Their decision-", y: 700 },
    { text: "making is opaque, and the evidence from three countries is that the" },
    { text: "12", y: 60 },
  ],
  [
    { text: "effects are uneven. Smith and Jones (2020) ask whether this can last." },
    { text: "Who decides what counts as trust?" },
    { text: "Methods", y: 640, size: 14 },
    { text: "We read the documents. As one official put it:", y: 610 },
    { text: "Trust is the foundation of society and of the market, and", x: 108, y: 585 },
    { text: "whoever breaks it must be punished everywhere.", x: 108 },
    { text: "Nothing in the plans says how long a record is kept.", y: 545 },
  ],
]);
const r = await importPaper({ bytes, filename: "x.pdf" });
console.log(JSON.stringify(r.doc, null, 1).slice(0, 3000));
console.log(r.plainText); console.log(r.questions, r.citations);
